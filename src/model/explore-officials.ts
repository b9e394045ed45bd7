/**
 * The explore file's officials and rankings sections (builder: src/builder/bundle/
 * explore-officials.ts and explore-rankings.ts). The officials table is columnar: one array per
 * column, row i across them is one declaration, so a national set is a few dozen arrays, not
 * tens of thousands of objects. Money is integer EUR cents; money items in other currencies
 * are counted in `otherCurrency`, never summed. Their checks: explore-officials-check.ts.
 */
import type { EntityKind } from './types';

/** The numeric columns a page can rank by and the map can colour by. */
export const OFFICIAL_MEASURES = [
	'posts',
	'interests',
	'incomeCents',
	'outsideIncomeCents',
	'holdingsCents',
	'debtsCents',
	'companies'
] as const;
export type OfficialMeasure = (typeof OFFICIAL_MEASURES)[number];

export interface OfficialColumns {
	/** Person entity id. */
	person: string[];
	/** The person's name as the bundle shows it. */
	name: string[];
	/** The declaration's year. */
	year: number[];
	/** Declaration fact id. */
	declaration: string[];
	/** Index into `institutions`, -1 when the declaration names none. */
	institution: number[];
	/** Index into `parties` (a faction or party, as published), -1 when none is known. */
	party: number[];
	/** Index into `municipalities` (tile ids), -1 unless the institution is a matched council. */
	municipality: number[];
	/** Posts declared outside the declaration's institution. */
	posts: number[];
	/** Declared interests: post, income and shares items. */
	interests: number[];
	incomeCents: number[];
	/** Income whose payer is not the declaration's institution (or names no payer). */
	outsideIncomeCents: number[];
	holdingsCents: number[];
	debtsCents: number[];
	/** Companies the person is tied to, in any year (shareholder, board, owner; confirmed/probable). */
	companies: number[];
	/** Money items in a currency other than EUR, counted, not summed. */
	otherCurrency: number[];
	/** Index into `datasets`. */
	dataset: number[];
	/** The declaration's own source record. */
	record: string[];
	/** Its official page, '' when unknown. */
	url: string[];
}

// prettier-ignore
export const COLUMN_NAMES = [
	'person', 'name', 'year', 'declaration', 'institution', 'party', 'municipality', 'posts',
	'interests', 'incomeCents', 'outsideIncomeCents', 'holdingsCents', 'debtsCents', 'companies',
	'otherCurrency', 'dataset', 'record', 'url'
] as const satisfies readonly (keyof OfficialColumns)[];

/** Every column, empty: the builder fills them row by row. */
export function emptyColumns(): OfficialColumns {
	return Object.fromEntries(COLUMN_NAMES.map((name) => [name, []])) as unknown as OfficialColumns;
}

export interface OfficialTable {
	institutions: { id: string; name: string }[];
	parties: string[];
	municipalities: string[];
	datasets: string[];
	/** Council names no tile matched, with how many rows carry each: listed, never guessed. */
	unmatched: { name: string; rows: number }[];
	columns: OfficialColumns;
}

/** A public office held (a confirmed or probable `holds-post` to an institution or council). */
export interface Office {
	role?: string;
	institution: string;
	institutionId: string;
}

/** A donor's EUR gifts; fees apart; refunds apart; other currencies counted. */
export interface RankedDonor {
	id: string;
	kind: EntityKind;
	name: string;
	count: number;
	cents: number;
	refunds: number;
	refundCents: number;
	feeCount: number;
	feeCents: number;
	feeRefunds: number;
	feeRefundCents: number;
	otherCurrency: number;
	office?: Office;
}

export interface RankedOfficial {
	id: string;
	name: string;
	companies: number;
	office?: Office;
}

export interface RankedCompany {
	id: string;
	kind: EntityKind;
	name: string;
	regNo?: string;
	officials: number;
}

export interface Rankings {
	donors: RankedDonor[];
	byParty: { party: string; name: string; donors: RankedDonor[] }[];
	officials: RankedOfficial[];
	companies: RankedCompany[];
}

/** How many rows each ranking keeps. */
export const RANKING_SIZE = 100;
