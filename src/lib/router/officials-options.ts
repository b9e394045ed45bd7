/**
 * What the officials' declarations page selects, as address parameters
 * (`#/explore/officials?year=2023&municipality=riga&measure=incomeCents&sort=posts&desc=1`),
 * and the rankings page's chosen party. Defaults are left out; an unknown or malformed value is
 * dropped, never an error.
 */
import { OFFICIAL_MEASURES } from '../../model/explore-officials';
import {
	MAP_MEASURES,
	OFFICIAL_SORTS,
	type MapMeasure,
	type OfficialSort
} from '../explore/officials-protocol';

export interface OfficialsOptions {
	year?: number;
	/** An institution key (officials-protocol.ts). */
	institution?: string;
	party?: string;
	/** A municipality tile id. */
	municipality?: string;
	/** What the map shows; 'interests' is the default. */
	measure?: Exclude<MapMeasure, 'interests'>;
	/** The table's order; DEFAULT_SORT, largest first, is the default. */
	sort?: OfficialSort;
	desc?: true;
	q?: string;
	/** 1-based; page 1 is the default. */
	page?: number;
}

export interface RankingsOptions {
	/** The party whose donors are listed (a party entity id). */
	party?: string;
}

export const DEFAULT_SORT: OfficialSort = 'incomeCents';
const SORTS: readonly string[] = [...OFFICIAL_SORTS, ...OFFICIAL_MEASURES];
const MAX_TEXT = 300;

export function parseOfficialsOptions(query: URLSearchParams): OfficialsOptions {
	const options: OfficialsOptions = {};
	const year = Number(query.get('year'));
	if (Number.isInteger(year) && year >= 1900 && year <= 2100) options.year = year;
	for (const key of ['institution', 'party', 'municipality', 'q'] as const) {
		const value = query.get(key)?.trim().slice(0, MAX_TEXT);
		if (value) options[key] = value;
	}
	const measure = query.get('measure');
	if (measure !== 'interests' && (MAP_MEASURES as readonly string[]).includes(measure ?? ''))
		options.measure = measure as OfficialsOptions['measure'];
	const sort = query.get('sort') ?? '';
	const desc = query.get('desc') === '1';
	if (SORTS.includes(sort) && !(sort === DEFAULT_SORT && desc)) {
		options.sort = sort as OfficialSort;
		if (desc) options.desc = true;
	}
	const page = Number(query.get('page'));
	if (Number.isInteger(page) && page > 1) options.page = Math.min(page, 100_000);
	return options;
}

export function writeOfficialsOptions(options: OfficialsOptions, query: URLSearchParams): void {
	if (options.year) query.set('year', String(options.year));
	if (options.institution) query.set('institution', options.institution);
	if (options.party) query.set('party', options.party);
	if (options.municipality) query.set('municipality', options.municipality);
	if (options.measure) query.set('measure', options.measure);
	if (options.sort) query.set('sort', options.sort);
	if (options.desc) query.set('desc', '1');
	if (options.q) query.set('q', options.q);
	if (options.page && options.page > 1) query.set('page', String(options.page));
}

export function parseRankingsOptions(query: URLSearchParams): RankingsOptions {
	const party = query.get('party')?.trim().slice(0, MAX_TEXT);
	return party ? { party } : {};
}

/** The table's order an options object stands for. */
export function sortOf(options: OfficialsOptions): { sort: OfficialSort; descending: boolean } {
	return options.sort
		? { sort: options.sort, descending: !!options.desc }
		: { sort: DEFAULT_SORT, descending: true };
}
