/**
 * Layout on the main thread for small graphs and in a module worker above WORKER_THRESHOLD
 * nodes; one worker, created on first need, answers requests in order.
 */
import { createRpcClient, type RpcClient } from '../worker-rpc';
import {
	layoutGraph,
	WORKER_THRESHOLD,
	type LayoutEdge,
	type LayoutNode,
	type Position
} from './layout';
import { LAYOUT_SERVICE, type LayoutReply, type LayoutRequest } from './layout-protocol';

let layout: RpcClient | undefined;

function layoutWorker(): RpcClient {
	if (layout) return layout;
	const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
	const client = createRpcClient(worker);
	// A worker that fails to load or throws answers nothing: its requests fall back to this thread.
	worker.onerror = () => {
		client.close();
		worker.terminate();
		if (layout === client) layout = undefined;
	};
	layout = client;
	return client;
}

export async function layoutAsync(
	nodes: readonly LayoutNode[],
	edges: readonly LayoutEdge[]
): Promise<Map<string, Position>> {
	if (nodes.length <= WORKER_THRESHOLD || typeof Worker === 'undefined')
		return layoutGraph(nodes, edges);
	const request: LayoutRequest = {
		nodes: nodes.map((n) => ({ id: n.id, depth: n.depth })),
		edges: edges.map((e) => ({ from: e.from, to: e.to }))
	};
	let reply: LayoutReply;
	try {
		reply = await layoutWorker().call<LayoutReply>(LAYOUT_SERVICE, request);
	} catch {
		return layoutGraph(nodes, edges);
	}
	return new Map(reply.positions.map(([key, x, y]) => [key, { x, y }]));
}
