/**
 * The search worker: holds the index so no search work runs on the page's thread, and
 * answers graph queries too, since it already holds every entity's name.
 * The page starts it through createSearchWorker() in search-client.ts.
 */
import { openDb } from '../data/db';
import { readGraph } from '../graph/graph-source';
import { createSearchHandler } from './search-handler';
import type { SearchRequest } from './search-protocol';
import { readSearchDocs } from './search-source';

const db = openDb();
const handle = createSearchHandler(
	(version) => readSearchDocs(db, version),
	undefined,
	(version) => readGraph(db, version)
);

self.onmessage = ({ data }: MessageEvent<SearchRequest>) => {
	void handle(data).then((response) => self.postMessage(response));
};
