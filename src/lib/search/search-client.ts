/** The page's side of the search worker: a load as a promise of the index it built. */
import { nextTask } from '../start/next-task';
import type { PageSearch } from './page-search';
import type { NameOrder, SearchIndex } from './search-index';
import type { SearchAnswer, SearchPort, SearchRequest, SearchResponse } from './search-protocol';
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
}

export interface SearchClient {
	/**
	 * Builds the index in the worker from `version` (the active version if absent), and
	 * answers `query` there (text typed while it loads).
	 */
	load(version?: string, query?: SearchQuery): Promise<SearchLoaded>;
	/** Stops listening; pending promises never settle. */
	close(): void;
}

type Waiting = (response: SearchResponse) => void;

/** Wraps a Worker (or an in-process SearchPort) in promises, matching replies to loads by id. */
export function createSearchClient(port: SearchPort): SearchClient {
	let nextId = 1;
	const waiting = new Map<number, Waiting>();

	/** Name-order tables by load id, until their index is restored (tables may come first). */
	const tables = new Map<number, NameOrder>();
	const restored = new Map<number, PageSearch>();
	const listener = ({ data }: MessageEvent<SearchResponse>) => {
		// Graph answers share the port and have ids of their own (graph-client.ts).
		if (data.type === 'graph') return;
		if (data.type === 'tables') {
			const opened = restored.get(data.id);
			restored.delete(data.id);
			if (opened) opened.attachTables(data.tables);
			else tables.set(data.id, data.tables);
			return;
		}
		const waiter = waiting.get(data.id);
		waiting.delete(data.id);
		waiter?.(data);
	};
	port.addEventListener('message', listener);

	function send(request: SearchRequest & { type: 'load' }): Promise<SearchResponse> {
		return new Promise((resolve) => {
			waiting.set(request.id, resolve);
			port.postMessage(request);
		});
	}

	return {
		async load(version, query) {
			// Fetched while the worker builds: the code that searches on the page.
			const code = import('./page-search');
			code.catch(() => undefined); // reported by the await below, if the load gets that far
			const id = nextId++;
			const response = await send({ type: 'load', id, version, query });
			if (response.type !== 'loaded') {
				throw new Error(
					response.type === 'error' ? response.reason : `unexpected ${response.type} reply`
				);
			}
			const { index, ...loaded } = response;
			const { openIndex } = await code;
			const opened = await openIndex(index, { pause: nextTask });
			const early = tables.get(id);
			tables.delete(id);
			if (early) opened.attachTables(early);
			else restored.set(id, opened);
			return { ...loaded, index: opened.index, search: opened.search };
		},
		close: () => port.removeEventListener('message', listener)
	};
}

/** Starts the search worker; the caller owns it (terminate() it to free its names). */
export function createSearchWorker(): Worker {
	return new Worker(new URL('../reader/reader.worker.ts', import.meta.url), { type: 'module' });
}
