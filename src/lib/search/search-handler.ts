/**
 * The reader worker's search service: builds the index over docs read by `readDocs` and
 * hands it over in the load's reply, then the name-order tables and the docs' blocks in
 * reply to the requests sent with it. reader/ wires it to storage and the worker; tests
 * serve it in process (worker-rpc.ts, localPort).
 */
import type { SearchDoc } from '../../model/types';
import type { Service } from '../worker-rpc';
import { describeFacets } from './doc-filter';
import { pickExamples } from './examples';
import { blockDocs } from './doc-blocks';
import { topKeys } from './short-query';
import { pickKeys } from './trigram-index';
import {
	docsBuffers,
	snapshotBuffers,
	tablesBuffers,
	takeSnapshot,
	type IndexSnapshot
} from './index-snapshot';
import { docCount, docLinesOf, isDocBlocks, type DocBlocks, type DocLines } from './packed-docs';
import type { SearchAnswer, SearchRequest, SearchResponse } from './search-protocol';
import {
	buildSearchIndex,
	nameOrderOf,
	searchIndex,
	type NameOrder,
	type SearchIndex
} from './search-index';
import type { SearchFacets, SearchQuery } from './search-types';
import {
	docsToStore,
	tablesToStore,
	toStored,
	type StoredDocs,
	type StoredIndex,
	type StoredTables
} from './stored-index';

/** What a load read: the version, its docs, and their JSON Lines when the packs had them. */
export interface ReadDocs {
	version: string;
	docs: SearchDoc[];
	lines?: DocLines;
}

/**
 * What a load read when the version's index was stored (stored-index.ts): the index with its
 * docs' blocks as stored (or their lines, not parsed, when none were), checked to be of this
 * format and as many docs; its name-order tables, read when asked (undefined when they do
 * not serve).
 */
export interface ReadStored {
	version: string;
	index: IndexSnapshot;
	facets: SearchFacets;
	tables: () => Promise<NameOrder | undefined>;
}

/**
 * Reads a version (the active one when absent): its stored index when there is one, as
 * search-source.ts does, else every search doc; `isEarly`, a version whose core is still
 * being stored (search-protocol.ts).
 */
export type ReadSearchDocs = (
	version?: string,
	isEarly?: boolean
) => Promise<ReadDocs | ReadStored>;

/**
 * Stores what a load built, for the next start to read (storage/versions.ts, storeIndex).
 * It copies what it keeps before it returns, so the arrays may be handed over at once; the
 * promise only says when the write is done.
 */
export type KeepIndex = (
	version: string,
	stored: { index: StoredIndex } | { tables: StoredTables } | { docs: StoredDocs }
) => Promise<void>;

export interface SearchHandlerOptions {
	now?: () => number;
	/** Told of each load's read as it starts: the reader worker's graph takes its names. */
	onRead?: (reading: Promise<ReadDocs | ReadStored>) => void;
	/** Told that a version loaded early is active now (the 'active' request). */
	onActive?: (version: string) => void;
	/** Where a built index is kept; by default it is not. */
	keep?: KeepIndex;
	/**
	 * A version's docs as lines, read again after a load that sent lines, to make the blocks
	 * the page keeps instead (doc-blocks.ts); without it the page keeps the lines.
	 */
	readLines?: (version: string) => Promise<DocLines>;
}

export function createSearchHandler(
	readDocs: ReadSearchDocs,
	{ now = () => performance.now(), onRead, onActive, keep, readLines }: SearchHandlerOptions = {}
): Service<SearchRequest, SearchResponse> {
	/** The tables of the latest load's index, once made. */
	let tables: Promise<NameOrder> | undefined;
	/** The latest load's docs as blocks, when it sent lines; undefined when it sent blocks. */
	let blocks: Promise<DocBlocks | undefined> | undefined;

	/**
	 * After a load that sent its docs' lines: the lines read again and made into blocks, kept
	 * for the next start and sent to the page, which lets the lines go. A failure only means
	 * the page keeps the lines; the next start reads them from the packs again.
	 */
	async function blocksOf(version: string): Promise<DocBlocks | undefined> {
		if (!readLines) return undefined;
		try {
			const made = blockDocs(await readLines(version));
			keepQuietly(keep, version, { docs: docsToStore(made) });
			return made;
		} catch {
			return undefined;
		}
	}

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
		const tablesMade = tables;
		let sentLines: (version: string | undefined) => void = () => {};
		blocks = new Promise<string | undefined>((resolve) => {
			sentLines = resolve;
			reading.catch(() => resolve(undefined));
		}).then(async (version) => {
			// Made once the tables are, so they do not wait for it.
			await tablesMade.catch(() => {});
			return version === undefined ? undefined : blocksOf(version);
		});
		blocks.catch(() => {});
		try {
			const read = await reading;
			if ('index' in read) {
				sentLines(isDocBlocks(read.index.docs) ? undefined : read.version);
				// Read after the reply, off the path to searchable; without them short words
				// take the general path (search-index.ts, isTablesPending).
				setTimeout(() =>
					read
						.tables()
						.then(
							(stored) =>
								stored ? made(stored) : failed(new Error('no stored name-order tables')),
							failed
						)
				);
				return {
					type: 'loaded',
					version: read.version,
					docs: docCount(read.index.docs),
					tookMs: now() - started,
					facets: read.facets,
					index: read.index,
					isStored: true
				};
			}
			const built = buildSearchIndex(read.docs);
			// The first search of a fresh index runs cold code for tens of ms: here it does
			// not hold up the page.
			const answer = query && answerOf(built, query, now);
			const index = takeSnapshot(built, read.lines ?? docLinesOf(read.docs));
			const facets = { ...describeFacets(read.docs), examples: pickExamples(read.docs) };
			// Copied for storing before the reply moves its arrays; a store that fails (a full
			// disk) only means the next start builds the index again.
			keepQuietly(keep, read.version, { index: toStored(index, facets) });
			const count = read.docs.length;
			sentLines(read.version);
			// What the short words' kept answers read of the trigrams, which the reply moves.
			const startKeys = pickKeys(built.trigrams, topKeys());
			// The reply moves the trigrams and columns; the name-order tables need only what stays.
			setTimeout(() => {
				const tables = nameOrderOf(built, startKeys);
				keepQuietly(keep, read.version, { tables: tablesToStore(tables, count) });
				made(tables);
			});
			return {
				type: 'loaded',
				version: read.version,
				docs: count,
				tookMs: now() - started,
				facets,
				index,
				...(answer && { answer })
			};
		} catch (error) {
			failed(error);
			sentLines(undefined);
			throw error;
		}
	}

	async function sendTables(): Promise<SearchResponse> {
		if (!tables) throw new Error('no index loaded; send {type: "load"} first');
		return { type: 'tables', tables: await tables };
	}

	async function sendBlocks(): Promise<SearchResponse> {
		if (!blocks) throw new Error('no index loaded; send {type: "load"} first');
		const docs = await blocks;
		return { type: 'docs', ...(docs && { docs }) };
	}

	return {
		handle: async (request) => {
			if (request.type === 'load') return load(request.version, request.query, request.isEarly);
			if (request.type === 'tables') return sendTables();
			if (request.type === 'docs') return sendBlocks();
			onActive?.(request.version);
			return { type: 'active' };
		},
		transfer: (reply) =>
			reply.type === 'loaded'
				? snapshotBuffers(reply.index)
				: reply.type === 'tables'
					? tablesBuffers(reply.tables)
					: reply.type === 'docs' && reply.docs
						? docsBuffers(reply.docs)
						: []
	};
}

function keepQuietly(
	keep: KeepIndex | undefined,
	version: string,
	stored: Parameters<KeepIndex>[1]
): void {
	try {
		keep?.(version, stored).catch(() => {});
	} catch {
		// As a rejection: the index is built again next time.
	}
}

function answerOf(index: SearchIndex, query: SearchQuery, now: () => number): SearchAnswer {
	const started = now();
	const hits = searchIndex(index, query);
	return { query, hits, tookMs: now() - started };
}
