/**
 * Shared pieces of the VID declaration adapters: which section a title names, and how a
 * published "name, reg. no., address" cell splits. Sections are recognised by their titles,
 * never by their numbers: the numbering drifted between form versions (family is 12 in 2011
 * and 14 in 2024, 2024 has an unnumbered "4b", and section 12 became pension flags).
 */
import { foldText } from '../../model/fold-name';
import type { DeclarationSection, OrganisationKind } from '../../model/types';

export type SectionClass = DeclarationSection | 'ignore';

interface SectionRule {
	section: SectionClass;
	/** Word beginnings, with diacritics; folded before matching. */
	keywords: string[];
}

// First rule that matches wins, so the order matters: the 2024 "gūto labumu" title mentions
// "kapitāla daļām", the income title mentions "nekustamās mantas", the family title "vecāki".
const RULES: SectionRule[] = [
	{
		section: 'other',
		keywords: [
			'gūto labumu',
			'trasta līgum',
			'noslēgts līgums',
			'pensiju fond',
			'cita informācija',
			'citiem faktiem'
		]
	},
	{ section: 'family', keywords: ['laulātais', 'radinieki', 'brāļi'] },
	{ section: 'savings', keywords: ['naudas uzkrājum', 'skaidrās', 'bezskaidrās'] },
	{ section: 'income', keywords: ['ienākumi'] },
	{ section: 'transaction', keywords: ['darījum'] },
	{ section: 'debt', keywords: ['parādsaistības'] },
	{ section: 'loan-given', keywords: ['izsniegtie aizdevumi'] },
	{ section: 'vehicle', keywords: ['transportlīdzek'] },
	{
		section: 'shares',
		keywords: ['komercsabiedrības', 'kapitāla daļas', 'vērtspapīr', 'finanšu instrument']
	},
	{ section: 'real-estate', keywords: ['nekustam'] },
	{ section: 'post', keywords: ['amati'] }
];

const FOLDED_RULES = RULES.map((rule) => ({
	section: rule.section,
	patterns: rule.keywords.map((keyword) => new RegExp(`(^|[^a-z0-9])${foldText(keyword)}`))
}));

/** The section a title names, and whether the title was recognised at all. */
export function matchSection(title: string): { section: SectionClass; isKnown: boolean } {
	const folded = foldText(title);
	if (folded === '') return { section: 'ignore', isKnown: true };
	const rule = FOLDED_RULES.find((r) => r.patterns.some((pattern) => pattern.test(folded)));
	return rule ? { section: rule.section, isKnown: true } : { section: 'other', isKnown: false };
}

/**
 * The item section a declaration section title stands for; unknown titles give 'other'
 * (callers warn, see `matchSection`), a blank title 'ignore'.
 * @example classifySection('14. Deklarācijas iesniedzēja laulātais, vecāki …') // 'family'
 */
export function classifySection(title: string): SectionClass {
	return matchSection(title).section;
}

/** A short label for messages: the section number when it has one, else its first words. */
export function sectionLabel(title: string): string {
	const text = title.replace(/\s+/g, ' ').trim();
	const number = /^(\d+[a-z]?)\./.exec(text);
	if (number) return `section ${number[1]}`;
	const words = text.split(' ');
	return `section "${words.slice(0, 5).join(' ')}${words.length > 5 ? ' …' : ''}"`;
}

export interface RegNoSplit {
	name?: string;
	regNo?: string;
	address?: string;
}

// 11 digits standing alone: LV registration numbers (4000…, 9000…, 5000…, 4410…).
const REG_NO = /(?<!\d)\d{11}(?!\d)/;

/**
 * Splits a VID cell that holds a name, an 11-digit reg. no. and an address, in any part.
 * Without a reg. no., VID still writes the empty slot: "Inese Bērziņa, ," (name, no number,
 * no address).
 * @example splitRegNo("'LATVIJAS REPUBLIKAS SAEIMA', 90000028300, Latvija, Rīga, Jēkaba 11")
 * // { name: 'LATVIJAS REPUBLIKAS SAEIMA', regNo: '90000028300', address: 'Latvija, Rīga, Jēkaba 11' }
 */
export function splitRegNo(cell: string): RegNoSplit {
	const text = cell.replace(/\s+/g, ' ').trim();
	const match = REG_NO.exec(text);
	if (match) {
		return parts(text.slice(0, match.index), match[0], text.slice(match.index + 11));
	}
	const gap = /,\s*,/.exec(text);
	if (gap) return parts(text.slice(0, gap.index), undefined, text.slice(gap.index + gap[0].length));
	return parts(text, undefined, '');
}

function parts(name: string, regNo: string | undefined, address: string): RegNoSplit {
	const split: RegNoSplit = {};
	const cleanedName = cleanName(name);
	const cleanedAddress = address.replace(/^[\s,]+|[\s,]+$/g, '');
	if (cleanedName) split.name = cleanedName;
	if (regNo) split.regNo = regNo;
	if (cleanedAddress) split.address = cleanedAddress;
	return split;
}

/**
 * Collapses spacing, drops stray edge commas and the single quotes VID wraps some
 * institution names in ("'LATVIJAS VALSTS PREZIDENTA KANCELEJA'"); double quotes are part
 * of Latvian company names (SIA "…", the legal form then the quoted name) and stay.
 */
export function cleanName(raw: string): string {
	const text = raw
		.replace(/\s+/g, ' ')
		.replace(/^[\s,]+|[\s,]+$/g, '')
		.trim();
	return /^'[^']+'$/.test(text) ? text.slice(1, -1).trim() : text;
}

/**
 * Municipal councils are told apart from other institutions by their names; a workplace
 * with a company's legal form (a municipal SIA, a state AS) is a company, not an institution.
 */
export function institutionKind(
	name: string
): Extract<OrganisationKind, 'institution' | 'municipality' | 'company'> {
	const folded = foldText(name);
	if (
		/^(v?sia|as|psia|vas)\b|\b(sia|as)$|sabiedriba ar ierobezotu atbildibu|akciju sabiedriba/.test(
			folded
		)
	)
		return 'company';
	return /(^|[^a-z])(pasvaldiba|dome|novada)/.test(folded) ? 'municipality' : 'institution';
}
