/**
 * One row of a VID declaration section, keyed by its published column headers, turned into
 * a typed item. Columns are found by header keywords, not by position: the headers changed
 * wording between form versions, and one 2011 section mixes rows with different columns
 * (share rows and security rows in 4, cash and bank rows in 6).
 */
import { ValueError } from '../../model/errors';
import { foldText } from '../../model/fold-name';
import { parseDecimalCents } from '../../model/parse-money';
import type { Counterparty, DeclarationItem, DeclarationSection, Money } from '../../model/types';
import { cleanName, splitRegNo } from './declaration-sections';

/** Header (as published) → cell text. */
export type SectionRow = Record<string, string>;

export type ItemOutcome = { item: DeclarationItem; warnings: string[] } | { error: string };

/** Reads one row of a section; an error means the row is rejected, warnings keep it. */
export function readItem(section: DeclarationSection, row: SectionRow): ItemOutcome {
	try {
		const warnings: string[] = [];
		return { item: READERS[section](columns(row), warnings), warnings };
	} catch (error) {
		if (error instanceof ValueError) return { error: error.message };
		throw error;
	}
}

interface Columns {
	/** The first non-blank cell whose header contains one of `include` and none of `exclude`. */
	pick(include: string[], exclude?: string[]): string | undefined;
	headers: string[];
	row: SectionRow;
}

type Reader = (cols: Columns, warnings: string[]) => DeclarationItem;

const READERS: Record<DeclarationSection, Reader> = {
	post: (c) => ({
		section: 'post',
		title: required(c.pick(['amata nosaukums', 'amats', 'amata']), 'post title'),
		organisation: counterparty(
			c.pick(['nosaukums', 'vārds'], ['amata', 'reģistrācijas']),
			c.pick(['reģistrācijas'])
		)
	}),
	'real-estate': (c) => {
		const holding = c.pick(['atzīme']);
		const owner = c.pick(['īpašnieka', 'norādīt']);
		return {
			section: 'real-estate',
			type: required(c.pick(['veids']), 'property type'),
			location: c.pick(['atrašanās', 'vieta']) ?? '',
			holding: holding && owner ? `${holding} (${owner})` : (holding ?? owner)
		};
	},
	vehicle: (c, warnings) => ({
		section: 'vehicle',
		type: c.pick(['veids']) ?? '',
		make: required(c.pick(['marka']), 'make'),
		madeYear: year(c.pick(['izlaides']), warnings),
		registeredYear: year(c.pick(['reģistrācijas']), warnings),
		holding: c.pick(['atzīme'])
	}),
	shares: (c, warnings) => {
		const currency = c.pick(['valūta']);
		const value = c.pick(['vērtība', 'summa'], ['skaits', 'vārdiem']);
		const company = counterparty(
			c.pick(['nosaukums', 'emitent'], ['reģistrācijas']),
			c.pick(['reģistrācijas'])
		);
		return {
			section: 'shares',
			company: company ?? fail('no company name'),
			type: c.pick(['veids']),
			count: count(c.pick(['skaits']), warnings),
			value: value === undefined ? undefined : money(value, currency)
		};
	},
	savings: (c) => ({
		section: 'savings',
		type: savingsType(c.headers),
		amount: money(
			required(c.pick(['cipariem', 'summa'], ['vārdiem']), 'amount'),
			c.pick(['valūta'])
		),
		holder: c.pick(['turētāja', 'izdevēja'])
	}),
	income: (c) => {
		const amount = c.pick(['summa']);
		const payer = c.pick(['avots', 'gūšanas vieta']);
		return {
			section: 'income',
			payer: payer === undefined ? undefined : counterparty(payer, payer),
			type: c.pick(['veids']) ?? '',
			amount: amount === undefined ? undefined : money(amount, c.pick(['valūta']))
		};
	},
	transaction: (c) => {
		const amount = c.pick(['summa'], ['vārdiem']);
		return {
			section: 'transaction',
			description:
				c.pick(['veids', 'apraksts', 'darījum'], ['summa', 'valūta']) ?? otherText(c.row),
			amount: amount === undefined ? undefined : money(amount, c.pick(['valūta']))
		};
	},
	debt: (c) => ({
		section: 'debt',
		creditor: c.pick(['kreditor', 'aizdevēj']),
		amount: money(
			required(c.pick(['cipariem', 'summa'], ['vārdiem']), 'amount'),
			c.pick(['valūta'])
		)
	}),
	'loan-given': (c) => ({
		section: 'loan-given',
		debtor: c.pick(['aizņēmēj', 'parādniek']),
		amount: money(
			required(c.pick(['cipariem', 'summa'], ['vārdiem']), 'amount'),
			c.pick(['valūta'])
		)
	}),
	family: (c) => ({
		section: 'family',
		name: required(c.pick(['vārds']), 'name'),
		relation: required(c.pick(['radniecība', 'radniec']), 'relation')
	}),
	other: (c) => ({ section: 'other', text: otherText(c.row) })
};

// Headers and keywords repeat across thousands of declarations; fold each text once.
const FOLDED = new Map<string, string>();
function fold(text: string): string {
	let folded = FOLDED.get(text);
	if (folded === undefined) FOLDED.set(text, (folded = foldText(text)));
	return folded;
}

function columns(row: SectionRow): Columns {
	const headers = Object.keys(row);
	const folded = headers.map(fold);
	return {
		headers,
		row,
		pick(include, exclude = []) {
			const inc = include.map(fold);
			const exc = exclude.map(fold);
			for (const [i, header] of headers.entries()) {
				const key = folded[i] ?? '';
				if (!inc.some((k) => key.includes(k)) || exc.some((k) => key.includes(k))) continue;
				const value = blank(row[header]);
				if (value !== undefined) return value;
			}
			return undefined;
		}
	};
}

/** Empty cells and VID's "-" placeholder both mean "nothing declared here". */
function blank(raw: string | undefined): string | undefined {
	const text = (raw ?? '').replace(/\s+/g, ' ').trim();
	return text === '' || text === '-' ? undefined : text;
}

function fail(reason: string): never {
	throw new ValueError(reason);
}

function required(value: string | undefined, what: string): string {
	return value ?? fail(`no ${what}`);
}

/** VID amounts are dot-decimal with the currency in its own column. */
function money(amount: string, currency: string | undefined): Money {
	const code = currency?.toUpperCase();
	if (!code || !/^[A-Z]{3}$/.test(code)) fail(`no currency for amount ${JSON.stringify(amount)}`);
	return { cents: parseDecimalCents(amount, '.'), currency: code };
}

function counterparty(
	name: string | undefined,
	regCell: string | undefined
): Counterparty | undefined {
	const split = splitRegNo(name ?? regCell ?? '');
	const regNo = regCell === undefined ? split.regNo : splitRegNo(regCell).regNo;
	const cleaned = split.name ?? (name === undefined ? undefined : cleanName(name));
	if (!cleaned) return undefined;
	return regNo ? { name: cleaned, regNo } : { name: cleaned };
}

function savingsType(headers: string[]): 'cash' | 'bank' | 'other' {
	const folded = headers.map(fold);
	// VID's own header misspells "Bezskaidrās" as "Bezkaidrās"; both mean bank savings.
	if (folded.some((h) => /^(bezskaidr|bezkaidr)/.test(h))) return 'bank';
	if (folded.some((h) => h.startsWith('skaidr'))) return 'cash';
	return 'other';
}

function year(value: string | undefined, warnings: string[]): number | undefined {
	if (value === undefined) return undefined;
	if (/^\d{4}$/.test(value)) return Number(value);
	warnings.push(`year ${JSON.stringify(value)} is not a year; left out`);
	return undefined;
}

function count(value: string | undefined, warnings: string[]): number | undefined {
	if (value === undefined) return undefined;
	if (/^\d+$/.test(value)) return Number(value);
	warnings.push(`count ${JSON.stringify(value)} is not a whole number; left out`);
	return undefined;
}

/** A row kept as text: the one filled cell alone, or "header: value" pairs. */
function otherText(row: SectionRow): string {
	const filled = Object.entries(row).flatMap(([header, raw]) => {
		const value = blank(raw);
		return value === undefined ? [] : [[header.replace(/\s+/g, ' ').trim(), value] as const];
	});
	if (filled.length === 0) fail('empty row');
	if (filled.length === 1) return filled[0]![1];
	return filled.map(([header, value]) => `${header}: ${value}`).join('; ');
}
