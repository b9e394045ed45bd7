/**
 * The donations page's first answers, computed at install and stored beside the explore
 * columns (storage/versions.ts): what the page asks as it opens with nothing chosen, so a
 * warm open draws its charts and first rows from one small read while the reader worker
 * still loads the columns. Only these two questions are answered from it; any other goes to
 * the engine. The engine computed it, so it is the engine's answer to the same question.
 */
import type {
	DonationFilter,
	DonationOverview,
	DonationRow,
	TablePage,
	TableQuery
} from './explore-protocol';
import type { ExploreEngine } from './explore-engine';

/** What the donations page asks first: donations, nothing chosen. */
export const FIRST_FILTER: DonationFilter = {
	measure: 'donations',
	parties: [],
	bands: [],
	kinds: [],
	donors: [],
	office: [],
	name: ''
};

/** Its table's first page in the default order (donations-state.ts tableQueryOf). */
export const FIRST_QUERY: TableQuery = {
	filter: FIRST_FILTER,
	view: 'donations',
	sort: 'date',
	descending: true,
	offset: 0,
	limit: 50
};

export interface ExploreFirstView {
	overview: DonationOverview;
	table: { query: TableQuery; page: TablePage<DonationRow> };
}

/** Equal as the engine sees them: the same values, whatever the order of their keys. */
export function isSameQuestion(a: unknown, b: unknown): boolean {
	return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
			: v
	);
}

/** The first answers of an engine (at install, over the columns just encoded). */
export function firstViewOf(engine: Pick<ExploreEngine, 'overview' | 'table'>): ExploreFirstView {
	return {
		overview: engine.overview(FIRST_FILTER),
		table: { query: FIRST_QUERY, page: engine.table(FIRST_QUERY) as TablePage<DonationRow> }
	};
}
