/**
 * Draws the network on a 2D canvas (large graphs, and the PNG of them): the same colours and
 * sizes as the SVG renderer. `hitTest` finds what a click at graph coordinates touches.
 */
import type { Box } from './bounds';
import type { EgoEdge, EgoGraph, EgoNode } from './ego-network';
import {
	controlPoint,
	DASH,
	edgeBends,
	EDGE_COLOURS,
	edgeWidth,
	graphLabels,
	nodeColour,
	nodeRadius
} from './graph-style';
import type { PlacedLabel } from './label-placement';
import type { Position } from './layout';

export interface View {
	x: number;
	y: number;
	k: number;
}

export function drawGraph(
	context: CanvasRenderingContext2D,
	graph: EgoGraph,
	positions: ReadonlyMap<string, Position>,
	view: View,
	size: { width: number; height: number },
	labelOf: (node: EgoNode) => string,
	selected?: string,
	/** Labels placed beforehand (GraphCanvas places them once per zoom step, not per frame). */
	placed?: ReadonlyMap<string, PlacedLabel>
): void {
	context.save();
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, size.width, size.height);
	context.translate(view.x, view.y);
	context.scale(view.k, view.k);
	context.globalAlpha = 0.75;
	const bends = edgeBends(graph.edges);
	for (const edge of graph.edges) {
		const a = positions.get(edge.from);
		const b = positions.get(edge.to);
		if (!a || !b) continue;
		context.beginPath();
		context.setLineDash(edge.confidence === 'possible' ? [...DASH] : []);
		context.strokeStyle = EDGE_COLOURS[edge.kind];
		context.lineWidth = (selected === edge.id ? 4 : edgeWidth(edge)) / Math.sqrt(view.k);
		const c = controlPoint(a, b, bends.get(edge.id) ?? 0);
		context.moveTo(a.x, a.y);
		context.quadraticCurveTo(c.x, c.y, b.x, b.y);
		context.stroke();
	}
	context.globalAlpha = 1;
	context.setLineDash([]);
	context.lineJoin = 'round';
	// Deeper nodes first, so the centre ends up on top.
	const nodes = [...graph.nodes].sort((a, b) => b.depth - a.depth);
	for (const node of nodes) {
		const p = positions.get(node.id);
		if (!p) continue;
		const r = nodeRadius(node);
		context.beginPath();
		context.arc(p.x, p.y, r, 0, 2 * Math.PI);
		context.fillStyle = nodeColour(node);
		context.fill();
		context.lineWidth = selected === node.id ? 4 : 1;
		context.strokeStyle = selected === node.id ? '#ffbf47' : '#ffffff';
		context.stroke();
	}
	// Labels over all nodes, none overlapping, 11 px on screen at any zoom (label-placement.ts).
	const labels = placed ?? graphLabels(graph, positions, labelOf, view.k);
	for (const label of labels.values()) {
		const weight = label.id === graph.centre ? 'bold ' : '';
		context.font = `${weight}${label.fontSize}px system-ui, sans-serif`;
		context.textAlign = label.anchor === 'middle' ? 'center' : label.anchor;
		context.lineWidth = 3 / view.k;
		context.strokeStyle = '#ffffff';
		context.strokeText(label.text, label.x, label.y);
		context.fillStyle = '#1a1a1a';
		context.fillText(label.text, label.x, label.y);
	}
	context.restore();
}

/** The view that fits the box into a canvas of `size`. */
export function fitView(box: Box, size: { width: number; height: number }): View {
	const k = Math.min(size.width / box.width, size.height / box.height);
	return {
		k,
		x: size.width / 2 - k * (box.x + box.width / 2),
		y: size.height / 2 - k * (box.y + box.height / 2)
	};
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length = dx * dx + dy * dy;
	const t =
		length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
	return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The node under the point, else the nearest edge within `slack` graph units. */
export function hitTest(
	graph: EgoGraph,
	positions: ReadonlyMap<string, Position>,
	point: Position,
	slack: number
): { node: EgoNode } | { edge: EgoEdge } | undefined {
	for (let i = graph.nodes.length - 1; i >= 0; i--) {
		const node = graph.nodes[i]!;
		const p = positions.get(node.id);
		if (p && Math.hypot(p.x - point.x, p.y - point.y) <= nodeRadius(node) + slack / 2)
			return { node };
	}
	let best: { edge: EgoEdge; distance: number } | undefined;
	const bends = edgeBends(graph.edges);
	for (const edge of graph.edges) {
		const a = positions.get(edge.from);
		const b = positions.get(edge.to);
		if (!a || !b) continue;
		// The curve's apex is halfway to its control point: two segments through it are close enough.
		const c = controlPoint(a, b, bends.get(edge.id) ?? 0);
		const apex = { x: (a.x + b.x) / 4 + c.x / 2, y: (a.y + b.y) / 4 + c.y / 2 };
		const distance = Math.min(distanceToSegment(point, a, apex), distanceToSegment(point, apex, b));
		if (distance <= slack && (!best || distance < best.distance)) best = { edge, distance };
	}
	return best && { edge: best.edge };
}
