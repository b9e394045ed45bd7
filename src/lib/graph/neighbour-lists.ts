/** Neighbour lists by node id, replaced (never mutated) as pages arrive. */
import { edgeId } from './ego-network';
import type { Neighbours } from './graph-types';

export type NeighbourLists = ReadonlyMap<string, Neighbours>;

/** Union of two lists of the same node's neighbours; the larger total wins. */
export function mergeNeighbours(a: Neighbours | undefined, b: Neighbours): Neighbours {
	if (!a) return b;
	const ids = new Set(a.edges.map(edgeId));
	const nodeIds = new Set(a.nodes.map((n) => n.id));
	return {
		total: Math.max(a.total, b.total),
		edges: [...a.edges, ...b.edges.filter((e) => !ids.has(edgeId(e)))],
		nodes: [...a.nodes, ...b.nodes.filter((n) => !nodeIds.has(n.id))]
	};
}

/** A copy of `map` with `key` set to `value`. */
export function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
	return new Map(map).set(key, value);
}

/** A copy of `lists` with the page merged into `id`'s list. */
export function withPage(lists: NeighbourLists, id: string, page: Neighbours): NeighbourLists {
	return withEntry(lists, id, mergeNeighbours(lists.get(id), page));
}

/** The centre's neighbours whose own lists are not known yet. */
export function unknownNeighbours(lists: NeighbourLists, centre: string): string[] {
	const ids = new Set(lists.get(centre)?.edges.map((e) => (e.from === centre ? e.to : e.from)));
	return [...ids].filter((id) => !lists.has(id));
}

/** An empty map to start from (state fields are replaced, never mutated). */
export function emptyMap<K, V>(): ReadonlyMap<K, V> {
	return new Map();
}

/** A map to keep in state (replaced, never mutated). */
export function frozenMap<K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
	return new Map(entries);
}
