/**
 * The graph file's body (graph-file.ts) and how an edge code reads back: no validators here,
 * so the page's code that walks the graph does not bring the schemas along.
 */
import type { Confidence, EntityKind, RelationKind } from './types';

/** The graph as the builder writes it and the app stores it (without `format` and `kind`). */
export interface GraphBody {
	/** The code tables: `nodeKinds` index `entityKinds`; an edge code is k × confidences.length + c. */
	entityKinds: EntityKind[];
	relationKinds: RelationKind[];
	confidences: Confidence[];
	/** Node ids, strictly increasing in UTF-16 code unit order (the entity order). */
	nodes: string[];
	nodeKinds: number[];
	/** Triples [from node, to node, code], one per relation, sorted. */
	edges: number[];
}

/** Reads an edge code back as the relation kind and confidence it stands for. */
export function decodeEdge(
	body: Pick<GraphBody, 'relationKinds' | 'confidences'>,
	code: number
): { kind: RelationKind; confidence: Confidence } {
	const n = body.confidences.length;
	return {
		kind: body.relationKinds[Math.floor(code / n)]!,
		confidence: body.confidences[code % n]!
	};
}
