/**
 * A fact group put back together from its parts (a bundle with groups stores each dataset's
 * part apart: model/bundle-format.ts, FactGroup.parts). Every list is sorted by id, as the
 * builder writes a whole group, so the parts joined read exactly as the whole. Pure.
 */
import type { FactGroup } from '../../model/bundle-format';

type Listed = { id: string };

/** The parts a core part names that are not installed (`installed` absent: all are). */
export function missingParts(core: FactGroup | undefined, installed?: readonly string[]): string[] {
	if (!core?.parts || installed === undefined) return [];
	return core.parts.filter((part) => !installed.includes(part));
}

/** The installed parts of the core that names them (absent: all are installed). */
export function installedParts(core: FactGroup, installed?: readonly string[]): string[] {
	return (core.parts ?? []).filter((part) => installed === undefined || installed.includes(part));
}

/** The core part and the other parts read, as one group without `parts`. */
export function mergeParts(core: FactGroup, parts: readonly (FactGroup | undefined)[]): FactGroup {
	const found = parts.filter((p): p is FactGroup => p !== undefined);
	if (found.length === 0 && !core.parts) return core;
	const all = [core, ...found];
	const joined = <T extends Listed>(list: (g: FactGroup) => T[] | undefined): T[] => {
		const byId = new Map<string, T>();
		for (const g of all) for (const item of list(g) ?? []) byId.set(item.id, item);
		return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	};
	const merged: FactGroup = {
		entity: core.entity,
		declarations: joined((g) => g.declarations),
		donations: joined((g) => g.donations),
		taxTotals: joined((g) => g.taxTotals),
		relations: joined((g) => g.relations),
		refs: joined((g) => g.refs)
	};
	const summary = all.find((g) => g.donationSummary)?.donationSummary;
	if (summary) merged.donationSummary = summary;
	const finances = joined((g) => g.partyFinances);
	if (finances.length > 0) merged.partyFinances = finances;
	const reports = joined((g) => g.partyReports);
	if (reports.length > 0) merged.partyReports = reports;
	if (core.flags) merged.flags = core.flags;
	return merged;
}
