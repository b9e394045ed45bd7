/** The officials page's next selections: pure, so the page only draws and hands them up. */
import type { OfficialSort } from '../../lib/explore/officials-protocol';
import { DEFAULT_SORT, sortOf, type OfficialsOptions } from '../../lib/router/officials-options';

const TEXT_COLUMNS: readonly OfficialSort[] = ['name', 'institution', 'party'];

/** Drops empty values, so one selection has one address. */
export function tidy(next: OfficialsOptions): OfficialsOptions {
	return Object.fromEntries(
		Object.entries(next).filter(([, value]) => value !== undefined && value !== '')
	) as OfficialsOptions;
}

/**
 * A heading press: the same column turns its order round; another starts with its natural
 * order (text A–Z, figures largest first). Back on page 1.
 */
export function sortedBy(options: OfficialsOptions, column: OfficialSort): OfficialsOptions {
	const order = sortOf(options);
	const descending = order.sort === column ? !order.descending : !TEXT_COLUMNS.includes(column);
	const isDefault = column === DEFAULT_SORT && descending;
	return tidy({
		...options,
		sort: isDefault ? undefined : column,
		desc: !isDefault && descending ? true : undefined,
		page: undefined
	});
}
