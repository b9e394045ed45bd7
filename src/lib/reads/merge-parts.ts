/**
 * A fact group put back together from its parts (a bundle with groups stores each dataset's
 * part apart: model/bundle-format.ts, FactGroup.parts). Every list is sorted by id, as the
 * builder writes a whole group, so the parts joined read exactly as the whole. Pure.
 */
import type { FactGroup } from '../../model/bundle-format';
import { FACT_LISTS, REQUIRED_FACT_LISTS } from '../../model/repeated-ids';

type Listed = { id: string };

/** The core part and the other parts read, as one group without `parts`. */
export function mergeParts(core: FactGroup, parts: readonly (FactGroup | undefined)[]): FactGroup {
	const all = [core, ...parts.filter((p): p is FactGroup => p !== undefined)];
	const { parts: _named, ...merged } = core;
	const lists = merged as Record<(typeof FACT_LISTS)[number], Listed[] | undefined>;
	FACT_LISTS.forEach((key, i) => {
		const items = all.flatMap((g) => (g[key] ?? []) as Listed[]);
		// Sorted by id; an id in two parts (a ref both name) is kept once.
		if (i < REQUIRED_FACT_LISTS || items.length > 0)
			lists[key] = items
				.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
				.filter((item, n, sorted) => n === 0 || sorted[n - 1]!.id !== item.id);
	});
	const summary = all.find((g) => g.donationSummary)?.donationSummary;
	if (summary) merged.donationSummary = summary;
	return merged;
}
