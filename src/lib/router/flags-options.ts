/**
 * What the flags page (#/flags) selects, as address parameters, so a copied link shows the
 * same flags: kind, year, party, institution, sort and page. Defaults are left out of the
 * address; a malformed value is dropped (never an error). The kind is checked against the
 * catalogue by the page, which knows it; here it is only bounded.
 */
import type { FlagSort } from '../../model/flags';

export { FLAG_SORTS, type FlagSort } from '../../model/flags';

export interface FlagsOptions {
	kind?: string;
	year?: number;
	/** A party's or an institution's entity id. */
	party?: string;
	institution?: string;
	/** 'year' (newest first) is the default. */
	sort?: Exclude<FlagSort, 'year'>;
	/** 1-based; page 1 is the default. */
	page?: number;
}

const MAX_ID = 200;
const MAX_PAGE = 100_000;

function idParam(query: URLSearchParams, key: string): string | undefined {
	const value = query.get(key);
	return value && value.length <= MAX_ID ? value : undefined;
}

export function parseFlagsOptions(query: URLSearchParams): FlagsOptions {
	const year = query.get('year') ?? '';
	const sort = query.get('sort') ?? '';
	const page = Number(query.get('page'));
	const options: FlagsOptions = {
		kind: idParam(query, 'kind'),
		year: /^\d{4}$/.test(year) ? Number(year) : undefined,
		party: idParam(query, 'party'),
		institution: idParam(query, 'institution'),
		sort: sort === 'name' || sort === 'kind' ? sort : undefined,
		page: Number.isInteger(page) && page > 1 && page <= MAX_PAGE ? page : undefined
	};
	return tidyFlagsOptions(options);
}

/** The options without their unset fields, so one selection has one address and one route. */
export function tidyFlagsOptions(options: FlagsOptions): FlagsOptions {
	return Object.fromEntries(
		Object.entries(options).filter(([, value]) => value !== undefined)
	) as FlagsOptions;
}

/** Writes the options in a fixed order. */
export function writeFlagsOptions(options: FlagsOptions, query: URLSearchParams): void {
	for (const key of ['kind', 'year', 'party', 'institution', 'sort', 'page'] as const) {
		const value = options[key];
		if (value !== undefined) query.set(key, String(value));
	}
}
