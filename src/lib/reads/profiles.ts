/**
 * Profile assembly: an entity, its fact group and the groups of the organisations it is
 * linked to become one Profile. Pure, so it is tested without IndexedDB; profile-read.ts
 * does the reads.
 */
import type { FactGroup } from '../../model/bundle-format';
import type { Entity, EntityKind, EntityRef, Relation, RelationKind } from '../../model/types';
import type { LinkedCompany, Profile } from './profile';

/** Relations that tie someone to a company they run, own or work in an office of. */
export const COMPANY_RELATIONS: ReadonlySet<RelationKind> = new Set([
	'shareholder',
	'board-member',
	'beneficial-owner',
	'holds-post'
]);

type SharesItem = LinkedCompany['declaredShares'][number]['item'];

/**
 * What profile-read.ts read for one linked organisation; either may be missing in a partial
 * bundle, and the entity is read only when the group's ref to it lacks the regNo.
 */
export interface LinkedRead {
	entity?: Entity;
	group?: FactGroup;
}

export function entityKind(entity: Entity): EntityKind {
	return 'maskedCodes' in entity ? 'person' : entity.kind;
}

export function emptyGroup(entity: string): FactGroup {
	return { entity, declarations: [], donations: [], taxTotals: [], relations: [], refs: [] };
}

/**
 * Ids of the organisations to read for the companies list: the other end of each company
 * relation, and every declared share whose company was resolved to an id. A ref naming a
 * person rules an id out; an id without a ref is read and checked once read.
 */
export function linkedCompanyIds(entityId: string, group: FactGroup): string[] {
	const kinds = new Map(group.refs.map((ref) => [ref.id, ref.kind]));
	const ids = new Set<string>();
	for (const relation of group.relations) {
		if (!COMPANY_RELATIONS.has(relation.kind)) continue;
		const other = otherEnd(relation, entityId);
		if (other !== undefined) ids.add(other);
	}
	for (const { item } of sharesItems(group)) if (item.company.id) ids.add(item.company.id);
	return [...ids].filter((id) => id !== entityId && kinds.get(id) !== 'person').sort();
}

export function assembleProfile(
	entity: Entity,
	group: FactGroup | undefined,
	linked: ReadonlyMap<string, LinkedRead> = new Map()
): Profile {
	const own = group ?? emptyGroup(entity.id);
	const refs = new Map<string, EntityRef>(own.refs.map((ref) => [ref.id, ref]));
	refs.set(entity.id, toRef(entity));
	const companies: LinkedCompany[] = [];
	const shares = sharesItems(own);
	for (const id of linkedCompanyIds(entity.id, own)) {
		const read = linked.get(id);
		if (read?.entity && entityKind(read.entity) === 'person') continue;
		const ref = read?.entity ? toRef(read.entity) : refs.get(id);
		if (!ref) continue; // neither stored nor named: nothing to show or link to
		refs.set(id, ref);
		// The group's ref carries the regNo (bundles from before it did: the entity read for it).
		const regNo = !read?.entity
			? ref.regNo
			: 'regNo' in read.entity
				? read.entity.regNo
				: undefined;
		companies.push({
			// The same ref either way, whether the entity was read or the group named it.
			company: { id: ref.id, name: ref.name, kind: ref.kind },
			...(regNo !== undefined && { regNo }),
			relations: own.relations.filter(
				(r) => COMPANY_RELATIONS.has(r.kind) && otherEnd(r, entity.id) === id
			),
			declaredShares: shares.filter((s) => s.item.company.id === id),
			taxTotals: newestFirst(read?.group?.taxTotals ?? [])
		});
	}
	companies.sort(
		(a, b) => a.company.name.localeCompare(b.company.name, 'lv') || cmp(a.company.id, b.company.id)
	);
	return { entity, kind: entityKind(entity), group: own, refs, companies };
}

function otherEnd(relation: Relation, entityId: string): string | undefined {
	if (relation.from === entityId) return relation.to;
	if (relation.to === entityId) return relation.from;
	return undefined;
}

function sharesItems(group: FactGroup): { year: number; item: SharesItem }[] {
	const out: { year: number; item: SharesItem }[] = [];
	for (const declaration of group.declarations) {
		for (const item of declaration.items) {
			if (item.section === 'shares') out.push({ year: declaration.year, item });
		}
	}
	return out.sort((a, b) => b.year - a.year);
}

function newestFirst<T extends { year: number; quarter?: number }>(totals: readonly T[]): T[] {
	return [...totals].sort((a, b) => b.year - a.year || (b.quarter ?? 0) - (a.quarter ?? 0));
}

function toRef(entity: Entity): EntityRef {
	return { id: entity.id, name: entity.name, kind: entityKind(entity) };
}

function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
