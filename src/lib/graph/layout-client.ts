/**
 * Layout on the main thread for small graphs and in a module worker above WORKER_THRESHOLD
 * nodes; one worker, created on first need, answers requests in order.
 */
import {
	layoutGraph,
	WORKER_THRESHOLD,
	type LayoutEdge,
	type LayoutNode,
	type Position
} from './layout';
import type { LayoutReply, LayoutRequest } from './layout.worker';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (reply: LayoutReply | undefined) => void>();

function layoutWorker(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = ({ data }: MessageEvent<LayoutReply>) => {
		pending.get(data.id)?.(data);
		pending.delete(data.id);
	};
	// A worker that fails to load or throws answers nothing: its requests fall back to this thread.
	worker.onerror = () => {
		for (const resolve of pending.values()) resolve(undefined);
		pending.clear();
		worker?.terminate();
		worker = undefined;
	};
	return worker;
}

export async function layoutAsync(
	nodes: readonly LayoutNode[],
	edges: readonly LayoutEdge[]
): Promise<Map<string, Position>> {
	if (nodes.length <= WORKER_THRESHOLD || typeof Worker === 'undefined')
		return layoutGraph(nodes, edges);
	const id = ++nextId;
	const request: LayoutRequest = {
		id,
		nodes: nodes.map((n) => ({ id: n.id, depth: n.depth })),
		edges: edges.map((e) => ({ from: e.from, to: e.to }))
	};
	const reply = await new Promise<LayoutReply | undefined>((resolve) => {
		pending.set(id, resolve);
		layoutWorker().postMessage(request);
	});
	if (!reply) return layoutGraph(nodes, edges);
	return new Map(reply.positions.map(([key, x, y]) => [key, { x, y }]));
}
