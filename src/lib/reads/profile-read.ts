/**
 * One profile's reads, one after the other, each one transaction that also reads the active
 * row to vouch for the version (see store.ts): the entity with its group, then (in a bundle
 * with groups) the group's other parts that are installed, then the linked companies' groups
 * (or their tax totals' parts). A company's entity is read too only when the group's ref to it
 * has no regNo (bundles built before refs carried it; a company without one).
 */
import type { FactGroup } from '../../model/bundle-format';
import type { Entity } from '../../model/types';
import type { Lookup, PackIndex } from './pack-index';
import type { Profile } from './profile';
import { assembleProfile, emptyGroup, linkedCompanyIds, type LinkedRead } from './profiles';
import { groupSpace } from '../storage/versions';
import { mergeParts } from './merge-parts';

/** The part that holds tax totals, read for each linked company (split-facts.ts in the builder). */
const TAX_PART = 'tax-totals';

/**
 * The parts of `core` that are installed, read and joined to it; with what is missing. A
 * second transaction, only for a group with parts.
 */
export async function readParts(
	packs: PackIndex,
	version: string,
	core: FactGroup | undefined,
	installed: readonly string[] | undefined
): Promise<{ group: FactGroup | undefined; missing: string[]; active: string | undefined }> {
	if (!core?.parts) return { group: core, missing: [], active: version };
	// No list of what is installed: a bundle whose groups are all in.
	const isIn = (part: string) => !installed || installed.includes(part);
	const found = await packs.findAll(
		version,
		core.parts
			.filter(isIn)
			.map((part) => ({ kind: 'facts', id: core.entity, space: groupSpace(version, part) })),
		{ vouch: 'if-read' }
	);
	return {
		group: mergeParts(core, found.items as (FactGroup | undefined)[]),
		missing: core.parts.filter((part) => !isIn(part)),
		active: found.isRead ? found.active : version
	};
}

/** The profile of `id` in `version` (none for an unknown id), and the version the row named. */
export async function readProfile(
	packs: PackIndex,
	version: string,
	id: string
): Promise<{ profile?: Profile; active: string | undefined }> {
	const own = await packs.findAll(version, [
		{ kind: 'entities', id },
		{ kind: 'facts', id }
	]);
	const entity = own.items[0] as Entity | undefined;
	const core = own.items[1] as FactGroup | undefined;
	if (!entity || own.active !== version) return { active: own.active };
	const installed = own.installed;
	const { group, missing, active: partsActive } = await readParts(packs, version, core, installed);
	if (partsActive !== version) return { active: partsActive };
	const ids = linkedCompanyIds(id, group ?? emptyGroup(id));
	const refs = new Map(group?.refs.map((ref) => [ref.id, ref]));
	// A linked company's tax totals: in a bundle with groups, its part of the tax-totals group
	// when installed (nothing else of it is shown); else its one group, whose parts tell whether
	// it has some (a bundle without groups has no parts).
	const taxSpace = installed?.includes(TAX_PART) ? groupSpace(version, TAX_PART) : undefined;
	const lookups = ids.flatMap((other): Lookup[] => [
		{ kind: 'facts', id: other, ...(taxSpace && { space: taxSpace }) },
		...(refs.get(other)?.regNo === undefined ? [{ kind: 'entities', id: other } as const] : [])
	]);
	const found = await packs.findAll(version, lookups, { vouch: 'if-read' });
	const linked = new Map<string, LinkedRead>(ids.map((other) => [other, {}]));
	lookups.forEach(({ kind, id: other }, i) => {
		const item = found.items[i] as FactGroup | Entity | undefined;
		const read = linked.get(other)!;
		if (item === undefined) return;
		if (kind === 'entities') read.entity = item as Entity;
		else if ((read.group = item as FactGroup).parts?.includes(TAX_PART) && !taxSpace)
			missing.push(TAX_PART);
	});
	// No pack read the second time (all open already): the first read's row vouches for all.
	const active = found.isRead ? found.active : own.active;
	const profile = assembleProfile(entity, group, linked);
	// In id order: the core's parts are, and the tax totals' id sorts after every other.
	if (missing.length > 0) profile.missing = [...new Set(missing)];
	return { profile, active };
}
