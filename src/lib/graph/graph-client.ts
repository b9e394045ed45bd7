/** The page's side of graph queries: GraphQueries over the search worker's port. */
import type { SearchPort } from '../search/search-protocol';
import type { GraphCall, GraphResponse } from './graph-protocol';
import type { GraphQueries } from './graph-types';

/** The installed bundle has no graph file: pages say graph data is missing. */
export class GraphMissingError extends Error {
	override name = 'GraphMissingError';
}

export function createGraphClient(port: SearchPort): GraphQueries & { close(): void } {
	let nextId = 1;
	const waiting = new Map<number, (response: GraphResponse) => void>();
	const listener = ({ data }: MessageEvent<{ type: string }>) => {
		if (data.type !== 'graph') return;
		const response = data as GraphResponse;
		const waiter = waiting.get(response.id);
		waiting.delete(response.id);
		waiter?.(response);
	};
	port.addEventListener('message', listener as never);

	async function send(call: GraphCall): Promise<GraphResponse & { ok: true }> {
		const id = nextId++;
		const response = await new Promise<GraphResponse>((resolve) => {
			waiting.set(id, resolve);
			port.postMessage({ type: 'graph', id, ...call });
		});
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
		},
		close: () => port.removeEventListener('message', listener as never)
	};
}
