/**
 * Runs in the bench page (bundled by tests/bench/graph.ts): lays out synthetic ego networks
 * with the app's own layout.ts, and pans them drawn the app's two ways, timing each frame.
 */
import { boundsOf } from '../../src/lib/graph/bounds';
import { drawGraph, fitView } from '../../src/lib/graph/canvas-draw';
import { buildEgoNetwork, type EgoGraph, type EgoNode } from '../../src/lib/graph/ego-network';
import type { GraphEdge, GraphNode, Neighbours } from '../../src/lib/graph/graph-types';
import { layoutGraph, type Position } from '../../src/lib/graph/layout';
import {
	controlPoint,
	edgeBends,
	EDGE_COLOURS,
	nodeColour,
	nodeRadius,
	shortLabel
} from '../../src/lib/graph/graph-style';
import { RELATION_KINDS } from '../../src/model/types';

/** A person with √n neighbours, each with its share of the other nodes as neighbours. */
export function syntheticEgo(size: number): EgoGraph {
	const ring = Math.max(1, Math.round(Math.sqrt(size)));
	const nodes: GraphNode[] = [{ id: 'c', kind: 'person', name: 'Centre Person' }];
	const edges: GraphEdge[] = [];
	for (let i = 0; i < size - 1; i++) {
		const isRing = i < ring;
		const id = `n${i}`;
		nodes.push({ id, kind: isRing ? 'company' : 'person', name: `Person Number ${i}` });
		const to = isRing ? 'c' : `n${i % ring}`;
		edges.push({
			from: id,
			to,
			kind: isRing ? 'board-member' : 'shareholder',
			confidence: 'confirmed'
		});
	}
	const lists = new Map<string, Neighbours>();
	for (const node of nodes) {
		const mine = edges.filter((e) => e.from === node.id || e.to === node.id);
		lists.set(node.id, { total: mine.length, edges: mine, nodes });
	}
	return buildEgoNetwork(
		{ centre: nodes[0]!, depth: 2, neighbours: lists, hubLimit: size },
		{ kinds: RELATION_KINDS, includePossible: false }
	);
}

function layout(size: number): { ms: number; graph: EgoGraph; positions: Map<string, Position> } {
	const graph = syntheticEgo(size);
	const started = performance.now();
	const positions = layoutGraph(graph.nodes, graph.edges);
	return { ms: performance.now() - started, graph, positions };
}

const SIZE = { width: 1200, height: 700 };
const label = (node: EgoNode) => node.name;

/** The same markup NetworkGraph.svelte makes, built directly (the bench has no Svelte compiler). */
function svgOf(
	graph: EgoGraph,
	positions: Map<string, Position>
): { svg: SVGSVGElement; layer: SVGGElement } {
	const ns = 'http://www.w3.org/2000/svg';
	const make = (tag: string, attrs: Record<string, string | number>) => {
		const element = document.createElementNS(ns, tag);
		for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
		return element;
	};
	const box = boundsOf(positions.values());
	const svg = make('svg', {
		viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`,
		width: SIZE.width,
		height: SIZE.height
	}) as SVGSVGElement;
	const layer = make('g', {}) as SVGGElement;
	const bends = edgeBends(graph.edges);
	for (const edge of graph.edges) {
		const [a, b] = [positions.get(edge.from)!, positions.get(edge.to)!];
		const c = controlPoint(a, b, bends.get(edge.id) ?? 0);
		const d = `M${a.x},${a.y} Q${c.x},${c.y} ${b.x},${b.y}`;
		const g = make('g', { role: 'button', tabindex: 0 });
		g.append(make('path', { d, fill: 'none', stroke: 'transparent', 'stroke-width': 10 }));
		g.append(
			make('path', {
				d,
				fill: 'none',
				stroke: EDGE_COLOURS[edge.kind],
				'stroke-width': 1.5,
				'stroke-opacity': 0.75
			})
		);
		layer.append(g);
	}
	for (const node of graph.nodes) {
		const p = positions.get(node.id)!;
		const g = make('g', { transform: `translate(${p.x},${p.y})`, role: 'button', tabindex: 0 });
		g.append(make('circle', { r: nodeRadius(node), fill: nodeColour(node), stroke: '#fff' }));
		const text = make('text', {
			y: nodeRadius(node) + 12,
			'text-anchor': 'middle',
			'font-size': 11
		});
		text.textContent = shortLabel(node.name);
		g.append(text);
		layer.append(g);
	}
	svg.append(layer);
	return { svg, layer };
}

/** Frame intervals (ms) while the view pans in a circle for `durationMs`. */
async function pan(
	size: number,
	renderer: 'canvas' | 'svg',
	durationMs: number
): Promise<number[]> {
	const { graph, positions } = layout(size);
	document.body.replaceChildren();
	let step: (t: number) => void;
	if (renderer === 'canvas') {
		const canvas = document.createElement('canvas');
		Object.assign(canvas, SIZE);
		document.body.append(canvas);
		const context = canvas.getContext('2d')!;
		const base = fitView(boundsOf(positions.values()), SIZE);
		step = (t) => {
			const view = {
				k: base.k * 1.5,
				x: base.x + 200 * Math.cos(t / 300),
				y: base.y + 200 * Math.sin(t / 300)
			};
			drawGraph(context, graph, positions, view, SIZE, label);
		};
	} else {
		const { svg, layer } = svgOf(graph, positions);
		document.body.append(svg);
		step = (t) =>
			layer.setAttribute(
				'transform',
				`translate(${200 * Math.cos(t / 300)},${200 * Math.sin(t / 300)}) scale(1.5)`
			);
	}
	const frames: number[] = [];
	await new Promise<void>((resolve) => {
		let last: number | undefined;
		let start: number | undefined;
		const frame = (t: number) => {
			start ??= t;
			if (last !== undefined) frames.push(t - last);
			last = t;
			step(t);
			if (t - start < durationMs) requestAnimationFrame(frame);
			else resolve();
		};
		requestAnimationFrame(frame);
	});
	return frames;
}

declare global {
	interface Window {
		graphBench: { layout: (size: number) => number; pan: typeof pan };
	}
}

window.graphBench = { layout: (size) => layout(size).ms, pan };
