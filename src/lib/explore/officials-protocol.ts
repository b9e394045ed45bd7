/**
 * The officials' declarations and rankings calls of the explore service (explore-protocol.ts):
 * the page asks, the reader worker answers from the explore file's `officials` and `rankings`
 * sections (officials-handler.ts). Money is integer EUR cents; other currencies are counted.
 */
import type { OfficialMeasure, Rankings } from '../../model/explore-officials';
import type { SourceRef } from '../../model/types';

/** A selection; an absent field selects everything on that dimension. */
export interface OfficialFilter {
	year?: number;
	/** An institution's key: its entity id, or `=<name>` when it has none. */
	institution?: string;
	/** A party or faction as published. */
	party?: string;
	/** A municipality tile id (src/model/lv-municipalities.ts). */
	municipality?: string;
	/** Name contains this (folded: no case, no diacritics); '' selects all. */
	name?: string;
}

export const OFFICIAL_SORTS = ['name', 'year', 'institution', 'party'] as const;
export type OfficialSort = (typeof OFFICIAL_SORTS)[number] | OfficialMeasure;

/** What the map colours councils by. */
export const MAP_MEASURES = ['interests', 'incomeCents', 'holdingsCents'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

export interface OfficialQuery {
	filter: OfficialFilter;
	sort: OfficialSort;
	descending: boolean;
	offset: number;
	limit: number;
}

export interface OfficialRow {
	person: string;
	name: string;
	year: number;
	declaration: string;
	institution?: { key: string; id?: string; name: string };
	party?: string;
	municipality?: string;
	posts: number;
	interests: number;
	incomeCents: number;
	outsideIncomeCents: number;
	holdingsCents: number;
	debtsCents: number;
	companies: number;
	otherCurrency: number;
	source: SourceRef;
}

/** The sums of the selected rows (every row, not only the page shown). */
export interface OfficialTotals {
	rows: number;
	people: number;
	incomeCents: number;
	outsideIncomeCents: number;
	holdingsCents: number;
	debtsCents: number;
	otherCurrency: number;
}

export interface OfficialsPage {
	totals: OfficialTotals;
	rows: OfficialRow[];
}

/** What the filters can choose from, with how many rows each has. */
export interface OfficialOptions {
	years: number[];
	institutions: { key: string; name: string; rows: number }[];
	parties: { name: string; rows: number }[];
	/** Council names no tile matched: listed, never guessed. */
	unmatched: { name: string; rows: number }[];
}

/** One tile's figure: the council deputies' rows selected by every filter but the municipality. */
export interface MunicipalityValue {
	id: string;
	rows: number;
	value: number;
}

export type OfficialsRequest =
	| { call: 'official-options' }
	| { call: 'officials'; query: OfficialQuery }
	| { call: 'official-map'; filter: OfficialFilter; measure: MapMeasure }
	/** Every selected row, sorted, for a download. */
	| { call: 'official-rows'; filter: OfficialFilter; sort: OfficialSort; descending: boolean }
	| { call: 'rankings' };

/** Each reply's key is its own, so these replies never read as the donation explorer's. */
export type OfficialsResponse =
	| { ok: true; officialOptions: OfficialOptions }
	| { ok: true; officialsPage: OfficialsPage }
	| { ok: true; officialMap: MunicipalityValue[] }
	| { ok: true; officialRows: OfficialRow[] }
	| { ok: true; rankings: Rankings }
	/** `missing`: the installed bundle has no explore file, or one without these sections. */
	| { ok: false; missing: boolean; reason: string };

const CALLS: ReadonlySet<string> = new Set([
	'official-options',
	'officials',
	'official-map',
	'official-rows',
	'rankings'
]);

/** Whether an explore request is one of these (the explore handler hands it on). */
export function isOfficialsRequest(request: { call: string }): request is OfficialsRequest {
	return CALLS.has(request.call);
}
