/**
 * What the "money to parties" explorer selects, as address parameters, so a copied link draws
 * the same selection. Defaults are left out of the address; an unknown or malformed value is
 * dropped (never an error), and lists are capped so a hand-made link cannot ask for more than
 * a user could click together.
 */
import { DONATION_KINDS, type DonationKind } from '../../model/types';
import {
	AMOUNT_BANDS,
	DONOR_KINDS,
	OFFICE_KEYS,
	type BandId,
	type DonorKind,
	type MoneyMeasure,
	type OfficeKey,
	type TableView
} from '../explore/explore-protocol';

export interface DonationsOptions {
	/** 'donations' is the default. */
	measure?: Exclude<MoneyMeasure, 'donations'>;
	parties?: string[];
	/** Inclusive months, `YYYY-MM`. */
	from?: string;
	to?: string;
	bands?: BandId[];
	kinds?: DonationKind[];
	donors?: DonorKind[];
	office?: OfficeKey[];
	/** The table's name filter. */
	q?: string;
	/** 'donations' (one row per gift) is the default. */
	view?: Exclude<TableView, 'donations'>;
	/** A column other than the view's default order, and its direction. */
	sort?: string;
	desc?: true;
	/** 1-based; page 1 is the default. */
	page?: number;
}

/** The columns each table view sorts by; the first is its default, largest or latest first. */
export const SORT_COLUMNS: Readonly<Record<TableView, readonly string[]>> = {
	donations: ['date', 'cents', 'partyName', 'donorName', 'kind', 'office'],
	donors: ['cents', 'name', 'count', 'refunds', 'refundCents', 'office', 'parties']
};

export const MAX_PARTIES = 50;
export const MAX_PAGE = 100_000;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const BAND_IDS: readonly string[] = AMOUNT_BANDS.map((band) => band.id);

function listParam<T extends string>(
	query: URLSearchParams,
	key: string,
	known: readonly string[]
): T[] | undefined {
	const given = new Set((query.get(key) ?? '').split(','));
	// In the catalogue's order, so one selection has one address.
	const list = known.filter((value) => given.has(value)) as T[];
	return list.length > 0 ? list : undefined;
}

/** Reads the explorer's options; anything unknown is left out. */
export function parseDonationsOptions(query: URLSearchParams): DonationsOptions {
	const options: DonationsOptions = {};
	const measure = query.get('measure');
	if (measure === 'fees' || measure === 'both') options.measure = measure;
	const parties = [...new Set((query.get('party') ?? '').split(','))]
		.filter((id) => id !== '')
		.slice(0, MAX_PARTIES);
	if (parties.length > 0) options.parties = parties;
	const [from, to] = [query.get('from') ?? '', query.get('to') ?? ''];
	if (MONTH.test(from)) options.from = from;
	if (MONTH.test(to)) options.to = to;
	if (options.from && options.to && options.from > options.to)
		[options.from, options.to] = [options.to, options.from];
	const lists = {
		bands: listParam<BandId>(query, 'band', BAND_IDS),
		kinds: listParam<DonationKind>(query, 'kind', DONATION_KINDS),
		donors: listParam<DonorKind>(query, 'donor', DONOR_KINDS),
		office: listParam<OfficeKey>(query, 'office', OFFICE_KEYS)
	};
	for (const [key, list] of Object.entries(lists))
		if (list) Object.assign(options, { [key]: list });
	const q = query.get('q')?.trim();
	if (q) options.q = q;
	if (query.get('view') === 'donors') options.view = 'donors';
	const sort = query.get('sort') ?? '';
	const desc = query.get('desc') === '1';
	const columns = SORT_COLUMNS[options.view ?? 'donations'];
	// The default order is the first column, descending: the address leaves it out.
	if (columns.includes(sort) && !(sort === columns[0] && desc)) {
		options.sort = sort;
		if (desc) options.desc = true;
	}
	const page = Number(query.get('page'));
	if (Number.isInteger(page) && page > 1) options.page = Math.min(page, MAX_PAGE);
	return options;
}

/** Each option's parameter, in the address's order. */
const PARAMS: readonly [keyof DonationsOptions, string][] = [
	['measure', 'measure'],
	['parties', 'party'],
	['from', 'from'],
	['to', 'to'],
	['bands', 'band'],
	['kinds', 'kind'],
	['donors', 'donor'],
	['office', 'office'],
	['q', 'q'],
	['view', 'view'],
	['sort', 'sort'],
	['desc', 'desc'],
	['page', 'page']
];

/** Writes the explorer's options into `query`, defaults left out; lists joined with commas. */
export function writeDonationsOptions(options: DonationsOptions, query: URLSearchParams): void {
	for (const [key, param] of PARAMS) {
		const value = options[key];
		if (value === undefined || value === '' || value === 1 || String(value) === '') continue;
		query.set(param, value === true ? '1' : String(value));
	}
}
