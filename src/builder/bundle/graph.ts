/** The relation graph as node indexes and integer codes (src/model/graph-file.ts). */
import { ENTITY_KINDS, type GraphBody } from '../../model/graph-file';
import { CONFIDENCES, RELATION_KINDS, type Entity } from '../../model/types';
import type { ResolvedData } from '../resolve/resolve';

/** Nodes are every entity in id order; edges one per relation, sorted, so the bytes are stable. */
export function graphBody(data: ResolvedData): GraphBody {
	const entities: Entity[] = [...data.people, ...data.organisations].sort((a, b) =>
		a.id < b.id ? -1 : 1
	);
	const index = new Map(entities.map((e, i) => [e.id, i]));
	const kindCode = new Map(ENTITY_KINDS.map((k, i) => [k, i]));
	const nodeKinds = entities.map((e) => kindCode.get('maskedCodes' in e ? 'person' : e.kind)!);
	const triples: [number, number, number][] = [];
	for (const r of data.relations) {
		const from = index.get(r.from);
		const to = index.get(r.to);
		// A relation to an entity the bundle does not hold cannot be drawn; its fact groups keep it.
		if (from === undefined || to === undefined) continue;
		const code =
			RELATION_KINDS.indexOf(r.kind) * CONFIDENCES.length + CONFIDENCES.indexOf(r.confidence);
		triples.push([from, to, code]);
	}
	triples.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
	return {
		entityKinds: [...ENTITY_KINDS],
		relationKinds: [...RELATION_KINDS],
		confidences: [...CONFIDENCES],
		nodes: entities.map((e) => e.id),
		nodeKinds,
		edges: triples.flat()
	};
}
