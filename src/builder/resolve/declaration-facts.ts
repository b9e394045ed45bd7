/**
 * A declaration as a fact, with the posts and shares it declares as relations of its person:
 * the institution it was filed in, companies with a reg. no., other posts held.
 */
import type { Counterparty, Declaration, DeclarationItem, SourceRef } from '../../model/types';
import type { OrganisationMention, SourceRecord } from '../sources/source-records';
import { factId } from './ids';
import type { PersonLink } from './people';
import type { RelationIndex } from './relations';

export function declarationOf(
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
