/** Small graphs written as edge lists, laid out exactly as the builder lays out a graph file. */
import { ENTITY_KINDS, type GraphBody } from '../../../src/model/graph-file';
import {
	CONFIDENCES,
	RELATION_KINDS,
	type Confidence,
	type RelationKind
} from '../../../src/model/types';

export type EdgeSpec = [string, string, RelationKind?, Confidence?];

/** Nodes are every id named (sorted); ids starting with `o` are parties, the rest people. */
export function graphOf(edges: EdgeSpec[], extraNodes: string[] = []): GraphBody {
	const nodes = [...new Set([...edges.flatMap(([a, b]) => [a, b]), ...extraNodes])].sort();
	const at = new Map(nodes.map((id, i) => [id, i]));
	const triples = edges.map(([a, b, kind = 'donated-to', confidence = 'confirmed']) => [
		at.get(a)!,
		at.get(b)!,
		RELATION_KINDS.indexOf(kind) * CONFIDENCES.length + CONFIDENCES.indexOf(confidence)
	]);
	triples.sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!);
	return {
		entityKinds: [...ENTITY_KINDS],
		relationKinds: [...RELATION_KINDS],
		confidences: [...CONFIDENCES],
		nodes,
		nodeKinds: nodes.map((id) => ENTITY_KINDS.indexOf(id.startsWith('o') ? 'party' : 'person')),
		edges: triples.flat()
	};
}
