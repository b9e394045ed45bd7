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
import { inMemory, RecordSpill, type RecordSource } from '../sources/record-spill';
import { collectSightings, personIn, SightingCollector, type Sightings } from './collect-sightings';
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
	const input = { records: inMemory(records), sightings: collectSightings(records, parties) };
	const { sightings, ...rest } = resolveAll(input, overrides, parties);
	return { ...rest, sightings: sightings(records) };
}

/**
 * What a build needs. Its input is gathered as it reads (ResolveInput): the sightings in
 * memory and the records on disk, read back once for their facts. `step` is told as each
 * step ends (the build's trace); `collect`, a full garbage collection, is called where much
 * was just let go (the sightings and the people's gathered facts).
 */
export function resolveForBuild(
	input: ResolveInput,
	overrides: Overrides = {},
	parties?: PartyRegister,
	step: (name: string) => void = () => {},
	collect: () => void = () => {}
): { data: ResolvedData; unplacedParties: UnplacedParty[] } {
	const { data, unplacedParties } = resolveAll(input.take(), overrides, parties, step, collect);
	return { data, unplacedParties };
}

/**
 * The records a build reads, gathered for resolution file by file: each record's sighting
 * now, in memory, and the record itself on disk until its facts are made. Nothing else of a
 * record is held, so reading a file costs the heap its own records only while it is read.
 */
export class ResolveInput {
	#collector: SightingCollector;
	#spill = new RecordSpill();

	constructor(parties: PartyRegister | undefined) {
		this.#collector = new SightingCollector(parties);
	}

	add(records: readonly SourceRecord[]): void {
		for (const record of records) this.#collector.add(record);
		this.#spill.add(records);
	}

	get length(): number {
		return this.#spill.length;
	}

	/** Bytes of records waiting on disk. */
	get spilled(): number {
		return this.#spill.bytes;
	}

	/** The sightings and the records, handed over once. */
	take(): { records: RecordSource; sightings: Sightings } {
		return { records: this.#spill, sightings: this.#collector.finish() };
	}

	/** Removes the records on disk (a build that fails before resolving). */
	dispose(): void {
		this.#spill.dispose();
	}
}

type SightingLinks = (records: readonly SourceRecord[]) => SightingLink[];

function resolveAll(
	input: { records: RecordSource; sightings: Sightings },
	overrides: Overrides,
	parties: PartyRegister | undefined,
	step: (name: string) => void = () => {},
	collect: () => void = () => {}
): { data: ResolvedData; sightings: SightingLinks; unplacedParties: UnplacedParty[] } {
	const placer = parties && new PartyPlacer(parties);
	const { records } = input;
	const { people, sightingOf, links, namesakes } = linkPeople(input, overrides, step);
	collect();
	const linkAt = (i: number, record: SourceRecord): PersonLink =>
		sightingLink(links, sightingOf[i]!, { mention: personIn(record)!, source: record.source });
	const facts = collectFacts(records, linkAt, placer);
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
 * Who is who: the records' people clustered and finished. The sightings are let go here
 * (taken from `input`), before the facts of the records are made.
 */
function linkPeople(
	input: { sightings?: Sightings },
	overrides: Overrides,
	step: (name: string) => void
) {
	const { sightings, sightingOf } = input.sightings!;
	delete input.sightings;
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
