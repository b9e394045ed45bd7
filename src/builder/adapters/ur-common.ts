/**
 * What the UR (Enterprise Register) open-data files share: `;`-delimited UTF-8 with real
 * quoting, 11-digit reg. numbers, ISO dates, and one way of naming a holder (person or entity).
 */
import { ValueError } from '../../model/errors';
import { parseDate } from '../../model/parse-date';
import { readPersonalCode } from '../../model/personal-code';
import type { PartialDate } from '../../model/types';
import type {
	Mention,
	OrganisationMention,
	PersonMention,
	Provenance
} from '../sources/source-records';
import { compact, optionalText, readRegNo } from './table';

export const UR_DELIMITER = ';';

export function urProvenance(title: string): Provenance {
	return {
		publisher: 'Uzņēmumu reģistrs',
		title: `Uzņēmumu reģistra atvērtie dati: ${title}`,
		url: 'https://data.gov.lv/dati/lv/organization/ur',
		licence: 'CC0 1.0'
	};
}

type Warn = (message: string) => void;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/;

/**
 * A date the row can do without. UR writes ISO dates only, so anything else (an ambiguous
 * `03/04/2020` included) is warned about and left out rather than guessed.
 */
export function optionalDate(
	raw: string | undefined,
	column: string,
	warn: Warn
): PartialDate | undefined {
	const text = optionalText(raw);
	if (text === undefined) return undefined;
	try {
		if (!ISO_DATE.test(text)) throw new ValueError(`not an ISO date: ${JSON.stringify(text)}`);
		return parseDate(text);
	} catch (error) {
		if (!(error instanceof ValueError)) throw error;
		warn(`${column}: ${error.message}; left out`);
		return undefined;
	}
}

/** The company a role row is about. Role files do not name it; `register.csv` does, by reg. no. */
export function companyMention(raw: string | undefined, column: string): OrganisationMention {
	return { type: 'organisation', name: '', regNo: readRegNo(raw, column), country: 'LV' };
}

/**
 * A natural person as the register publishes them: the name as written, the masked code as
 * published, the birth date. `surname-first` marks UR's "Surname Firstname" (no comma): we do
 * not reorder it, and the resolver does not pick that spelling to show when it has another.
 */
export function personMention(
	name: string,
	code: string | undefined,
	birth: string | undefined,
	warn: Warn,
	nameOrder?: 'surname-first'
): PersonMention {
	if (name === '') throw new ValueError('a person with no name');
	const mention: PersonMention = nameOrder
		? { type: 'person', name, nameOrder }
		: { type: 'person', name };
	const published = (code ?? '').trim();
	const reading = readPersonalCode(published);
	switch (reading.kind) {
		case 'personal':
		case 'no-birth-date':
			mention.maskedCode = published;
			break;
		case 'foreign':
			Object.assign(mention, { maskedCode: published, country: reading.country });
			break;
		case 'invalid':
			warn(`${reading.reason}; not used`);
			break;
		case 'reg-no':
			warn('a registration number where a personal code belongs; not used');
			break;
	}
	const birthDate = optionalDate(birth, 'birth_date', warn);
	if (birthDate) {
		mention.birthDate = birthDate;
		const ddmmyy = birthDate.slice(8, 10) + birthDate.slice(5, 7) + birthDate.slice(2, 4);
		if (reading.kind === 'personal' && reading.fragment !== ddmmyy) {
			warn(`birth_date ${birthDate} disagrees with personal code ${published}`);
		}
	}
	return mention;
}

export interface HolderValues {
	entityType?: string;
	name?: string;
	code?: string;
	birthDate?: string;
	regNo?: string;
}

/** The person or legal entity holding a role, by `entity_type`; an unknown type rejects the row. */
export function holderMention(values: HolderValues, warn: Warn): Mention {
	const name = values.name ?? '';
	switch (values.entityType) {
		case 'NATURAL_PERSON':
			// officers.csv and members.csv both write one `name` column, surname first.
			return personMention(name, values.code, values.birthDate, warn, 'surname-first');
		case 'LEGAL_ENTITY':
			return latvianEntity(name, optionalText(values.regNo), warn);
		case 'FOREIGN_ENTITY':
			// Another country's register number must never meet an LV one, so it is not kept as regNo.
			if (name === '') throw new ValueError('a foreign legal entity with no name');
			return { type: 'organisation', name };
		default:
			throw new ValueError(`entity_type: unknown ${JSON.stringify(values.entityType ?? '')}`);
	}
}

function latvianEntity(name: string, regNo: string | undefined, warn: Warn): OrganisationMention {
	const isValid = regNo !== undefined && /^\d{11}$/.test(regNo);
	if (regNo !== undefined && !isValid) {
		warn(`legal_entity_registration_number ${JSON.stringify(regNo)} is not 11 digits; not used`);
	}
	if (name === '' && !isValid) throw new ValueError('a legal entity with no name or reg. no.');
	return compact<OrganisationMention>({
		type: 'organisation',
		name,
		regNo: isValid ? regNo : undefined,
		country: isValid ? 'LV' : undefined
	});
}
