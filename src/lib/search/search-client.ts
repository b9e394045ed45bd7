/** The page's side of the search worker: requests with ids, answers as promises. */
import type { EntityKind, SearchDoc } from '../../model/types';
import type { SearchPort, SearchRequest, SearchResponse } from './search-protocol';
import type { SearchFacets, SearchHit, SearchQuery } from './search-types';

export interface SearchLoaded {
	version: string;
	docs: number;
	tookMs: number;
	facets: SearchFacets;
}

export interface SearchAnswer {
	hits: SearchHit[];
	tookMs: number;
}

export interface SearchClient {
	/** Builds the index in the worker from `version` (the active version if absent). */
	load(version?: string): Promise<SearchLoaded>;
	search(query: SearchQuery): Promise<SearchAnswer>;
	list(kinds: EntityKind[], limit?: number): Promise<SearchDoc[]>;
	/** Stops listening; pending promises never settle. */
	close(): void;
}

type Waiting = (response: SearchResponse) => void;

/** Wraps a Worker (or an in-process SearchPort) in promises, matching answers to requests by id. */
export function createSearchClient(port: SearchPort): SearchClient {
	let nextId = 1;
	const waiting = new Map<number, Waiting>();
	let loading: Waiting[] = [];

	const listener = ({ data }: MessageEvent<SearchResponse>) => {
		// Graph answers share the port and have ids of their own (graph-client.ts).
		if (data.type === 'graph') return;
		if (data.type === 'loaded' || data.id === undefined) {
			const settled = loading;
			loading = [];
			for (const waiter of settled) waiter(data);
			return;
		}
		const waiter = waiting.get(data.id);
		waiting.delete(data.id);
		waiter?.(data);
	};
	port.addEventListener('message', listener);

	function send(request: SearchRequest): Promise<SearchResponse> {
		return new Promise((resolve) => {
			if (request.type === 'load') loading.push(resolve);
			else waiting.set(request.id, resolve);
			port.postMessage(request);
		});
	}

	const failure = (response: SearchResponse) =>
		new Error(response.type === 'error' ? response.reason : `unexpected ${response.type} reply`);

	return {
		async load(version) {
			const response = await send({ type: 'load', version });
			if (response.type !== 'loaded') throw failure(response);
			return {
				version: response.version,
				docs: response.docs,
				tookMs: response.tookMs,
				facets: response.facets
			};
		},
		async search(query) {
			const response = await send({ type: 'query', id: nextId++, query });
			if (response.type !== 'result') throw failure(response);
			return { hits: response.hits, tookMs: response.tookMs };
		},
		async list(kinds, limit) {
			const response = await send({ type: 'list', id: nextId++, kinds, limit });
			if (response.type !== 'list') throw failure(response);
			return response.docs;
		},
		close: () => port.removeEventListener('message', listener)
	};
}

/** Starts the search worker; the caller owns it (terminate() it to free the index). */
export function createSearchWorker(): Worker {
	return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
}
