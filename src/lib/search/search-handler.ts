/**
 * The search worker's logic without the worker: builds the index over docs read by
 * `readDocs` and hands it over in the load's reply, and answers graph queries with the names
 * it keeps. The worker wires it to Dexie and postMessage; tests run it in process through
 * createLocalPort.
 */
import type { SearchDoc } from '../../model/types';
import { createGraphHandler, type NamedDoc, type ReadGraph } from '../graph/graph-handler';
import { describeFacets } from './doc-filter';
import { pickExamples } from './examples';
import { takeSnapshot } from './index-snapshot';
import { docLinesOf, type DocLines } from './packed-docs';
import type { SearchAnswer, SearchPort, SearchRequest, SearchResponse } from './search-protocol';
import { buildSearchIndex, nameOrderOf, searchIndex, type SearchIndex } from './search-index';
import type { SearchQuery } from './search-types';

/**
 * Reads every search doc of a version (the active one when absent), and their JSON Lines
 * when it has them (search-source.ts); else the lines are written from the docs.
 */
export type ReadSearchDocs = (
	version?: string
) => Promise<{ version: string; docs: SearchDoc[]; lines?: DocLines }>;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const noGraph: ReadGraph = () => Promise.resolve(undefined);

/**
 * `post` sends what comes after a reply (the name-order tables); without it they are not
 * made, and the page's index sorts names itself if asked to.
 */
export function createSearchHandler(
	readDocs: ReadSearchDocs,
	now = () => performance.now(),
	readGraph = noGraph,
	post?: (response: SearchResponse) => void
) {
	/** The loaded version's ids and names, all the graph needs of the docs. */
	let named: Promise<{ version: string; docs: readonly NamedDoc[] }> | undefined;
	const graph = createGraphHandler(readGraph, () => {
		if (!named) throw new Error('search index not loaded; send {type: "load"} first');
		return named;
	});

	async function load(id: number, version?: string, query?: SearchQuery): Promise<SearchResponse> {
		const started = now();
		const reading = readDocs(version);
		// In a task after the reply: 244,000 small objects are no reason to keep the page waiting.
		named = reading.then(
			(read) =>
				new Promise((resolve) =>
					setTimeout(() =>
						resolve({
							version: read.version,
							docs: read.docs.map(({ id, name }) => ({ id, name }))
						})
					)
				)
		);
		// The load's own reply reports a failure; this copy must not count as unhandled.
		named.catch(() => {});
		graph.reset();
		try {
			const read = await reading;
			const built = buildSearchIndex(read.docs);
			// The first search of a fresh index runs cold code for tens of ms: here it does
			// not hold up the page.
			const answer = query && answerOf(built, query, now);
			const index = takeSnapshot(built, read.lines ?? docLinesOf(read.docs));
			// The index's arrays are copied into the reply, so this index is still whole here.
			if (post) setTimeout(() => post({ type: 'tables', id, tables: nameOrderOf(built) }));
			return {
				type: 'loaded',
				id,
				version: read.version,
				docs: read.docs.length,
				tookMs: now() - started,
				facets: { ...describeFacets(read.docs), examples: pickExamples(read.docs) },
				index,
				...(answer && { answer })
			};
		} catch (error) {
			return { type: 'error', id, reason: reasonOf(error) };
		}
	}

	/** Answers one request; graph queries sent before a load wait for it. */
	return function handle(request: SearchRequest): Promise<SearchResponse> {
		if (request.type === 'load') return load(request.id, request.version, request.query);
		return graph.handle(request);
	};
}

function answerOf(index: SearchIndex, query: SearchQuery, now: () => number): SearchAnswer {
	const started = now();
	const hits = searchIndex(index, query);
	return { query, hits, tookMs: now() - started };
}

export type SearchHandler = ReturnType<typeof createSearchHandler>;

/** A SearchPort that answers in this thread, asynchronously like a worker. */
export function createLocalPort(
	makeHandler: (post: (r: SearchResponse) => void) => SearchHandler
): SearchPort {
	const listeners = new Set<(event: MessageEvent<SearchResponse>) => void>();
	const post = (response: SearchResponse) => {
		const event = new MessageEvent('message', { data: structuredClone(response) });
		for (const listener of listeners) listener(event);
	};
	const handle = makeHandler(post);
	return {
		postMessage(message) {
			void handle(structuredClone(message)).then(post);
		},
		addEventListener: (_, listener) => listeners.add(listener),
		removeEventListener: (_, listener) => listeners.delete(listener)
	};
}
