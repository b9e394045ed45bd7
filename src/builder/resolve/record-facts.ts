/**
 * The middle step of resolving: the facts each record type states (donations, posts,
 * declarations, tax totals, register rows, company roles, party finances), with their people and
 * organisations placed. Organisations and relations gather in their indexes, to be finished
 * once every record is in.
 */
import { FEE_MEMBER_ROLE, isFeeKind } from '../../model/money-kinds';
import type {
	Declaration,
	Donation,
	PartyFinanceLine,
	PartyReport,
	SourceRef,
	TaxTotal
} from '../../model/types';
import type { RecordSource } from '../sources/record-spill';
import type { Mention, OrganisationMention, SourceRecord } from '../sources/source-records';
import { declarationOf } from './declaration-facts';
import { factId } from './ids';
import { OrganisationIndex, type NameRank } from './organisations';
import type { PartyPlacer } from './party-mentions';
import type { PersonLink } from './people';
import { RelationIndex } from './relations';

export interface RecordFacts {
	orgs: OrganisationIndex;
	relations: RelationIndex;
	donations: Donation[];
	declarations: Declaration[];
	taxTotals: TaxTotal[];
	partyFinances: PartyFinanceLine[];
	partyReports: PartyReport[];
}

type RecordOf<T extends SourceRecord['type']> = Extract<SourceRecord, { type: T }>;

/** Places the people and organisations a record names. */
interface Placing {
	/** The link of the record's own person. */
	linkOf: (record: SourceRecord) => PersonLink;
	/** Whoever holds something: the record's person, or an organisation (confirmed, by its name or number). */
	holder: (record: SourceRecord, mention: Mention) => PersonLink;
	org: (mention: OrganisationMention, source: SourceRef, rank?: NameRank) => string;
}

/**
 * `linkAt(i, record)` is the link of record i's person. The records are read once, in order,
 * and each can go once its facts are made, so records and facts are not all held at once.
 */
export function collectFacts(
	records: RecordSource,
	linkAt: (index: number, record: SourceRecord) => PersonLink,
	placer: PartyPlacer | undefined
): RecordFacts {
	const facts: RecordFacts = {
		orgs: new OrganisationIndex(placer),
		relations: new RelationIndex(),
		donations: [],
		declarations: [],
		taxTotals: [],
		partyFinances: [],
		partyReports: []
	};
	const org = (mention: OrganisationMention, source: SourceRef, rank: NameRank = 'mention') =>
		facts.orgs.add(mention, source, rank);
	let current = 0;
	const linkOf = (record: SourceRecord) => linkAt(current, record);
	const holder = (record: SourceRecord, mention: Mention): PersonLink =>
		mention.type === 'person'
			? linkOf(record)
			: { person: org(mention, record.source), evidence: [], confidence: 'confirmed' };
	const place: Placing = { linkOf, holder, org };
	for (const record of records.read()) {
		addFacts(record, place, facts);
		current++;
	}
	if (current !== records.length) throw new Error(`read ${current} of ${records.length} records`);
	return facts;
}

function addFacts(record: SourceRecord, place: Placing, facts: RecordFacts): void {
	const { source } = record;
	switch (record.type) {
		case 'donation':
			addDonation(record, place, facts);
			break;
		case 'post': {
			const { person, evidence, confidence } = place.linkOf(record);
			facts.relations.add({
				from: person,
				to: place.org(record.organisation, source),
				kind: record.relation,
				role: record.role,
				start: record.start,
				end: record.end,
				...(record.details && { details: record.details }),
				source,
				identity: evidence,
				confidence
			});
			break;
		}
		case 'declaration':
			facts.declarations.push(
				declarationOf(record, place.linkOf(record), place.org, facts.relations)
			);
			break;
		case 'tax-total': {
			const { company, type: _type, ...figures } = record;
			facts.taxTotals.push({
				id: factId('t', source.dataset, source.record),
				company: place.org(company, source, 'tax'),
				...figures
			});
			break;
		}
		case 'organisation':
			place.org(record.organisation, source, 'register');
			break;
		case 'company-role':
			addCompanyRole(record, place, facts.relations);
			break;
		case 'party-finance': {
			const { type: _type, party, ...line } = record;
			facts.partyFinances.push({
				id: factId('f', source.dataset, source.record),
				party: place.org(party, source),
				partyName: party.name,
				...line
			});
			break;
		}
		case 'party-report': {
			const { type: _type, party, ...report } = record;
			facts.partyReports.push({
				id: factId('r', source.dataset, source.record),
				party: place.org(party, source),
				partyName: party.name,
				...report
			});
			break;
		}
	}
}

function addDonation(record: RecordOf<'donation'>, place: Placing, facts: RecordFacts): void {
	const { source } = record;
	const party = place.org(record.party, source);
	const donor = record.donor ? place.holder(record, record.donor) : undefined;
	const id = factId('d', source.dataset, source.record);
	facts.donations.push({
		id,
		...(donor && { donor: donor.person }),
		donorName: record.donorName,
		...(record.donorCode && { donorCode: record.donorCode }),
		party,
		partyName: record.party.name,
		date: record.date,
		amount: record.amount,
		kind: record.kind,
		isRefund: record.isRefund,
		flags: record.flags,
		source
	});
	if (!donor) return;
	// A fee payer is a member, not a donor: fees make a `member-of` link, summed apart.
	const isFee = isFeeKind(record.kind);
	facts.relations.add({
		from: donor.person,
		to: party,
		kind: isFee ? 'member-of' : 'donated-to',
		...(isFee && { role: FEE_MEMBER_ROLE }),
		start: record.date,
		amount: record.amount,
		fact: id,
		source,
		identity: donor.evidence,
		confidence: donor.confidence
	});
}

function addCompanyRole(
	record: RecordOf<'company-role'>,
	place: Placing,
	relations: RelationIndex
): void {
	const { source } = record;
	const from = place.holder(record, record.holder);
	relations.add({
		from: from.person,
		to: place.org(record.company, source),
		kind: record.relation,
		role: record.role,
		start: record.start,
		end: record.end,
		shares: record.shares,
		amount: record.value,
		source,
		identity: from.evidence,
		confidence: from.confidence
	});
}
