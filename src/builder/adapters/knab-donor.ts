/**
 * Who gave a KNAB donation, from the published name and code column. The code decides the
 * kind of mention; a dirty code never costs the donation, only the code.
 */
import { displayName, foldText, nameTokens } from '../../model/fold-name';
import { readPersonalCode } from '../../model/personal-code';
import type { Mention, OrganisationMention, PersonMention } from '../sources/source-records';

export interface DonorReading {
	/** null for an anonymous donor. */
	mention: Mention | null;
	warning?: string;
	/** A named donor published without any code (counted, not warned one by one). */
	isCodeless: boolean;
}

/** `ANONĪMS` in any case, with or without diacritics. */
export function isAnonymous(name: string): boolean {
	// Folding is the dear part, and nearly every row names someone: a name that starts with an
	// ASCII character other than `a` folds to a text that starts with it, so it is not `anonims`.
	const first = name.trimStart().charCodeAt(0);
	if (first < 0x80 && first !== 0x41 && first !== 0x61) return false;
	return foldText(name) === 'anonims';
}

// Legal forms that mark a name as an organisation's when its code cannot say so.
const LEGAL_FORMS = new Set([
	'sia',
	'as',
	'ik',
	'zs',
	'ks',
	'ps',
	'biedriba',
	'nodibinajums',
	'ltd',
	'gmbh',
	'ou',
	'uab',
	'llc'
]);

function hasLegalForm(name: string): boolean {
	return nameTokens(name).some((token) => LEGAL_FORMS.has(token));
}

// Latvian registration numbers start with 4 or 5 (companies, NGOs) or 9 (institutions);
// other 11-digit values are placeholders or, worse, unmasked personal codes.
const LV_REG_NO = /^[459]\d{10}$/;

function person(name: string, extra: Partial<PersonMention> = {}): PersonMention {
	return { type: 'person', name: displayName(name), ...extra };
}

function company(name: string, regNo?: string): OrganisationMention {
	return { type: 'organisation', name, ...(regNo ? { regNo } : {}), kind: 'company' };
}

/**
 * Reads a donor from the name and code as published; `where` names the row in warnings.
 * @example readDonor('SIA Piemērs', '40000000017', 'line 3').mention // { type: 'organisation', regNo: '40000000017', … }
 */
export function readDonor(name: string, rawCode: string, where: string): DonorReading {
	const code = rawCode.trim();
	if (isAnonymous(name)) {
		const warning = code
			? `${where}: anonymous donor published with code ${JSON.stringify(code)}; kept only as donorCode`
			: undefined;
		return { mention: null, warning, isCodeless: false };
	}
	const reading = readPersonalCode(code);
	switch (reading.kind) {
		case 'personal':
		case 'no-birth-date':
			return { mention: person(name, { maskedCode: code }), isCodeless: false };
		case 'foreign':
			return {
				mention: person(name, { maskedCode: code, country: reading.country }),
				isCodeless: false
			};
		case 'empty':
			return { mention: dirtyCodeDonor(name), isCodeless: true };
		case 'reg-no':
			if (LV_REG_NO.test(reading.regNo)) {
				return { mention: company(name, reading.regNo), isCodeless: false };
			}
			return dirty(name, code, where, 'has 11 digits but is no Latvian registration number');
		case 'invalid':
			return dirty(name, code, where, reading.reason);
	}
}

function dirtyCodeDonor(name: string): Mention {
	return hasLegalForm(name) ? company(name) : person(name);
}

function dirty(name: string, code: string, where: string, why: string): DonorReading {
	const mention = dirtyCodeDonor(name);
	const as =
		mention.type === 'organisation' ? 'an organisation (legal form in the name)' : 'a person';
	return {
		mention,
		warning: `${where}: donor code ${JSON.stringify(code)} unusable (${why}); donation kept, donor read as ${as} without the code`,
		isCodeless: false
	};
}
