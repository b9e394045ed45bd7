/** The page's side of the search service: a load as a promise of the index it built. */
import { nextTask } from '../start/next-task';
import type { RpcClient } from '../worker-rpc';
import type { SearchIndex } from './search-index';
import {
	SEARCH_SERVICE,
	type SearchAnswer,
	type SearchRequest,
	type SearchResponse
} from './search-protocol';
import type { SearchFacets, SearchHit, SearchQuery } from './search-types';

export interface SearchLoaded {
	version: string;
	docs: number;
	tookMs: number;
	facets: SearchFacets;
	/** The worker's index, now the page's: searched in this thread (search-index.ts). */
	index: SearchIndex;
	/** Searches that index, synchronously. */
	search(query: SearchQuery): SearchHit[];
	/** The worker's answer to the query passed to load. */
	answer?: SearchAnswer;
	/** The index was read as the device stored it, not built (stored-index.ts). */
	isStored?: true;
}

export interface SearchClient {
	/**
	 * Builds the index in the worker from `version` (the active version if absent), and
	 * answers `query` there (text typed while it loads).
	 */
	load(
		version?: string,
		query?: SearchQuery,
		options?: { isEarly?: boolean }
	): Promise<SearchLoaded>;
	/** Tells the worker that `version`, loaded early, is active now (no new index is built). */
	activate(version: string): Promise<void>;
}

/** Loads over the reader worker's client (reader/reader.ts), or one in process (tests). */
export function createSearchClient(rpc: RpcClient): SearchClient {
	const send = (request: SearchRequest) => rpc.call<SearchResponse>(SEARCH_SERVICE, request);
	return {
		async load(version, query, { isEarly = false } = {}) {
			// Fetched while the worker builds: the code that searches on the page.
			const code = import('./page-search');
			code.catch(() => undefined); // reported by the await below, if the load gets that far
			const reply = send({ type: 'load', version, query, ...(isEarly && { isEarly }) });
			// Sent with the load, so the worker makes them right after its reply.
			const tables = send({ type: 'tables' });
			tables.catch(() => undefined); // a failed load's tables fail too; the load says why
			const blocks = send({ type: 'docs' });
			blocks.catch(() => undefined);
			const response = await reply;
			if (response.type !== 'loaded') throw new Error(`unexpected ${response.type} reply`);
			const { index, type: _type, ...loaded } = response;
			const { openIndex } = await code;
			const opened = await openIndex(index, { pause: nextTask });
			void tables.then(
				(answer) => {
					if (answer.type === 'tables') opened.attachTables(answer.tables);
				},
				() => undefined
			);
			void blocks.then(
				(answer) => {
					if (answer.type === 'docs' && answer.docs) opened.attachDocs(answer.docs);
				},
				() => undefined
			);
			return { ...loaded, index: opened.index, search: opened.search };
		},
		async activate(version) {
			const response = await send({ type: 'active', version });
			if (response.type !== 'active') throw new Error(`unexpected ${response.type} reply`);
		}
	};
}
