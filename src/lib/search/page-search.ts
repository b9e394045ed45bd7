/**
 * The search code the page needs once an index is here, loaded then (search-client.ts):
 * fuse.js and the ranking are not part of the first screen's JS.
 */
import { restoreIndex, type IndexSnapshot, type RestoreOptions } from './index-snapshot';
import { searchIndex, type SearchIndex } from './search-index';
import type { SearchHit, SearchQuery } from './search-types';

export interface PageSearch {
	index: SearchIndex;
	search(query: SearchQuery): SearchHit[];
}

export async function openIndex(
	snapshot: IndexSnapshot,
	options?: RestoreOptions
): Promise<PageSearch> {
	const index = await restoreIndex(snapshot, options);
	return { index, search: (query) => searchIndex(index, query) };
}
