/**
 * The explore service of the reader worker (reader/), over worker-rpc.ts: cross-filtered
 * overviews of the whole bundle, computed over the explore file's columns in the worker, so a
 * filter click never walks record objects on the page. Each chart's bars are counted with
 * every filter except its own (as in crossfilter), so the clicked chart keeps its other bars.
 * Money is integer cents; only EUR is summed, rows in other currencies are counted apart.
 * Gifts and refunds are never netted: every figure has both sides.
 */
import type { DonationKind, SourceRef } from '../../model/types';
import type { FlagsPage, FlagsQuery } from '../flags/flags-page';

/** The service's name on the reader worker. */
export const EXPLORE_SERVICE = 'explore';

/** What "money to parties" counts: private donations, membership and entry fees, or both. */
export const MONEY_MEASURES = ['donations', 'fees', 'both'] as const;
export type MoneyMeasure = (typeof MONEY_MEASURES)[number];

export const DONOR_KINDS = ['person', 'organisation', 'anonymous'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];

/** Whether the donor holds or held an office (a confirmed or probable link only). */
export const OFFICE_KEYS = ['office', 'no-office'] as const;
export type OfficeKey = (typeof OFFICE_KEYS)[number];

/** Amount bands by the size of one gift (refunds by what was returned), in EUR cents. */
export const AMOUNT_BANDS = [
	{ id: 'lt50', min: 0, max: 5_000 },
	{ id: '50-200', min: 5_000, max: 20_000 },
	{ id: '200-1k', min: 20_000, max: 100_000 },
	{ id: '1k-5k', min: 100_000, max: 500_000 },
	{ id: '5k-10k', min: 500_000, max: 1_000_000 },
	{ id: 'ge10k', min: 1_000_000, max: Infinity }
] as const;
export type BandId = (typeof AMOUNT_BANDS)[number]['id'];

/** A selection; an empty list selects everything on that dimension. */
export interface DonationFilter {
	measure: MoneyMeasure;
	/** Party entity ids. */
	parties: string[];
	/** Inclusive months, `YYYY-MM`. */
	from?: string;
	to?: string;
	bands: BandId[];
	kinds: DonationKind[];
	donors: DonorKind[];
	office: OfficeKey[];
	/** Donor name contains this (folded: no case, no diacritics); '' selects all. */
	name: string;
}

/** Gifts and refunds apart, never netted; `otherCurrency` rows are counted, not summed. */
export interface Tally {
	count: number;
	cents: number;
	refunds: number;
	refundCents: number;
	otherCurrency: number;
}

export interface Bar extends Tally {
	/** Party id, `YYYY-MM`, band id, donation kind, donor kind or office key. */
	key: string;
	/** A party's name as published; the key otherwise (the page translates it). */
	label: string;
}

export interface DonationOverview extends Tally {
	/** Distinct donors in the selection (anonymous rows count as none). */
	donorCount: number;
	/** Every party, largest EUR gifts first; the page folds the tail into "other parties". */
	parties: Bar[];
	/** Every month with a row, in order. */
	months: Bar[];
	bands: Bar[];
	kinds: Bar[];
	donors: Bar[];
	office: Bar[];
}

export type TableView = 'donations' | 'donors';

export interface TableQuery {
	filter: DonationFilter;
	view: TableView;
	/** A column of the view's rows. */
	sort: string;
	descending: boolean;
	offset: number;
	limit: number;
}

export interface DonationRow {
	id: string;
	date: string;
	party: string;
	partyName: string;
	/** Absent for anonymous gifts and donors with no resolved entity. */
	donor?: string;
	donorName: string;
	kind: DonationKind;
	cents: number;
	currency: string;
	isRefund: boolean;
	office: boolean;
	source: SourceRef;
}

export interface DonorRow extends Tally {
	donor?: string;
	name: string;
	/** Party ids this donor gave to in the selection. */
	parties: string[];
	office: boolean;
}

export interface TablePage<R> {
	total: number;
	rows: R[];
}

export type ExploreRequest =
	| { call: 'overview'; filter: DonationFilter }
	| { call: 'table'; query: TableQuery }
	/** Every selected row, for a download. */
	| { call: 'rows'; filter: DonationFilter; view: TableView }
	/** A page of the red flags (the flags page), counted in the worker, where the flags stay. */
	| { call: 'flags'; query: FlagsQuery }
	/** Loads the explore file ahead of the page's first call (a page opened by its address). */
	| { call: 'preload' };

export type ExploreResponse =
	| { ok: true; overview: DonationOverview }
	| { ok: true; page: TablePage<DonationRow> | TablePage<DonorRow> }
	| { ok: true; flagsPage: FlagsPage }
	| { ok: true; preloaded: true }
	/** `missing`: the installed bundle has no explore file. */
	| { ok: false; missing: boolean; reason: string };
