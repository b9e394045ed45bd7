/** Lays out a big graph off the main thread: the same pure layoutGraph, positions sent back. */
import { serve, type RpcPort } from '../worker-rpc';
import { layoutGraph } from './layout';
import { LAYOUT_SERVICE, type LayoutReply, type LayoutRequest } from './layout-protocol';

serve(self as unknown as RpcPort, {
	[LAYOUT_SERVICE]: {
		async handle(request: LayoutRequest): Promise<LayoutReply> {
			const started = performance.now();
			const placed = layoutGraph(request.nodes, request.edges, request.ticks);
			const positions = [...placed].map(([id, p]): [string, number, number] => [id, p.x, p.y]);
			return { positions, ms: performance.now() - started };
		}
	}
});
