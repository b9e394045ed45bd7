/**
 * The search code the page needs once an index is here, loaded then (search-client.ts):
 * fuse.js and the ranking are not part of the first screen's JS.
 */
import { restoreIndex, type IndexSnapshot, type RestoreOptions } from './index-snapshot';
import { BlockedDocs, type DocBlocks } from './packed-docs';
import { attachTables, searchIndex, type NameOrder, type SearchIndex } from './search-index';
import type { SearchHit, SearchQuery } from './search-types';

export interface PageSearch {
	index: SearchIndex;
	search(query: SearchQuery): SearchHit[];
	/** The name-order tables the worker sends after the index. */
	attachTables(tables: NameOrder): void;
	/** The docs as blocks, which the worker sends after an index with lines: the lines go. */
	attachDocs(docs: DocBlocks): void;
}

export async function openIndex(
	snapshot: IndexSnapshot,
	options?: RestoreOptions
): Promise<PageSearch> {
	const index = await restoreIndex(snapshot, options);
	return {
		index,
		search: (query) => searchIndex(index, query),
		attachTables: (tables) => attachTables(index, tables),
		attachDocs: (docs) => {
			if (docs.count === index.docs.length) index.docs = new BlockedDocs(docs);
		}
	};
}
