/** Reads the relations behind every hop of some paths, each end's fact group once. */
import type { FactGroup } from '../../model/bundle-format';
import type { Relation, SourceRef } from '../../model/types';
import { factSources, relationsOfEdge } from '../../lib/graph/edge-details';
import type { GraphEdge, PathResult } from '../../lib/graph/graph-types';

export const edgeKey = (e: GraphEdge) => `${e.from}|${e.to}|${e.kind}|${e.confidence}`;

/** A relation behind a hop, with the sources of the facts it sums up. */
export interface HopRelation {
	relation: Relation;
	sources: SourceRef[];
}

export const NO_RELATIONS: ReadonlyMap<string, HopRelation[]> = new Map();

export async function hopRelations(
	result: PathResult,
	getGroup: (id: string) => Promise<FactGroup | undefined>
): Promise<ReadonlyMap<string, HopRelation[]>> {
	const groups = new Map<string, Promise<FactGroup | undefined>>();
	const group = (id: string) => {
		if (!groups.has(id)) groups.set(id, getGroup(id));
		return groups.get(id)!;
	};
	const out = new Map<string, HopRelation[]>();
	for (const edge of result.paths.flatMap((p) => p.edges)) {
		if (out.has(edgeKey(edge))) continue;
		const ends = await Promise.all([group(edge.from), group(edge.to)]);
		const relations = relationsOfEdge(edge, ends);
		out.set(
			edgeKey(edge),
			relations.map((relation) => ({ relation, sources: factSources(relation, ends) }))
		);
	}
	return out;
}
