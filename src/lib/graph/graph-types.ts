/**
 * The relation graph as the app queries it (ego networks, "how are these two connected?").
 * The graph index knows ids, kinds and confidences only; dates, amounts and evidence stay in
 * the fact groups and are read when an edge is shown.
 */
import { createContext } from 'svelte';
import type { Confidence, EntityKind, RelationKind } from '../../model/types';

export interface GraphNode {
	id: string;
	kind: EntityKind;
	name: string;
}

/** One relation as the index knows it, in the Relation's own direction (from → to). */
export interface GraphEdge {
	from: string;
	to: string;
	kind: RelationKind;
	confidence: Confidence;
}

export interface NeighbourQuery {
	/** Only these relation kinds; all when absent. */
	kinds?: readonly RelationKind[];
	/** Possible links (namesakes, weak matches) are left out unless asked for. */
	includePossible?: boolean;
	/** Paging through a hub's neighbours, in the index's stable order. */
	offset?: number;
	limit?: number;
}

export interface Neighbours {
	/** Every matching neighbour edge, not just this page. */
	total: number;
	edges: GraphEdge[];
	/** The nodes the page's edges name (the centre included). */
	nodes: GraphNode[];
}

export interface PathQuery {
	/** At most this many hops (edges) per path. */
	maxHops: number;
	/** At most this many paths, shortest first. */
	limit: number;
	includePossible: boolean;
}

/** `edges[i]` joins `nodes[i]` and `nodes[i + 1]`, in either direction. */
export interface GraphPath {
	nodes: string[];
	edges: GraphEdge[];
}

export interface PathResult {
	paths: GraphPath[];
	/** Every node on any path. */
	nodes: GraphNode[];
	/** The search stopped at its step budget (a giant hub): longer paths may be missing. */
	truncated?: boolean;
}

/** What the page asks of the graph index (answered off the main thread). */
export interface GraphQueries {
	neighbours(id: string, query?: NeighbourQuery): Promise<Neighbours>;
	paths(from: string, to: string, query: PathQuery): Promise<PathResult>;
}

export const [getGraphQueries, setGraphQueries] = createContext<GraphQueries>();
