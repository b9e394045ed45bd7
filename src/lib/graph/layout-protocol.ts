/** The layout worker's one service, over worker-rpc.ts: a big graph laid out off the page. */
import type { LayoutEdge, LayoutNode } from './layout';

/** The service's name on the layout worker. */
export const LAYOUT_SERVICE = 'layout';

export interface LayoutRequest {
	nodes: LayoutNode[];
	edges: LayoutEdge[];
	ticks?: number;
}

export interface LayoutReply {
	/** [id, x, y] triples: cheaper to clone than a Map of objects. */
	positions: [string, number, number][];
	ms: number;
}
