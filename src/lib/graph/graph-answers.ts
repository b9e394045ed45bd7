/** Answers GraphQueries in ids and names from a GraphIndex; the worker calls these. Pure. */
import { graphEdge, nodeIndexOf, type GraphIndex } from './graph-index';
import type { GraphNode, NeighbourQuery, Neighbours, PathQuery, PathResult } from './graph-types';
import { listNeighbours } from './neighbours';
import { findPaths } from './paths';

/** A node's name; the graph file holds ids and kinds only. */
export type NameOf = (node: number) => string | undefined;

export function describeNode(index: GraphIndex, node: number, nameOf: NameOf): GraphNode {
	const id = index.body.nodes[node]!;
	const kind = index.body.entityKinds[index.body.nodeKinds[node]!]!;
	return { id, kind, name: nameOf(node) ?? id };
}

export function answerNeighbours(
	index: GraphIndex,
	nameOf: NameOf,
	id: string,
	query: NeighbourQuery = {}
): Neighbours {
	const node = nodeIndexOf(index, id);
	if (node < 0) return { total: 0, edges: [], nodes: [] };
	const { total, edges } = listNeighbours(index, node, query);
	const seen = new Set([node]);
	for (const e of edges) {
		seen.add(index.body.edges[3 * e]!);
		seen.add(index.body.edges[3 * e + 1]!);
	}
	return {
		total,
		edges: edges.map((e) => graphEdge(index, e)),
		nodes: [...seen].map((n) => describeNode(index, n, nameOf))
	};
}

export function answerPaths(
	index: GraphIndex,
	nameOf: NameOf,
	from: string,
	to: string,
	query: PathQuery
): PathResult {
	const a = nodeIndexOf(index, from);
	const b = nodeIndexOf(index, to);
	if (a < 0 || b < 0) return { paths: [], nodes: [] };
	const found = findPaths(index, a, b, query);
	const seen = new Set<number>();
	for (const path of found.paths) for (const n of path.nodes) seen.add(n);
	return {
		paths: found.paths.map((path) => ({
			nodes: path.nodes.map((n) => index.body.nodes[n]!),
			edges: path.edges.map((e) => graphEdge(index, e))
		})),
		nodes: [...seen].map((n) => describeNode(index, n, nameOf)),
		...(found.truncated && { truncated: true })
	};
}
