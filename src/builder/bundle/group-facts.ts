/**
 * Groups facts under the entity they belong to, with the names of every entity they point
 * to, so that the app reads one profile in one go.
 */
import { HUB_LIMIT, type FactGroup } from '../../model/bundle-format';
import type { Flag } from '../../model/flags';
import type { EntityRef } from '../../model/types';
import type { ResolvedData } from '../resolve/resolve';
import { isFeeRelation } from '../../model/money-kinds';
import { withItem } from '../resolve/exact';
import { incomingPayers, summariseDonations } from './donation-summary';

/** The lists of a fact group that facts are added to. */
type ListField =
	| 'declarations'
	| 'donations'
	| 'taxTotals'
	| 'partyFinances'
	| 'partyReports'
	| 'relations'
	| 'flags';

/** Flags of an official about a company (the first of `related`), shown on the company's page too. */
const COMPANY_FLAGS: ReadonlySet<string> = new Set(['shared-company', 'company-tax-overlap']);

/**
 * Each entity's ref. An organisation's carries its regNo where known: a profile's companies
 * list shows it, and then reads only each company's fact group (its tax totals), not its
 * entity as well.
 */
export function entityRefs(data: ResolvedData): Map<string, EntityRef> {
	const refs = new Map<string, EntityRef>();
	for (const person of data.people)
		refs.set(person.id, { id: person.id, name: person.name, kind: 'person' });
	for (const org of data.organisations) {
		refs.set(org.id, {
			id: org.id,
			name: org.name,
			kind: org.kind,
			...(org.regNo !== undefined && { regNo: org.regNo })
		});
	}
	return refs;
}

/**
 * Groups by owner: declarations → person, donations → donor (party if anonymous), taxes →
 * company, party finances and reports → party, relations → both ends (hubs: see HUB_LIMIT),
 * flags → the flagged entity.
 */
export function groupFacts(data: ResolvedData, flags: readonly Flag[] = []): FactGroup[] {
	return [...factGroups(data, flags)];
}

/**
 * groupFacts a group at a time, in entity order: a group's refs are made as it is given out,
 * and the group is let go then, so a big build never holds every group with its refs.
 */
export function* factGroups(
	data: ResolvedData,
	flags: readonly Flag[] = []
): Generator<FactGroup, void, undefined> {
	const groups = new Map<string, FactGroup>();
	const group = (entity: string) => {
		let found = groups.get(entity);
		if (!found) {
			found = { entity, declarations: [], donations: [], taxTotals: [], relations: [], refs: [] };
			groups.set(entity, found);
		}
		return found;
	};
	const incoming = incomingPayers(data);
	const isHub = (id: string) =>
		(incoming.donors.get(id) ?? 0) + (incoming.feePayers.get(id) ?? 0) > HUB_LIMIT;
	// Every group is held until the files are written: its lists grow at their exact length (withItem).
	const add = <K extends ListField>(
		entity: string,
		field: K,
		item: NonNullable<FactGroup[K]>[number]
	) => {
		const g = group(entity);
		g[field] = withItem((g[field] ?? []) as (typeof item)[], item) as FactGroup[K];
	};
	for (const d of data.declarations) add(d.person, 'declarations', d);
	for (const d of data.donations) add(d.donor ?? d.party, 'donations', d);
	for (const t of data.taxTotals) add(t.company, 'taxTotals', t);
	for (const f of data.partyFinances ?? []) add(f.party, 'partyFinances', f);
	for (const r of data.partyReports ?? []) add(r.party, 'partyReports', r);
	for (const r of data.relations) {
		add(r.from, 'relations', r);
		if (r.to === r.from || ((r.kind === 'donated-to' || isFeeRelation(r)) && isHub(r.to))) continue;
		add(r.to, 'relations', r);
	}
	for (const flag of flags) {
		add(flag.entity, 'flags', flag);
		// A company flag is about the company too: its page lists it, naming the official.
		const company = COMPANY_FLAGS.has(flag.kind) ? flag.related[0] : undefined;
		if (company && company !== flag.entity) add(company, 'flags', flag);
	}
	const refs = entityRefs(data);
	for (const [recipient, summary] of summariseDonations(data, refs)) {
		group(recipient).donationSummary = {
			...summary,
			relationsNotListed: isHub(recipient) ? (incoming.donors.get(recipient) ?? 0) : 0,
			feeRelationsNotListed: isHub(recipient) ? (incoming.feePayers.get(recipient) ?? 0) : 0
		};
	}
	for (const entity of [...groups.keys()].sort()) {
		const group = groups.get(entity)!;
		groups.delete(entity);
		group.refs = refsOf(group, refs);
		yield group;
	}
}

/** The refs of every entity the group's facts name, itself left out, sorted by id. */
export function refsOf(group: FactGroup, refs: ReadonlyMap<string, EntityRef>): EntityRef[] {
	const ids = new Set<string>();
	for (const r of group.relations) ids.add(r.from).add(r.to);
	for (const d of group.donations) {
		ids.add(d.party);
		if (d.donor) ids.add(d.donor);
	}
	for (const d of group.declarations) {
		if (d.institution?.id) ids.add(d.institution.id);
		for (const item of d.items) {
			const party =
				item.section === 'shares'
					? item.company
					: item.section === 'income'
						? item.payer
						: item.section === 'post'
							? item.organisation
							: undefined;
			if (party?.id) ids.add(party.id);
		}
	}
	for (const flag of group.flags ?? [])
		for (const id of [flag.entity, ...flag.related]) ids.add(id);
	const summary = group.donationSummary;
	const payers = [
		...(summary?.topDonors ?? []),
		...(summary?.topFeePayers ?? []),
		...(summary?.officialDonors ?? [])
	];
	for (const donor of payers) if (donor.id) ids.add(donor.id);
	ids.delete(group.entity);
	return [...ids]
		.sort()
		.map((id) => refs.get(id))
		.filter((ref): ref is EntityRef => ref !== undefined);
}
