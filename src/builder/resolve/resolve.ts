/**
 * Source records in, canonical entities and facts out. Pure and order-independent: the
 * output is sorted, ids come from keys, and no decision depends on which row came first.
 * The steps: collect sightings (collect-sightings.ts), link them into people (people.ts),
 * the facts of each record (record-facts.ts), then finish people and organisations.
 */
import type {
	Declaration,
	Donation,
	Organisation,
	PartyFinanceLine,
	PartyReport,
	Person,
	Relation,
	TaxTotal
} from '../../model/types';
import type { PartyRegister } from '../parties/register';
import type { SourceRecord } from '../sources/source-records';
import { collectSightings, personIn } from './collect-sightings';
import { finishPeople } from './finish-people';
import type { Overrides } from './overrides';
import { addAllianceLinks } from './party-links';
import { PartyPlacer, type UnplacedParty } from './party-mentions';
import { clusterPeople, sightingLink, type PersonLink } from './people';
import { collectFacts } from './record-facts';

export interface ResolvedData {
	people: Person[];
	organisations: Organisation[];
	declarations: Declaration[];
	donations: Donation[];
	taxTotals: TaxTotal[];
	relations: Relation[];
	/** Party finance lines and filed reports; optional so hand-made data without them still fits. */
	partyFinances?: PartyFinanceLine[];
	partyReports?: PartyReport[];
}

/** How each source record's person was resolved: for the linking evaluation and audits. */
export interface SightingLink {
	record: SourceRecord;
	person: string;
	confidence: PersonLink['confidence'];
}

/**
 * With a party register, every party mention is placed through it and the names it could
 * not place come back in `unplacedParties`; without one, parties meet by folded name only.
 */
export function resolve(
	records: readonly SourceRecord[],
	overrides: Overrides = {},
	parties?: PartyRegister
): ResolvedData {
	return resolveDetailed(records, overrides, parties).data;
}

export function resolveDetailed(
	records: readonly SourceRecord[],
	overrides: Overrides = {},
	parties?: PartyRegister
): { data: ResolvedData; sightings: SightingLink[]; unplacedParties: UnplacedParty[] } {
	const { sightings, ...rest } = resolveAll([...records], overrides, parties, false);
	return { ...rest, sightings: sightings(records) };
}

/**
 * What a build needs, using up `records`: each is let go once its facts are made, so the
 * records and the facts made of them are never all in memory at once. `step` is told as each
 * step ends (the build's trace); `collect`, a full garbage collection, is called where much
 * was just let go (the sightings and the people's gathered facts).
 */
export function resolveForBuild(
	records: (SourceRecord | undefined)[],
	overrides: Overrides = {},
	parties?: PartyRegister,
	step: (name: string) => void = () => {},
	collect: () => void = () => {}
): { data: ResolvedData; unplacedParties: UnplacedParty[] } {
	const { data, unplacedParties } = resolveAll(records, overrides, parties, true, step, collect);
	return { data, unplacedParties };
}

function resolveAll(
	records: (SourceRecord | undefined)[],
	overrides: Overrides,
	parties: PartyRegister | undefined,
	consume: boolean,
	step: (name: string) => void = () => {},
	collect: () => void = () => {}
): {
	data: ResolvedData;
	sightings: (records: readonly SourceRecord[]) => SightingLink[];
	unplacedParties: UnplacedParty[];
} {
	const placer = parties && new PartyPlacer(parties);
	const { people, sightingOf, links, namesakes } = linkPeople(records, parties, overrides, step);
	collect();
	const linkAt = (i: number): PersonLink => {
		const record = records[i]!;
		return sightingLink(links, sightingOf[i]!, {
			mention: personIn(record)!,
			source: record.source
		});
	};
	const facts = collectFacts(records, linkAt, placer, consume);
	step('facts collected');

	const { relations } = facts;
	for (const namesake of namesakes)
		relations.addNamesake(namesake.from, namesake.to, namesake.evidence);
	if (placer) addAllianceLinks(placer, relations);
	const { organisations, rename: renamed } = facts.orgs.finish();
	const rename = (id: string) => renamed.get(id) ?? id;
	const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const data: ResolvedData = {
		people: people.sort(byId),
		organisations,
		declarations: replaceEach(facts.declarations, (d) => renameDeclaration(d, rename)).sort(byId),
		donations: replaceEach(facts.donations, (d) => ({
			...d,
			party: rename(d.party),
			...(d.donor && { donor: rename(d.donor) })
		})).sort(byId),
		taxTotals: replaceEach(facts.taxTotals, (t) => ({ ...t, company: rename(t.company) })).sort(
			byId
		),
		relations: relations.list(rename),
		partyFinances: replaceEach(facts.partyFinances, (f) => ({ ...f, party: rename(f.party) })).sort(
			byId
		),
		partyReports: replaceEach(facts.partyReports, (r) => ({ ...r, party: rename(r.party) })).sort(
			byId
		)
	};
	const sightingLinks = (records: readonly SourceRecord[]) =>
		records.flatMap((record, r) => {
			const i = sightingOf[r]!;
			if (i < 0) return [];
			const link = links.byCluster[links.clusterOf[i]!]!;
			return [{ record, person: rename(link.person), confidence: link.confidence }];
		});
	return { data, sightings: sightingLinks, unplacedParties: placer?.unplaced() ?? [] };
}

/**
 * Who is who: the records' people clustered and finished. The sightings and each person's
 * gathered facts are let go here, before the facts of the records are made.
 */
function linkPeople(
	records: readonly (SourceRecord | undefined)[],
	parties: PartyRegister | undefined,
	overrides: Overrides,
	step: (name: string) => void
) {
	const { sightings, sightingOf } = collectSightings(records as SourceRecord[], parties);
	step('sightings collected');
	const { people, links, namesakes } = clusterPeople(sightings, overrides);
	step('people clustered');
	return { people: finishPeople(people), sightingOf, links, namesakes };
}

/** `map` in place: each fact's old object can go as its renamed copy is made, so they are never all held twice. */
function replaceEach<T>(list: T[], next: (item: T) => T): T[] {
	for (let i = 0; i < list.length; i++) list[i] = next(list[i]!);
	return list;
}

/** A declaration's institution and counterparties under their final organisation ids. */
function renameDeclaration(d: Declaration, rename: (id: string) => string): Declaration {
	const counterparty = <C extends { id?: string } | undefined>(c: C): C =>
		c?.id ? { ...c, id: rename(c.id) } : c;
	return {
		...d,
		...(d.institution && { institution: counterparty(d.institution) }),
		items: d.items.map((item) =>
			item.section === 'shares'
				? { ...item, company: counterparty(item.company) }
				: item.section === 'income'
					? { ...item, payer: counterparty(item.payer) }
					: item.section === 'post'
						? { ...item, organisation: counterparty(item.organisation) }
						: item
		)
	};
}
