/**
 * Messages between the page and the search worker. The worker reads the docs and builds the
 * index; the page gets it whole (index-snapshot.ts) and searches it itself. The worker keeps
 * the names the graph lacks and answers graph queries.
 */
import type { GraphRequest, GraphResponse } from '../graph/graph-protocol';
import type { IndexSnapshot } from './index-snapshot';
import type { NameOrder } from './search-index';
import type { SearchFacets, SearchHit, SearchQuery } from './search-types';

/** A query's hits and the time the search took. */
export interface SearchAnswer {
	query: SearchQuery;
	hits: SearchHit[];
	tookMs: number;
}

export type SearchRequest =
	/**
	 * Builds the index from the 'search' packs of `version` (the active version if absent),
	 * and answers `query`, typed meanwhile, before it hands the index over.
	 */
	| { type: 'load'; id: number; version?: string; query?: SearchQuery }
	/** Paths and neighbours (src/lib/graph/): the worker holds the names the graph lacks. */
	| GraphRequest;

export type SearchResponse =
	| {
			type: 'loaded';
			id: number;
			version: string;
			docs: number;
			tookMs: number;
			facets: SearchFacets;
			index: IndexSnapshot;
			answer?: SearchAnswer;
	  }
	/** The name-order tables of load `id`'s index, made after its reply (index-snapshot.ts). */
	| { type: 'tables'; id: number; tables: NameOrder }
	/** A failed load. */
	| { type: 'error'; id: number; reason: string }
	| GraphResponse;

/** A Worker, or anything that speaks the protocol like one (tests pass an in-process fake). */
export interface SearchPort {
	postMessage(message: SearchRequest): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<SearchResponse>) => void): void;
	removeEventListener(
		type: 'message',
		listener: (event: MessageEvent<SearchResponse>) => void
	): void;
}
