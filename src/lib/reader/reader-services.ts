/**
 * The reader worker's services, side by side: search (builds the index from the search docs),
 * graph (paths and neighbours) and explore (the explore pages' overviews). The graph file has no names, so the graph names its
 * nodes with the docs each search load read, handed on here; neither service imports the
 * other. The worker (reader.worker.ts) and tests (worker-rpc.ts, localPort) serve these.
 */
import { createExploreHandler, type ReadExplore } from '../explore/explore-handler';
import { EXPLORE_SERVICE } from '../explore/explore-protocol';
import { GRAPH_SERVICE } from '../graph/graph-protocol';
import { createGraphHandler, type NamedDoc, type ReadGraph } from '../graph/graph-handler';
import {
	createSearchHandler,
	type KeepIndex,
	type ReadDocs,
	type ReadSearchDocs,
	type ReadStored,
	type SearchHandlerOptions
} from '../search/search-handler';
import { SEARCH_SERVICE } from '../search/search-protocol';
import type { SearchDoc } from '../../model/types';

export interface ReaderServicesOptions {
	/**
	 * Every search doc of a version, parsed: the graph's names, when a load read the version's
	 * stored index (no docs parsed then). By default the graph has no names for such a load.
	 */
	readAllDocs?: (version: string) => Promise<ReadDocs>;
	/** Where a built search index is kept (search-handler.ts); by default it is not. */
	keep?: KeepIndex;
	/** A version's docs as lines, for the blocks the page keeps (search-handler.ts). */
	readLines?: SearchHandlerOptions['readLines'];
	/** The graph of a version; by default there is none (a search-only reader). */
	readGraph?: ReadGraph;
	/** The explore file of a version; by default there is none. */
	readExplore?: ReadExplore;
	/**
	 * Milliseconds after a search load to load the explore engine unasked, so an explore page
	 * opened later answers at once; absent: only when a page asks.
	 */
	preloadExploreAfterMs?: number;
	now?: () => number;
}

export function readerServices(
	readDocs: ReadSearchDocs,
	{
		readGraph = () => Promise.resolve(undefined),
		readExplore = () => Promise.resolve(undefined),
		preloadExploreAfterMs,
		now,
		readAllDocs,
		keep,
		readLines
	}: ReaderServicesOptions = {}
) {
	/** The loaded version's ids and names, all the graph needs of the docs. */
	let named: (() => Promise<{ version: string; docs: readonly NamedDoc[] }>) | undefined;
	const graph = createGraphHandler(readGraph, () => {
		if (!named) throw new Error('search index not loaded; send {type: "load"} first');
		return named();
	});
	let version: Promise<string> | undefined;
	/** The first search load's version: what an explore call sent before it waits for. */
	let gotFirst: (version: Promise<string>) => void = () => {};
	const first = new Promise<string>((resolve, reject) => {
		gotFirst = (version) => version.then(resolve, reject);
	});
	first.catch(() => {});
	const explore = createExploreHandler(readExplore, () => version ?? first);
	/** The version the explore service is to read from now on. */
	const takeUp = (next: Promise<string>) => {
		const isFirst = version === undefined;
		version = next;
		version.catch(() => {});
		gotFirst(version);
		// An explore call before the first load waited for this version: its load stays.
		if (!isFirst) explore.reset();
	};
	/** Loads the explore engine unasked a while after the version is taken up (preloadExploreAfterMs). */
	const preloadSoon = () => {
		if (preloadExploreAfterMs !== undefined)
			setTimeout(() => explore.preload(), preloadExploreAfterMs);
	};
	/**
	 * A search load's read. The version asked for is the explore service's at once; an explore
	 * load in flight (a page opened by its address asked at the start) reads before the docs and
	 * goes before the index build, since the worker does one thing at a time: that page then
	 * waits for its own data only. An early load (search-protocol.ts) only reads.
	 */
	const readDocsBesideExplore: ReadSearchDocs = (asked, isEarly) => {
		// Its explore file may not be stored yet: explore takes the version once it is active.
		if (isEarly) return readDocs(asked);
		const docs = asked === undefined ? readDocs(asked) : undefined;
		takeUp(docs ? docs.then((read) => read.version) : Promise.resolve(asked!));
		const reading = docs ?? explore.idle().then(() => readDocs(asked));
		reading.then(preloadSoon, () => {});
		return reading.then(async (read) => {
			await explore.idle();
			return read;
		});
	};
	const search = createSearchHandler(readDocsBesideExplore, {
		...(now && { now }),
		...(keep && { keep }),
		...(readLines && { readLines }),
		onRead(reading) {
			named = namesOf(reading, readAllDocs);
			graph.reset();
		},
		onActive(active) {
			takeUp(Promise.resolve(active));
			graph.reset();
			preloadSoon();
		}
	});
	return { [SEARCH_SERVICE]: search, [GRAPH_SERVICE]: graph, [EXPLORE_SERVICE]: explore };
}

type Named = { version: string; docs: NamedDoc[] };

/**
 * The names the graph needs, from a load's read: read when the graph first asks, since most
 * visits never draw a path or a neighbourhood. Not taken from the docs a load parsed, which
 * would keep an object per entity in the worker for the whole visit (about 200 MB at the
 * full-size set) for a graph that is seldom drawn.
 */
function namesOf(
	reading: Promise<ReadDocs | ReadStored>,
	readAllDocs: ((version: string) => Promise<ReadDocs>) | undefined
): () => Promise<Named> {
	const names = (version: string, docs: readonly SearchDoc[]): Named => ({
		version,
		docs: docs.map(({ id, name }) => ({ id, name }))
	});
	// Only the version to read them from is kept: never the read's docs.
	const version = reading.then((read) => read.version);
	version.catch(() => {}); // the load's own reply reports a failed read
	let asked: Promise<Named> | undefined;
	return () =>
		(asked ??= version.then(async (done) =>
			names(done, readAllDocs ? (await readAllDocs(done)).docs : [])
		));
}
