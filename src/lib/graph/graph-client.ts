/** The page's side of graph queries: GraphQueries over the reader worker's graph service. */
import type { RpcClient } from '../worker-rpc';
import { GRAPH_SERVICE, type GraphRequest, type GraphResponse } from './graph-protocol';
import type { GraphQueries } from './graph-types';

/** The installed bundle has no graph file: pages say graph data is missing. */
export class GraphMissingError extends Error {
	override name = 'GraphMissingError';
}

/** Queries over the reader worker's client (reader/reader.ts), or one in process (tests). */
export function createGraphClient(rpc: RpcClient): GraphQueries {
	async function send(request: GraphRequest): Promise<GraphResponse & { ok: true }> {
		const response = await rpc.call<GraphResponse>(GRAPH_SERVICE, request);
		if (response.ok) return response;
		throw response.missing ? new GraphMissingError(response.reason) : new Error(response.reason);
	}

	return {
		async neighbours(node, query) {
			const response = await send({ call: 'neighbours', node, ...(query && { query }) });
			if (!('neighbours' in response)) throw new Error('unexpected graph reply');
			return response.neighbours;
		},
		async paths(from, to, query) {
			const response = await send({ call: 'paths', from, to, query });
			if (!('paths' in response)) throw new Error('unexpected graph reply');
			return response.paths;
		}
	};
}
