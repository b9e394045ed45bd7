/**
 * The search worker: reads the docs and builds the index off the page's thread, then hands
 * the index to the page (transferred, not copied); answers graph queries, since it keeps
 * every entity's name. The page starts it through createSearchWorker() in search-client.ts.
 */
import { openDb } from '../storage/db';
import { readGraph } from '../graph/graph-source';
import { snapshotBuffers, tablesBuffers } from '../search/index-snapshot';
import type { SearchResponse } from '../search/search-protocol';
import { createSearchHandler } from '../search/search-handler';
import type { SearchRequest } from '../search/search-protocol';
import { readSearchDocs } from '../search/search-source';

const db = openDb();
const post = (response: SearchResponse) =>
	self.postMessage(
		response,
		response.type === 'loaded'
			? snapshotBuffers(response.index)
			: response.type === 'tables'
				? tablesBuffers(response.tables)
				: []
	);
const handle = createSearchHandler(
	(version) => readSearchDocs(db, version),
	undefined,
	(version) => readGraph(db, version),
	post
);

self.onmessage = ({ data }: MessageEvent<SearchRequest>) => void handle(data).then(post);
