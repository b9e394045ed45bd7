/**
 * The search worker's logic without the worker: answers protocol requests from an index
 * built over docs read by `readDocs`. The worker wires it to Dexie and postMessage; tests
 * run it in process through createLocalPort.
 */
import type { SearchDoc } from '../../model/types';
import { createGraphHandler, type ReadGraph } from '../graph/graph-handler';
import { describeFacets } from './doc-filter';
import type { SearchPort, SearchRequest, SearchResponse } from './search-protocol';
import {
	buildSearchIndex,
	listDocs,
	prepareShortQueries,
	searchIndex,
	type SearchIndex
} from './search-index';

/** Reads every search doc of a version (the active one when absent). */
export type ReadSearchDocs = (version?: string) => Promise<{ version: string; docs: SearchDoc[] }>;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const noGraph: ReadGraph = () => Promise.resolve(undefined);

export function createSearchHandler(
	readDocs: ReadSearchDocs,
	now = () => performance.now(),
	readGraph = noGraph
) {
	let index: Promise<SearchIndex> | undefined;
	let loaded: Promise<{ version: string; docs: readonly SearchDoc[] }> | undefined;
	const graph = createGraphHandler(readGraph, () => {
		if (!loaded) throw new Error('search index not loaded; send {type: "load"} first');
		return loaded;
	});

	async function load(version?: string): Promise<SearchResponse> {
		const started = now();
		const loading = readDocs(version).then((read) => ({
			read,
			index: buildSearchIndex(read.docs)
		}));
		index = loading.then((done) => done.index);
		loaded = loading.then((done) => done.read);
		// The load's own reply reports a failure; this copy must not count as unhandled.
		loaded.catch(() => {});
		graph.reset();
		try {
			const { read, index: built } = await loading;
			// Once the reply is out: the first letter typed then needs no table built.
			setTimeout(() => prepareShortQueries(built));
			const facets = describeFacets(read.docs);
			return {
				type: 'loaded',
				version: read.version,
				docs: read.docs.length,
				tookMs: now() - started,
				facets
			};
		} catch (error) {
			return { type: 'error', reason: reasonOf(error) };
		}
	}

	/** Answers one request; queries sent before a load wait for it. */
	return async function handle(request: SearchRequest): Promise<SearchResponse> {
		if (request.type === 'load') return load(request.version);
		if (request.type === 'graph') return graph.handle(request);
		try {
			if (!index) throw new Error('search index not loaded; send {type: "load"} first');
			const ready = await index;
			if (request.type === 'list') {
				return {
					type: 'list',
					id: request.id,
					docs: listDocs(ready, request.kinds, request.limit)
				};
			}
			const started = now();
			const hits = searchIndex(ready, request.query);
			return { type: 'result', id: request.id, hits, tookMs: now() - started };
		} catch (error) {
			return { type: 'error', id: request.id, reason: reasonOf(error) };
		}
	};
}

export type SearchHandler = ReturnType<typeof createSearchHandler>;

/** A SearchPort that answers in this thread, asynchronously like a worker. */
export function createLocalPort(handle: SearchHandler): SearchPort {
	const listeners = new Set<(event: MessageEvent<SearchResponse>) => void>();
	return {
		postMessage(message) {
			void handle(structuredClone(message)).then((response) => {
				const event = new MessageEvent('message', { data: structuredClone(response) });
				for (const listener of listeners) listener(event);
			});
		},
		addEventListener: (_, listener) => listeners.add(listener),
		removeEventListener: (_, listener) => listeners.delete(listener)
	};
}
