/**
 * Splits an entity's fact group by dataset, so a device can leave a dataset out (selective
 * install, ManifestGroup in model/bundle-format.ts). The core part keeps what every profile
 * shows (posts, memberships, family, namesakes, flags) and names the other parts; each other
 * part holds one dataset's facts of the entity, with the refs those facts name.
 */
import type { FactGroup } from '../../model/bundle-format';
import { isFeeRelation } from '../../model/money-kinds';
import type { EntityRef, Relation } from '../../model/types';
import { refsOf } from './group-facts';

/** The core part's id: its files are listed in no group. */
export const CORE_PART = 'core';

/** Register roles: the Enterprise Register's officers, members and beneficial owners. */
const REGISTER_KINDS: ReadonlySet<string> = new Set([
	'board-member',
	'shareholder',
	'beneficial-owner'
]);

/** The part a relation goes with, by its kind: money with the donations, roles with the register. */
export function relationPart(relation: Relation): string {
	if (relation.kind === 'donated-to' || isFeeRelation(relation)) return 'donations';
	if (REGISTER_KINDS.has(relation.kind)) return 'register';
	return CORE_PART;
}

/** A part's dataset and year, as the manifest's group gives them. */
export function partDataset(part: string): { dataset: string; year?: number } {
	const year = /^declarations-(\d{4})$/.exec(part)?.[1];
	return year ? { dataset: 'declarations', year: Number(year) } : { dataset: part };
}

/**
 * The parts of one fact group, core first and the others by id; an empty part is left out,
 * but the core part is kept whenever another part exists (it names them).
 */
export function splitGroup(whole: FactGroup): [string, FactGroup][] {
	const parts = new Map<string, FactGroup>();
	const part = (id: string) => {
		let found = parts.get(id);
		if (!found) {
			found = emptyPart(whole.entity);
			parts.set(id, found);
		}
		return found;
	};
	for (const d of whole.declarations) part(`declarations-${d.year}`).declarations.push(d);
	for (const d of whole.donations) part('donations').donations.push(d);
	if (whole.donationSummary) part('donations').donationSummary = whole.donationSummary;
	for (const t of whole.taxTotals) part('tax-totals').taxTotals.push(t);
	for (const f of whole.partyFinances ?? []) (part('party-finances').partyFinances ??= []).push(f);
	for (const r of whole.partyReports ?? []) (part('party-finances').partyReports ??= []).push(r);
	for (const r of whole.relations) part(relationPart(r)).relations.push(r);
	if (whole.flags) part(CORE_PART).flags = whole.flags;
	const others = [...parts.keys()].filter((id) => id !== CORE_PART).sort();
	const core = part(CORE_PART);
	if (others.length > 0) core.parts = others;
	const refs = new Map<string, EntityRef>(whole.refs.map((ref) => [ref.id, ref]));
	for (const group of parts.values()) group.refs = refsOf(group, refs);
	return [CORE_PART, ...others].map((id) => [id, parts.get(id)!]);
}

function emptyPart(entity: string): FactGroup {
	return { entity, declarations: [], donations: [], taxTotals: [], relations: [], refs: [] };
}
