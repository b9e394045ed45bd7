/**
 * Force layout with a fixed number of ticks and deterministic starting positions, so the same
 * graph always gives the same picture. Pure: runs in Node tests, on the page and in a worker.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3';

export interface LayoutNode {
	id: string;
	depth: number;
}

export interface LayoutEdge {
	from: string;
	to: string;
}

export interface Position {
	x: number;
	y: number;
}

interface SimNode extends LayoutNode, Position {
	fx?: number;
	fy?: number;
}

export const LAYOUT_TICKS = 300;
/** Above this many nodes the page lays out in a worker. */
export const WORKER_THRESHOLD = 300;
const RING = 160;

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Nodes on rings by depth, in id order, so the start does not depend on the input's order. */
function startPositions(nodes: readonly LayoutNode[]): SimNode[] {
	const sorted = [...nodes].sort((a, b) => byKey(a.id, b.id));
	const ringSize = new Map<number, number>();
	const indexInRing = sorted.map((node) => {
		const index = ringSize.get(node.depth) ?? 0;
		ringSize.set(node.depth, index + 1);
		return index;
	});
	return sorted.map((node, i) => {
		const size = ringSize.get(node.depth) ?? 1;
		const angle = (2 * Math.PI * (indexInRing[i] ?? 0)) / size + node.depth * 0.5;
		const radius = node.depth * RING * Math.max(1, Math.sqrt(size / 40));
		return { ...node, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
	});
}

/**
 * Positions for every node, by id. The centre (depth 0) is pinned at the origin.
 * @example layoutGraph([{ id: 'a', depth: 0 }, { id: 'b', depth: 1 }], [{ from: 'a', to: 'b' }])
 */
export function layoutGraph(
	nodes: readonly LayoutNode[],
	edges: readonly LayoutEdge[],
	ticks = LAYOUT_TICKS
): Map<string, Position> {
	const sim = startPositions(nodes);
	for (const node of sim) if (node.depth === 0) Object.assign(node, { fx: 0, fy: 0 });
	const known = new Set(nodes.map((n) => n.id));
	const links = edges
		.filter((e) => known.has(e.from) && known.has(e.to))
		.map((e) => ({ source: e.from, target: e.to }))
		// d3 visits nodes and links in array order: sorted, the result ignores the input's order.
		.sort((a, b) => byKey(a.source, b.source) || byKey(a.target, b.target));
	// Large graphs get weaker repulsion and a coarser Barnes–Hut, to keep their layout short.
	const isLarge = nodes.length > 1000;
	forceSimulation(sim)
		.force(
			'link',
			forceLink<SimNode, { source: string; target: string }>(links)
				.id((n) => n.id)
				.distance(isLarge ? 50 : 90)
		)
		.force(
			'charge',
			forceManyBody<SimNode>()
				.strength(isLarge ? -40 : -320)
				.theta(isLarge ? 1.2 : 0.9)
		)
		.force('collide', isLarge ? null : forceCollide<SimNode>(22))
		.force('x', forceX<SimNode>(0).strength(0.03))
		.force('y', forceY<SimNode>(0).strength(0.03))
		.stop()
		.tick(ticks);
	return new Map(sim.map((n) => [n.id, { x: round(n.x), y: round(n.y) }]));
}

// Rounded to a tenth: the picture is the same and exports stay small.
function round(value: number): number {
	return Math.round(value * 10) / 10;
}
