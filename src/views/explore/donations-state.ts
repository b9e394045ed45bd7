/**
 * The explorer's selection as the address holds it (DonationsOptions) turned into the explore
 * service's filter and table query, and the changes a click makes to it. Pure.
 */
import type { DonationsOptions } from '../../lib/router/explore-options';
import { SORT_COLUMNS } from '../../lib/router/explore-options';
import type {
	Bar,
	DonationFilter,
	TableQuery,
	TableView,
	Tally
} from '../../lib/explore/explore-protocol';

/** Rows per table page. */
export const PAGE_SIZE = 50;
/** Parties drawn before the rest are folded into "other parties". */
export const TOP_PARTIES = 10;

/** The dimensions a bar click toggles, by their name in DonationsOptions. */
export type Dimension = 'parties' | 'bands' | 'kinds' | 'donors' | 'office';

export function filterOf(options: DonationsOptions): DonationFilter {
	return {
		measure: options.measure ?? 'donations',
		parties: options.parties ?? [],
		...(options.from && { from: options.from }),
		...(options.to && { to: options.to }),
		bands: options.bands ?? [],
		kinds: options.kinds ?? [],
		donors: options.donors ?? [],
		office: options.office ?? [],
		name: options.q ?? ''
	};
}

export function viewOf(options: DonationsOptions): TableView {
	return options.view ?? 'donations';
}

/** The table's page: the view's default order (its first column, descending) unless one is chosen. */
export function tableQueryOf(options: DonationsOptions): TableQuery {
	const view = viewOf(options);
	const sort = options.sort ?? SORT_COLUMNS[view][0] ?? 'date';
	return {
		filter: filterOf(options),
		view,
		sort,
		descending: options.sort === undefined ? true : options.desc === true,
		offset: ((options.page ?? 1) - 1) * PAGE_SIZE,
		limit: PAGE_SIZE
	};
}

/**
 * The query as the service takes it. The page speaks of what was returned (a positive amount);
 * the service keeps refunds as published, negative, so "most returned first" is its ascending.
 */
export function serviceQuery(query: TableQuery): TableQuery {
	return query.sort === 'refundCents' ? { ...query, descending: !query.descending } : query;
}

/** Options without the empty and default values, so one selection has one address. */
export function tidy(options: DonationsOptions): DonationsOptions {
	const entries = Object.entries(options).filter(
		([, value]) =>
			value !== undefined &&
			value !== '' &&
			value !== false &&
			!(Array.isArray(value) && value.length === 0)
	);
	const next = Object.fromEntries(entries) as DonationsOptions;
	if (next.page === 1) delete next.page;
	return next;
}

/** A bar clicked: its key joins the selection, or leaves it; the table goes back to page 1. */
export function toggle(options: DonationsOptions, dimension: Dimension, key: string) {
	const list: string[] = options[dimension] ?? [];
	const next = list.includes(key) ? list.filter((k) => k !== key) : [...list, key];
	return tidy({ ...options, [dimension]: next, page: undefined });
}

export function withPeriod(options: DonationsOptions, from?: string, to?: string) {
	const [a, b] = from && to && from > to ? [to, from] : [from, to];
	return tidy({ ...options, from: a, to: b, page: undefined });
}

/** "Reset": every filter cleared; what is counted and how the table is drawn stay. */
export function reset(options: DonationsOptions): DonationsOptions {
	return tidy({
		measure: options.measure,
		view: options.view,
		sort: options.sort,
		desc: options.desc
	});
}

export function hasFilter(options: DonationsOptions): boolean {
	const { parties, from, to, bands, kinds, donors, office, q } = options;
	return [parties, from, to, bands, kinds, donors, office, q].some((value) => value?.length);
}

/** A column heading clicked: sort by it, or turn the order round if it already is. */
export function sortBy(options: DonationsOptions, column: string): DonationsOptions {
	const query = tableQueryOf(options);
	const descending =
		query.sort === column
			? !query.descending
			: column !== 'name' && column !== 'donorName' && column !== 'partyName';
	const isDefault = column === SORT_COLUMNS[query.view][0] && descending;
	return tidy({
		...options,
		sort: isDefault ? undefined : column,
		desc: !isDefault && descending ? true : undefined,
		page: undefined
	});
}

export interface FoldedParties {
	shown: Bar[];
	/** The folded tail, summed (undefined when nothing is folded). */
	rest?: Tally & { parties: number };
}

/** The largest parties, any selected one kept in view; the rest summed as "other parties". */
export function foldParties(bars: readonly Bar[], selected: readonly string[], showAll: boolean) {
	if (showAll || bars.length <= TOP_PARTIES + 1) return { shown: [...bars] } as FoldedParties;
	const shown = bars.filter((bar, i) => i < TOP_PARTIES || selected.includes(bar.key));
	const folded = bars.filter((bar) => !shown.includes(bar));
	const rest = {
		parties: folded.length,
		count: 0,
		cents: 0,
		refunds: 0,
		refundCents: 0,
		otherCurrency: 0
	};
	for (const bar of folded) {
		rest.count += bar.count;
		rest.cents += bar.cents;
		rest.refunds += bar.refunds;
		rest.refundCents += bar.refundCents;
		rest.otherCurrency += bar.otherCurrency;
	}
	return { shown, rest } as FoldedParties;
}
