/**
 * The search code the page needs once an index is here, loaded then (search-client.ts):
 * fuse.js and the ranking are not part of the first screen's JS.
 */
import { restoreIndex, type IndexSnapshot, type RestoreOptions } from './index-snapshot';
import { attachTables, searchIndex, type NameOrder, type SearchIndex } from './search-index';
import type { SearchHit, SearchQuery } from './search-types';

export interface PageSearch {
	index: SearchIndex;
	search(query: SearchQuery): SearchHit[];
	/** The name-order tables the worker sends after the index. */
	attachTables(tables: NameOrder): void;
}

export async function openIndex(
	snapshot: IndexSnapshot,
	options?: RestoreOptions
): Promise<PageSearch> {
	const index = await restoreIndex(snapshot, options);
	return {
		index,
		search: (query) => searchIndex(index, query),
		attachTables: (tables) => attachTables(index, tables)
	};
}
