/**
 * What a record says around a person (the kind of source, institution, parties and companies),
 * read from the record for the linker to weigh.
 */
import type { DeclarationItem, SourceRef } from '../../model/types';
import type { SourceRecord } from '../sources/source-records';
import { kindFromRegNo, organisationNameKey } from './organisations';
import type { Keyed, SightingContext } from './sighting';

/**
 * Keyed names and one-item lists shared by every sighting that names the same party or
 * institution (many thousand donations name one party): the linker only reads them.
 */
export interface SharedContext {
	keyed: Map<string, Keyed>;
	lists: Map<Keyed, Keyed[]>;
}

export function newSharedContext(): SharedContext {
	return { keyed: new Map(), lists: new Map() };
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
 * `partyKey` gives a party's key: its register entry where placed, so "JKP" and
 * "Konservatīvie (Jaunā konservatīvā partija)" corroborate each other.
 */
export function contextOf(
	record: SourceRecord,
	partyKey: (name: string) => string,
	mayBeParty: (name: string) => boolean,
	shared: SharedContext = newSharedContext()
): SightingContext {
	// Keyed by the organisation name key, not the reg. no.: a deputies list gives the Saeima's
	// number, a declaration only its name, and both must corroborate each other.
	const keyed = (name: string, kind: 'party' | 'institution' = 'institution'): Keyed => {
		const id = `${kind}\u0000${name}`;
		let found = shared.keyed.get(id);
		if (!found) {
			found = { key: kind === 'party' ? partyKey(name) : organisationNameKey(name, kind), name };
			shared.keyed.set(id, found);
		}
		return found;
	};
	const one = (item: Keyed): Keyed[] => {
		let list = shared.lists.get(item);
		if (!list) shared.lists.set(item, (list = [item]));
		return list;
	};
	switch (record.type) {
		case 'donation':
			return { source: 'donation', parties: one(keyed(record.party.name, 'party')) };
		case 'post': {
			const isParty = record.relation === 'member-of' || record.organisation.kind === 'party';
			const party = isParty ? record.organisation.name : record.person.party;
			return {
				source: 'list',
				...(!isParty && {
					institution: keyed(record.organisation.name)
				}),
				...(party && { parties: one(keyed(party, 'party')) })
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
				...(mandateIn && { alsoInstitutions: one(keyed(mandateIn)) }),
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
