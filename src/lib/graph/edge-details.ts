/**
 * The full relations behind a graph edge, read from the fact groups of its two ends. A hub
 * does not list its incoming donations, but the other end (the donor) always does, so the
 * two groups together always hold the relation. Pure.
 */
import type { FactGroup } from '../../model/bundle-format';
import type { Relation, SourceRef } from '../../model/types';
import type { GraphEdge } from './graph-types';

/** Relations with the edge's ends, kind and confidence (a post held twice is two), earliest first. */
export function relationsOfEdge(
	edge: GraphEdge,
	groups: readonly (FactGroup | undefined)[]
): Relation[] {
	return relationsBetween(edge.from, edge.to, groups).filter(
		(r) =>
			r.from === edge.from &&
			r.to === edge.to &&
			r.kind === edge.kind &&
			r.confidence === edge.confidence
	);
}

/** Every relation joining a and b, either way round, once each, earliest first. */
export function relationsBetween(
	a: string,
	b: string,
	groups: readonly (FactGroup | undefined)[]
): Relation[] {
	const found = new Map<string, Relation>();
	for (const group of groups)
		for (const r of group?.relations ?? [])
			if ((r.from === a && r.to === b) || (r.from === b && r.to === a)) found.set(r.id, r);
	return [...found.values()].sort(
		(x, y) => (x.start ?? '').localeCompare(y.start ?? '') || (x.id < y.id ? -1 : 1)
	);
}

/** Where the facts behind a relation came from (a donated-to's donations), found in the groups. */
export function factSources(
	relation: Relation,
	groups: readonly (FactGroup | undefined)[]
): SourceRef[] {
	const wanted = new Set(relation.facts);
	const found = new Map<string, SourceRef>();
	for (const group of groups)
		for (const fact of [...(group?.donations ?? []), ...(group?.declarations ?? [])])
			if (wanted.has(fact.id)) found.set(fact.id, fact.source);
	return relation.facts.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
}
