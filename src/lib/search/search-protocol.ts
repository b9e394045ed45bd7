/**
 * Messages between the page and the search worker. The index stays in the worker; only the
 * top hits cross to the page.
 */
import type { EntityKind, SearchDoc } from '../../model/types';
import type { GraphRequest, GraphResponse } from '../graph/graph-protocol';
import type { SearchFacets, SearchHit, SearchQuery } from './search-types';

export type SearchRequest =
	/** Builds the index from the 'search' packs of `version` (the active version if absent). */
	| { type: 'load'; version?: string }
	| { type: 'query'; id: number; query: SearchQuery }
	/** Docs of the given kinds in name order, e.g. every institution for a picker. */
	| { type: 'list'; id: number; kinds: EntityKind[]; limit?: number }
	/** Paths and neighbours (src/lib/graph/): the worker holds the names the graph lacks. */
	| GraphRequest;

export type SearchResponse =
	| { type: 'loaded'; version: string; docs: number; tookMs: number; facets: SearchFacets }
	| { type: 'result'; id: number; hits: SearchHit[]; tookMs: number }
	| { type: 'list'; id: number; docs: SearchDoc[] }
	/** A failed load has no id; a query or list that failed (no index) carries its own. */
	| { type: 'error'; id?: number; reason: string }
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
