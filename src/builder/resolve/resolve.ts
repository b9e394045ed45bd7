/**
 * Source records in, canonical entities and facts out. Pure and order-independent: the
 * output is sorted, ids come from keys, and no decision depends on which row came first.
 */
import type {
	Counterparty,
	Declaration,
	DeclarationItem,
	Donation,
	Organisation,
	Person,
	Relation,
	SourceRef,
	TaxTotal
} from '../../model/types';
import { FEE_MEMBER_ROLE, isFeeKind } from '../../model/money-kinds';
import { yearOf } from '../../model/parse-date';
import type { PartyRegister } from '../parties/register';
import type { Mention, OrganisationMention, SourceRecord } from '../source-records';
import { factId } from './ids';
import {
	kindFromRegNo,
	OrganisationIndex,
	organisationNameKey,
	type NameRank
} from './organisations';
import { compareSources, mostCommon } from './order';
import { addAllianceLinks } from './party-links';
import { PartyPlacer, type UnplacedParty } from './party-mentions';
import { clusterPeople, namesToShow, type PersonLink, type PersonSighting } from './people';
import type { Overrides } from './overrides';
import type { SightingContext } from './sighting';
import { RelationIndex } from './relations';

export interface ResolvedData {
	people: Person[];
	organisations: Organisation[];
	declarations: Declaration[];
	donations: Donation[];
	taxTotals: TaxTotal[];
	relations: Relation[];
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
	const placer = parties && new PartyPlacer(parties);
	const partyKey = (name: string): string => {
		const entry = parties?.place(name)?.entry;
		return entry ? `party|#${entry.id}` : organisationNameKey(name, 'party');
	};
	// With a register, an organisation a declaration names is a party only if the register places it.
	const mayBeParty = (name: string): boolean => !parties || parties.place(name) !== undefined;
	const sightings: PersonSighting[] = [];
	const sightingOf = new Map<SourceRecord, number>();
	for (const record of records) {
		const person = personIn(record);
		if (!person) continue;
		sightingOf.set(record, sightings.length);
		sightings.push({
			mention: person,
			source: record.source,
			recordYear: recordYear(record),
			context: contextOf(record, partyKey, mayBeParty)
		});
	}
	const { people: personFacts, links, namesakes } = clusterPeople(sightings, overrides);
	const linkOf = (record: SourceRecord): PersonLink => links[sightingOf.get(record)!]!;

	const orgs = new OrganisationIndex(placer);
	const org = (mention: OrganisationMention, source: SourceRef, rank: NameRank = 'mention') =>
		orgs.add(mention, source, rank);
	const holder = (record: SourceRecord, mention: Mention): PersonLink =>
		mention.type === 'person'
			? linkOf(record)
			: { person: org(mention, record.source), evidence: [], confidence: 'confirmed' };

	const relations = new RelationIndex();
	const donations: Donation[] = [];
	const declarations: Declaration[] = [];
	const taxTotals: TaxTotal[] = [];

	for (const record of records) {
		const { source } = record;
		switch (record.type) {
			case 'donation': {
				const party = org(record.party, source);
				const donor = record.donor ? holder(record, record.donor) : undefined;
				const id = factId('d', source.dataset, source.record);
				donations.push({
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
				if (donor) {
					// A fee payer is a member, not a donor: fees make a `member-of` link, summed apart.
					const isFee = isFeeKind(record.kind);
					relations.add({
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
				break;
			}
			case 'post': {
				const { person, evidence, confidence } = linkOf(record);
				relations.add({
					from: person,
					to: org(record.organisation, source),
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
				declarations.push(declarationOf(record, linkOf(record), org, relations));
				break;
			case 'tax-total': {
				const { company, type: _type, ...figures } = record;
				taxTotals.push({
					id: factId('t', source.dataset, source.record),
					company: org(company, source, 'tax'),
					...figures
				});
				break;
			}
			case 'organisation':
				org(record.organisation, source, 'register');
				break;
			case 'company-role': {
				const from = holder(record, record.holder);
				relations.add({
					from: from.person,
					to: org(record.company, source),
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
				break;
			}
		}
	}

	for (const namesake of namesakes)
		relations.addNamesake(namesake.from, namesake.to, namesake.evidence);
	if (placer) addAllianceLinks(placer, relations);
	const { organisations, rename: renamed } = orgs.finish();
	const rename = (id: string) => renamed.get(id) ?? id;
	const people = [...personFacts].map(([id, facts]): Person => {
		const [name = '', ...otherNames] = namesToShow(facts);
		const birthDate = mostCommon(facts.birthDates);
		const birthYear = birthDate ? Number(birthDate.slice(0, 4)) : mostCommon(facts.birthYears);
		const country = mostCommon(facts.countries);
		return {
			id,
			name,
			otherNames,
			...(birthDate && { birthDate }),
			...(birthYear && { birthYear }),
			maskedCodes: [...new Set(facts.maskedCodes)].sort(),
			...(country && { country }),
			sources: firstPerDataset(facts.sources)
		};
	});
	const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const data: ResolvedData = {
		people: people.sort(byId),
		organisations,
		declarations: declarations.sort(byId),
		donations: donations
			.map((d) => ({ ...d, party: rename(d.party), ...(d.donor && { donor: rename(d.donor) }) }))
			.sort(byId),
		taxTotals: taxTotals.map((t) => ({ ...t, company: rename(t.company) })).sort(byId),
		relations: relations.list(rename)
	};
	const resolved = [...sightingOf].map(([record, i]) => ({
		record,
		person: rename(links[i]!.person),
		confidence: links[i]!.confidence
	}));
	return { data, sightings: resolved, unplacedParties: placer?.unplaced() ?? [] };
}

function personIn(record: SourceRecord) {
	switch (record.type) {
		case 'donation':
			return record.donor?.type === 'person' ? record.donor : undefined;
		case 'post':
		case 'declaration':
			return record.person;
		case 'company-role':
			return record.holder.type === 'person' ? record.holder : undefined;
		default:
			return undefined;
	}
}

function recordYear(record: SourceRecord): number | undefined {
	if (record.type === 'donation') return yearOf(record.date);
	if (record.type === 'declaration') return record.year;
	const date = 'start' in record ? record.start : undefined;
	return date ? yearOf(date) : undefined;
}

function declarationOf(
	record: Extract<SourceRecord, { type: 'declaration' }>,
	link: PersonLink,
	org: (mention: OrganisationMention, source: SourceRef) => string,
	relations: RelationIndex
): Declaration {
	const { source, year } = record;
	const id = factId('decl', source.dataset, source.record);
	const resolveParty = (party: Counterparty | undefined): Counterparty | undefined =>
		party?.regNo
			? {
					...party,
					id: org({ type: 'organisation', name: party.name, regNo: party.regNo }, source)
				}
			: party;
	const items = record.items.map((item): DeclarationItem => {
		if (item.section === 'shares') return { ...item, company: resolveParty(item.company)! };
		if (item.section === 'income') return { ...item, payer: resolveParty(item.payer) };
		if (item.section === 'post') return { ...item, organisation: resolveParty(item.organisation) };
		return item;
	});
	const common = {
		start: String(year),
		end: String(year),
		fact: id,
		source,
		identity: link.evidence,
		confidence: link.confidence
	};
	const institution = record.institution && org(record.institution, source);
	if (institution)
		relations.add({
			...common,
			from: link.person,
			to: institution,
			kind: 'holds-post',
			role: record.post,
			...(record.committees && { details: { committees: record.committees } })
		});
	for (const item of items) {
		if (item.section === 'shares' && item.company.id) {
			relations.add({
				...common,
				from: link.person,
				to: item.company.id,
				kind: 'shareholder',
				shares: item.count,
				source: item.source ?? source
			});
		} else if (
			item.section === 'post' &&
			item.organisation?.id &&
			item.organisation.id !== institution
		) {
			relations.add({
				...common,
				from: link.person,
				to: item.organisation.id,
				kind: 'holds-post',
				role: item.title,
				source: item.source ?? source
			});
		}
	}
	return {
		id,
		person: link.person,
		personName: record.person.name,
		year,
		kind: record.kind,
		...(record.kindText && { kindText: record.kindText }),
		...(record.institution && {
			institution: {
				name: record.institution.name,
				...(record.institution.regNo && { regNo: record.institution.regNo }),
				...(institution && { id: institution })
			}
		}),
		...(record.post && { post: record.post }),
		...(record.filed && { filed: record.filed }),
		...(record.published && { published: record.published }),
		items,
		source
	};
}

/** One source per dataset (the first in order): enough to show where a person appears. */
function firstPerDataset(sources: readonly SourceRef[]): SourceRef[] {
	const first = new Map<string, SourceRef>();
	for (const source of [...sources].sort(compareSources)) {
		if (!first.has(source.dataset)) first.set(source.dataset, source);
	}
	return [...first.values()];
}

/**
 * Organisations a declaration names a post in that can be parties: registered as associations
 * (40008…, where parties are registered) or named without a number. They corroborate only
 * when a party of the same name key appears in another record of the same folded name.
 */
function declaredParties(items: readonly DeclarationItem[]): string[] {
	return items.flatMap((item) =>
		item.section === 'post' &&
		item.organisation &&
		(!item.organisation.regNo || kindFromRegNo(item.organisation.regNo) === 'ngo')
			? [item.organisation.name]
			: []
	);
}

/**
 * What a record says around a person: the kind of source, institution, parties and companies.
 * `partyKey` gives a party's key: its register entry where placed, so "JKP" and
 * "Konservatīvie (Jaunā konservatīvā partija)" corroborate each other.
 */
function contextOf(
	record: SourceRecord,
	partyKey: (name: string) => string,
	mayBeParty: (name: string) => boolean
): SightingContext {
	// Keyed by the organisation name key, not the reg. no.: a deputies list gives the Saeima's
	// number, a declaration only its name, and both must corroborate each other.
	const keyed = (name: string, kind: 'party' | 'institution' = 'institution') => ({
		key: kind === 'party' ? partyKey(name) : organisationNameKey(name, kind),
		name
	});
	switch (record.type) {
		case 'donation':
			return { source: 'donation', parties: [keyed(record.party.name, 'party')] };
		case 'post': {
			const isParty = record.relation === 'member-of' || record.organisation.kind === 'party';
			const party = isParty ? record.organisation.name : record.person.party;
			return {
				source: 'list',
				...(!isParty && {
					institution: keyed(record.organisation.name)
				}),
				...(party && { parties: [keyed(party, 'party')] })
			};
		}
		case 'declaration': {
			const companyRows: Record<string, SourceRef> = {};
			const companies = record.items.flatMap((item) => {
				const regNo =
					item.section === 'shares'
						? item.company.regNo
						: item.section === 'post'
							? item.organisation?.regNo
							: undefined;
				if (regNo && item.source) companyRows[regNo] ??= item.source;
				return regNo ? [regNo] : [];
			});
			const institution =
				record.institution ??
				(record.person.institution
					? { name: record.person.institution, regNo: undefined }
					: undefined);
			const { mandateIn } = record.person;
			const parties = declaredParties(record.items)
				.filter(mayBeParty)
				.map((name) => keyed(name, 'party'));
			return {
				source: 'declaration',
				...(institution && { institution: keyed(institution.name) }),
				...(mandateIn && { alsoInstitutions: [keyed(mandateIn)] }),
				...(parties.length > 0 && { parties }),
				companies,
				...(Object.keys(companyRows).length > 0 && { companyRows })
			};
		}
		case 'company-role':
			return { source: 'register', companies: record.company.regNo ? [record.company.regNo] : [] };
		default:
			return { source: 'other' };
	}
}
