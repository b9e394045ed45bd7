/**
 * The graph file as compressed sparse rows: for every node, its edges in both directions, in
 * typed arrays (a national graph is ~800k entries, a few MB). Pure: runs in the worker and in
 * Node tests and benches.
 */
import { decodeEdge, type GraphBody } from '../../model/graph-codes';
import { CONFIDENCES, RELATION_KINDS } from '../../model/types';
import type { GraphEdge } from './graph-types';

export interface GraphIndex {
	body: GraphBody;
	/** Node i's entries are `neighbour[start[i]] … neighbour[start[i + 1] - 1]`. */
	start: Uint32Array;
	neighbour: Uint32Array;
	/** The edge (index into body.edges / 3) behind each entry. */
	edge: Uint32Array;
	/** Per edge code: 1 when the relation is only a possible link. */
	isPossibleCode: Uint8Array;
	/** Per edge code: lower is surer (confidence first, then kind), whatever the file's table order. */
	codeRank: Uint16Array;
}

/** Each node's entries are in neighbour id order, then by code: a stable order to page through. */
export function buildGraphIndex(body: GraphBody): GraphIndex {
	const n = body.nodes.length;
	const { edges } = body;
	const m = edges.length / 3;
	const start = new Uint32Array(n + 1);
	for (let e = 0; e < m; e++) {
		start[edges[3 * e]! + 1]!++;
		if (edges[3 * e]! !== edges[3 * e + 1]!) start[edges[3 * e + 1]! + 1]!++;
	}
	for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
	const fill = start.slice(0, n);
	const neighbour = new Uint32Array(start[n]!);
	const edge = new Uint32Array(start[n]!);
	const add = (at: number, other: number, e: number) => {
		const slot = fill[at]!++;
		neighbour[slot] = other;
		edge[slot] = e;
	};
	for (let e = 0; e < m; e++) {
		const from = edges[3 * e]!;
		const to = edges[3 * e + 1]!;
		add(from, to, e);
		if (from !== to) add(to, from, e);
	}
	sortEntries(start, neighbour, edge, edges);
	const codes = body.relationKinds.length * body.confidences.length;
	const isPossibleCode = new Uint8Array(codes);
	const codeRank = new Uint16Array(codes);
	for (let c = 0; c < codes; c++) {
		const { kind, confidence } = decodeEdge(body, c);
		isPossibleCode[c] = confidence === 'possible' ? 1 : 0;
		codeRank[c] =
			CONFIDENCES.indexOf(confidence) * RELATION_KINDS.length + RELATION_KINDS.indexOf(kind);
	}
	return { body, start, neighbour, edge, isPossibleCode, codeRank };
}

/** Edges are filled in edge order; a node's in- and out-edges then interleave, so each row is sorted. */
function sortEntries(
	start: Uint32Array,
	neighbour: Uint32Array,
	edge: Uint32Array,
	edges: readonly number[]
): void {
	for (let i = 0; i + 1 < start.length; i++) {
		const lo = start[i]!;
		const hi = start[i + 1]!;
		if (hi - lo < 2) continue;
		const order = Array.from({ length: hi - lo }, (_, k) => lo + k);
		order.sort(
			(a, b) => neighbour[a]! - neighbour[b]! || edges[3 * edge[a]! + 2]! - edges[3 * edge[b]! + 2]!
		);
		const ns = order.map((k) => neighbour[k]!);
		const es = order.map((k) => edge[k]!);
		neighbour.set(ns, lo);
		edge.set(es, lo);
	}
}

/** The node number of an id (binary search over the sorted ids); -1 when the graph lacks it. */
export function nodeIndexOf(index: GraphIndex, id: string): number {
	const { nodes } = index.body;
	let lo = 0;
	let hi = nodes.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >>> 1;
		const at = nodes[mid]!;
		if (at === id) return mid;
		if (at < id) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

export function codeOf(index: GraphIndex, e: number): number {
	return index.body.edges[3 * e + 2]!;
}

export function graphEdge(index: GraphIndex, e: number): GraphEdge {
	const { edges, nodes } = index.body;
	return {
		from: nodes[edges[3 * e]!]!,
		to: nodes[edges[3 * e + 1]!]!,
		...decodeEdge(index.body, edges[3 * e + 2]!)
	};
}
