/**
 * The reader worker: reads the search docs and builds the index off the page's thread (or
 * reads the index as stored by an earlier start), then hands the index to the page
 * (transferred, not copied); answers graph queries, since it keeps every entity's name, and
 * the explore pages' calls. The page starts it through createReaderWorker() (reader.ts).
 */
import { searchReads } from '../search/search-source';
import { openDb } from '../storage/db';
import { readExplore, readGraph } from '../storage/pack-reads';
import { serve, type RpcPort } from '../worker-rpc';
import { readerServices } from './reader-services';

const db = openDb();
const reads = searchReads(db);

serve(
	self as unknown as RpcPort,
	readerServices(reads.readDocs, {
		readAllDocs: reads.readAllDocs,
		keep: reads.keep,
		readLines: reads.readLines,
		readGraph: (version) => readGraph(db, version),
		readExplore: (version) => readExplore(db, version),
		// After a warm start's first reads: an explore page opened later answers at once.
		preloadExploreAfterMs: 3_000
	})
);
