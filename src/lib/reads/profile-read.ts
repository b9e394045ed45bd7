/**
 * One profile's reads: two, one after the other, each one transaction that also reads the
 * active row to vouch for the version (see store.ts): the entity with its group, then the
 * linked companies' groups. A company's entity is read too only when the group's ref to it
 * has no regNo (bundles built before refs carried it; a company without one).
 */
import type { FactGroup } from '../../model/bundle-format';
import type { Entity } from '../../model/types';
import type { Lookup, PackIndex } from './pack-index';
import type { Profile } from './profile';
import { assembleProfile, emptyGroup, linkedCompanyIds, type LinkedRead } from './profiles';

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
	const group = own.items[1] as FactGroup | undefined;
	if (!entity || own.active !== version) return { active: own.active };
	const ids = linkedCompanyIds(id, group ?? emptyGroup(id));
	const refs = new Map(group?.refs.map((ref) => [ref.id, ref]));
	const lookups = ids.flatMap((other): Lookup[] => [
		{ kind: 'facts', id: other },
		...(refs.get(other)?.regNo === undefined ? [{ kind: 'entities', id: other } as const] : [])
	]);
	const found = await packs.findAll(version, lookups, { vouch: 'if-read' });
	const linked = new Map<string, LinkedRead>(ids.map((other) => [other, {}]));
	lookups.forEach(({ kind, id: other }, i) => {
		const item = found.items[i];
		const read = linked.get(other)!;
		if (item === undefined) return;
		if (kind === 'facts') read.group = item as FactGroup;
		else read.entity = item as Entity;
	});
	// No pack read the second time (all open already): the first read's row vouches for all.
	const active = found.isRead ? found.active : own.active;
	return { profile: assembleProfile(entity, group, linked), active };
}
