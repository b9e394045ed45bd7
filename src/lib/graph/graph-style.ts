/**
 * How nodes and edges look, shared by the SVG and canvas renderers and the exports: colours by
 * kind (fixed, so an exported picture reads the same anywhere), sizes by depth, short labels.
 */
import type { EntityKind, RelationKind } from '../../model/types';
import type { EgoEdge, EgoGraph, EgoNode } from './ego-network';
import { labelPriority, placeLabels, type LabelOptions, type PlacedLabel } from './label-placement';
import type { Position } from './layout';

export const NODE_COLOURS: Record<EntityKind | 'aggregate', string> = {
	person: '#1d4e89',
	party: '#b3261e',
	company: '#2e7d32',
	institution: '#6a4c93',
	municipality: '#6a4c93',
	ngo: '#8a5a00',
	other: '#5f6368',
	aggregate: '#9aa0a6'
};

export const EDGE_COLOURS: Record<RelationKind, string> = {
	'donated-to': '#c77700',
	'member-of': '#b3261e',
	'holds-post': '#6a4c93',
	'board-member': '#2e7d32',
	shareholder: '#00796b',
	'beneficial-owner': '#004d40',
	'employed-by': '#5f6368',
	family: '#ad1457',
	namesake: '#8a4b00'
};

/** Possible links are dashed wherever they are drawn. */
export const DASH = [5, 4] as const;

export function nodeColour(node: EgoNode): string {
	return node.aggregate ? NODE_COLOURS.aggregate : NODE_COLOURS[node.kind];
}

export function nodeRadius(node: EgoNode): number {
	if (node.aggregate) return 12;
	return node.depth === 0 ? 13 : node.depth === 1 ? 8 : 5;
}

export function edgeWidth(edge: EgoEdge): number {
	return edge.kind === 'donated-to' && edge.total
		? 1.5 + Math.log10(1 + edge.total.cents / 1e5)
		: 1.5;
}

/** Long names cut to a length (label-placement.ts shortens the network's own labels). */
export function shortLabel(text: string, max = 28): string {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Edges between the same two nodes (a board seat and a post) bend apart instead of overlapping. */
export function edgeBends(edges: readonly EgoEdge[]): Map<string, number> {
	const byPair = new Map<string, string[]>();
	for (const edge of edges) {
		const pair = edge.from < edge.to ? `${edge.from}|${edge.to}` : `${edge.to}|${edge.from}`;
		byPair.set(pair, [...(byPair.get(pair) ?? []), edge.id]);
	}
	const bends = new Map<string, number>();
	for (const ids of byPair.values())
		ids.sort().forEach((id, i) => bends.set(id, (i - (ids.length - 1) / 2) * 18));
	return bends;
}

/** The control point of a quadratic curve from a to b whose apex is `bend` off the straight line. */
export function controlPoint(
	a: { x: number; y: number },
	b: { x: number; y: number },
	bend: number
): { x: number; y: number } {
	const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
	// The apex of a quadratic curve is halfway to its control point.
	const offset = 2 * bend;
	return {
		x: (a.x + b.x) / 2 - ((b.y - a.y) / length) * offset,
		y: (a.y + b.y) / 2 + ((b.x - a.x) / length) * offset
	};
}

/** The network's labels for a scale (screen px per graph unit), as both renderers place them. */
export function graphLabels(
	graph: EgoGraph,
	positions: ReadonlyMap<string, Position>,
	labelOf: (node: EgoNode) => string,
	scale: number,
	within?: LabelOptions['within']
): Map<string, PlacedLabel> {
	const degree = new Map<string, number>();
	for (const e of graph.edges)
		for (const id of [e.from, e.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
	return placeLabels(
		graph.nodes.flatMap((node) => {
			const p = positions.get(node.id);
			if (!p) return [];
			const isCentre = node.depth === 0;
			const links = degree.get(node.id) ?? 0;
			const priority = labelPriority(node.depth, node.aggregate !== undefined, links);
			const text = labelOf(node);
			return [
				{
					id: node.id,
					...p,
					r: nodeRadius(node),
					text,
					priority,
					isBold: isCentre,
					isPinned: isCentre
				}
			];
		}),
		{ scale, within }
	);
}
