/**
 * The search service of the reader worker (reader/), over worker-rpc.ts. The worker reads
 * the docs and builds the index; the page gets it whole (index-snapshot.ts) and searches it
 * itself.
 */
import type { IndexSnapshot } from './index-snapshot';
import type { DocBlocks } from './packed-docs';
import type { NameOrder } from './search-index';
import type { SearchFacets, SearchHit, SearchQuery } from './search-types';

/** The service's name on the reader worker. */
export const SEARCH_SERVICE = 'search';

/** A query's hits and the time the search took. */
export interface SearchAnswer {
	query: SearchQuery;
	hits: SearchHit[];
	tookMs: number;
}

export type SearchRequest =
	/**
	 * Builds the index from the 'search' packs of `version` (the active version if absent),
	 * and answers `query`, typed meanwhile, before it hands the index over. `isEarly`: the
	 * version is a first install whose search docs are stored and the rest of its core not
	 * yet, so the worker's graph and explore services do not take it up (see 'active').
	 */
	| { type: 'load'; version?: string; query?: SearchQuery; isEarly?: boolean }
	/** The version loaded early is active now: the graph and explore services take it up. */
	| { type: 'active'; version: string }
	/**
	 * The name-order tables of the index the load sent just before builds (index-snapshot.ts):
	 * sent with the load, answered in a task after its reply, off the path to searchable.
	 */
	| { type: 'tables' }
	/**
	 * The docs of that load as blocks (doc-blocks.ts), made after its tables when it sent
	 * lines: the page keeps them instead. The reply has none when the load sent blocks.
	 */
	| { type: 'docs' };

export type SearchResponse =
	| {
			type: 'loaded';
			version: string;
			docs: number;
			tookMs: number;
			facets: SearchFacets;
			index: IndexSnapshot;
			answer?: SearchAnswer;
			/** The index was read as stored, not built (stored-index.ts). */
			isStored?: true;
	  }
	| { type: 'tables'; tables: NameOrder }
	| { type: 'docs'; docs?: DocBlocks }
	| { type: 'active' };
