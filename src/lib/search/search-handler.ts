/**
 * The reader worker's search service: builds the index over docs read by `readDocs` and
 * hands it over in the load's reply, then the name-order tables in reply to the request
 * sent with it. reader/ wires it to storage and the worker; tests serve it in process
 * (worker-rpc.ts, localPort).
 */
import type { SearchDoc } from '../../model/types';
import type { Service } from '../worker-rpc';
import { describeFacets } from './doc-filter';
import { pickExamples } from './examples';
import { snapshotBuffers, tablesBuffers, takeSnapshot } from './index-snapshot';
import { docLinesOf, type DocLines } from './packed-docs';
import type { SearchAnswer, SearchRequest, SearchResponse } from './search-protocol';
import {
	buildSearchIndex,
	nameOrderOf,
	searchIndex,
	type NameOrder,
	type SearchIndex
} from './search-index';
import type { SearchQuery } from './search-types';

/** What a load read: the version, its docs, and their JSON Lines when the packs had them. */
export interface ReadDocs {
	version: string;
	docs: SearchDoc[];
	lines?: DocLines;
}

/**
 * Reads every search doc of a version (the active one when absent), as search-source.ts
 * does; `isEarly`, a version whose core is still being stored (search-protocol.ts).
 */
export type ReadSearchDocs = (version?: string, isEarly?: boolean) => Promise<ReadDocs>;

export interface SearchHandlerOptions {
	now?: () => number;
	/** Told of each load's read as it starts: the reader worker's graph takes its names. */
	onRead?: (reading: Promise<ReadDocs>) => void;
	/** Told that a version loaded early is active now (the 'active' request). */
	onActive?: (version: string) => void;
}

export function createSearchHandler(
	readDocs: ReadSearchDocs,
	{ now = () => performance.now(), onRead, onActive }: SearchHandlerOptions = {}
): Service<SearchRequest, SearchResponse> {
	/** The tables of the latest load's index, once made. */
	let tables: Promise<NameOrder> | undefined;

	async function load(
		version?: string,
		query?: SearchQuery,
		isEarly = false
	): Promise<SearchResponse> {
		const started = now();
		const reading = readDocs(version, isEarly);
		onRead?.(reading);
		let made: (tables: NameOrder) => void = () => {};
		let failed: (error: unknown) => void = () => {};
		tables = new Promise((resolve, reject) => ([made, failed] = [resolve, reject]));
		// Asked for by the request sent with the load; a failed load reports in its own reply.
		tables.catch(() => {});
		try {
			const read = await reading;
			const built = buildSearchIndex(read.docs);
			// The first search of a fresh index runs cold code for tens of ms: here it does
			// not hold up the page.
			const answer = query && answerOf(built, query, now);
			const index = takeSnapshot(built, read.lines ?? docLinesOf(read.docs));
			// The reply moves the trigrams and columns; the name-order tables need only what stays.
			setTimeout(() => made(nameOrderOf(built)));
			return {
				type: 'loaded',
				version: read.version,
				docs: read.docs.length,
				tookMs: now() - started,
				facets: { ...describeFacets(read.docs), examples: pickExamples(read.docs) },
				index,
				...(answer && { answer })
			};
		} catch (error) {
			failed(error);
			throw error;
		}
	}

	async function sendTables(): Promise<SearchResponse> {
		if (!tables) throw new Error('no index loaded; send {type: "load"} first');
		return { type: 'tables', tables: await tables };
	}

	return {
		handle: async (request) => {
			if (request.type === 'load') return load(request.version, request.query, request.isEarly);
			if (request.type === 'tables') return sendTables();
			onActive?.(request.version);
			return { type: 'active' };
		},
		transfer: (reply) =>
			reply.type === 'loaded'
				? snapshotBuffers(reply.index)
				: reply.type === 'tables'
					? tablesBuffers(reply.tables)
					: []
	};
}

function answerOf(index: SearchIndex, query: SearchQuery, now: () => number): SearchAnswer {
	const started = now();
	const hits = searchIndex(index, query);
	return { query, hits, tookMs: now() - started };
}
