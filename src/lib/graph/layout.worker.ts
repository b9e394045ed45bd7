/** Lays out a big graph off the main thread: the same pure layoutGraph, positions sent back. */
import { layoutGraph, type LayoutEdge, type LayoutNode } from './layout';

export interface LayoutRequest {
	id: number;
	nodes: LayoutNode[];
	edges: LayoutEdge[];
	ticks?: number;
}

export interface LayoutReply {
	id: number;
	/** [id, x, y] triples: cheaper to clone than a Map of objects. */
	positions: [string, number, number][];
	ms: number;
}

self.onmessage = ({ data }: MessageEvent<LayoutRequest>) => {
	const started = performance.now();
	const placed = layoutGraph(data.nodes, data.edges, data.ticks);
	const positions = [...placed].map(([id, p]): [string, number, number] => [id, p.x, p.y]);
	self.postMessage({
		id: data.id,
		positions,
		ms: performance.now() - started
	} satisfies LayoutReply);
};
