/**
 * An ego network as the graph page shows it: which nodes and edges, after the filters, with
 * hubs cut down to their largest and linked neighbours plus one aggregate node for the rest.
 * Pure: the neighbour lists come from the graph index or from the centre's profile.
 */
import type { Confidence, EntityKind, Money, Relation, RelationKind } from '../../model/types';
import { yearOfDate } from '../format/date';
import type { GraphEdge, GraphNode, Neighbours } from './graph-types';

export interface EgoNode extends GraphNode {
	/** 0 for the centre, 1 for its neighbours, 2 for theirs. */
	depth: number;
	/** Set on an aggregate node: how many neighbours of `hub` it stands for. */
	aggregate?: { hub: string; count: number; kind?: RelationKind };
}

/** A donor's total to a hub party, from the party's donation summary (EUR). */
export interface DonorTotal {
	count: number;
	cents: number;
}

export interface EgoEdge extends GraphEdge {
	/** `from|to|kind`: one edge per pair and kind, whatever number of relations stand behind it. */
	id: string;
	/** The relations with dates, amounts and evidence, when known (empty until read). */
	relations: Relation[];
	total?: DonorTotal;
}

export interface EgoGraph {
	centre: string;
	nodes: EgoNode[];
	edges: EgoEdge[];
}

export interface EgoFilter {
	kinds: readonly RelationKind[];
	/** Possible namesake links: off by default. */
	includePossible: boolean;
	/** Inclusive years; an edge with no dates is kept (nothing says it is outside). */
	years?: readonly [number, number];
}

export interface EgoInput {
	centre: GraphNode;
	depth: 1 | 2;
	/** Neighbour lists by node id: the centre's, and for depth 2 those of its neighbours. */
	neighbours: ReadonlyMap<string, Neighbours>;
	/** Relations with details by edge id (see `edgeId`). */
	details?: ReadonlyMap<string, Relation[]>;
	/** Donor totals by donor id, for ranking a hub's donors by size. */
	totals?: ReadonlyMap<string, DonorTotal>;
	/** Neighbours known to be linked elsewhere (officials among donors): kept before others. */
	linked?: ReadonlySet<string>;
	/** At most this many neighbours of one node are drawn before the rest are aggregated. */
	hubLimit: number;
	/** The kind of a node's neighbours the list counts but does not hold (a party's unlisted donors). */
	unlistedKind?: ReadonlyMap<string, RelationKind>;
	/** Per node, how many neighbours of each kind the index holds (for lists it sent in part). */
	kindTotals?: ReadonlyMap<string, ReadonlyMap<RelationKind, number>>;
	/** Extra neighbours shown per hub after the aggregate was expanded (pages × page size). */
	expanded?: ReadonlyMap<string, number>;
}

export function edgeId(edge: Pick<GraphEdge, 'from' | 'to' | 'kind'>): string {
	return `${edge.from}|${edge.to}|${edge.kind}`;
}

/** One aggregate node per hub and relation kind ("4,812 other donors", "35 other members"). */
export function aggregateId(hub: string, kind?: RelationKind): string {
	return `more:${hub}:${kind ?? 'links'}`;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { confirmed: 0, probable: 1, possible: 2 };

/** Years an edge covers, from its relations' dates; undefined when no relation is dated. */
export function edgeYears(relations: readonly Relation[]): [number, number] | undefined {
	const years = relations
		.flatMap((r) => [yearOfDate(r.start), yearOfDate(r.end)])
		.filter((y): y is number => y !== undefined);
	return years.length === 0 ? undefined : [Math.min(...years), Math.max(...years)];
}

export function passesFilter(
	edge: GraphEdge,
	relations: readonly Relation[],
	filter: EgoFilter
): boolean {
	if (!filter.kinds.includes(edge.kind)) return false;
	if (edge.confidence === 'possible' && !filter.includePossible) return false;
	if (!filter.years) return true;
	const span = edgeYears(relations);
	return span === undefined || (span[1] >= filter.years[0] && span[0] <= filter.years[1]);
}

/** The sum of an edge's relation amounts in one currency, or the hub summary's total. */
export function edgeAmount(edge: EgoEdge): Money | undefined {
	if (edge.total) return { cents: edge.total.cents, currency: 'EUR' };
	const amounts = edge.relations.flatMap((r) => (r.amount ? [r.amount] : []));
	const currency = amounts[0]?.currency;
	if (!currency || amounts.some((a) => a.currency !== currency)) return amounts[0];
	return { cents: amounts.reduce((sum, a) => sum + a.cents, 0), currency };
}

interface Candidate {
	edge: GraphEdge;
	other: string;
	order: number;
}

/**
 * Which of a node's neighbours are drawn: linked ones first, then the largest by amount, then
 * the index's order; and how many are left for the aggregate (unfetched ones included).
 */
function keepNeighbours(
	input: EgoInput,
	id: string,
	list: Neighbours,
	filter: EgoFilter,
	shown: ReadonlySet<string>
): { kept: Candidate[]; rest: Map<RelationKind | undefined, Set<string> | number> } {
	const passing: Candidate[] = [];
	list.edges.forEach((edge, order) => {
		if (!passesFilter(edge, input.details?.get(edgeId(edge)) ?? [], filter)) return;
		passing.push({ edge, other: edge.from === id ? edge.to : edge.from, order });
	});
	const limit = input.hubLimit + (input.expanded?.get(id) ?? 0);
	const isLinked = (c: Candidate) => shown.has(c.other) || (input.linked?.has(c.other) ?? false);
	const size = (c: Candidate) => input.totals?.get(c.other)?.cents ?? -1;
	const ranked = [...passing].sort(
		(a, b) =>
			Number(isLinked(b)) - Number(isLinked(a)) ||
			size(b) - size(a) ||
			CONFIDENCE_RANK[a.edge.confidence] - CONFIDENCE_RANK[b.edge.confidence] ||
			a.order - b.order
	);
	const keptOthers = new Set<string>();
	const kept: Candidate[] = [];
	const rest = new Map<RelationKind | undefined, Set<string> | number>();
	for (const c of ranked) {
		if (keptOthers.has(c.other) || keptOthers.size < limit) {
			keptOthers.add(c.other);
			kept.push(c);
		}
	}
	for (const c of ranked) {
		if (keptOthers.has(c.other)) continue;
		const set = rest.get(c.edge.kind);
		if (set instanceof Set) set.add(c.other);
		else rest.set(c.edge.kind, new Set([c.other]));
	}
	// Neighbours the index counted but did not send: by kind when counted so, else of any kind.
	const unfetched = Math.max(0, list.total - list.edges.length);
	const byKind = input.kindTotals?.get(id);
	const addUnfetched = (kind: RelationKind | undefined, count: number) => {
		const known = rest.get(kind);
		rest.set(kind, (known instanceof Set ? known.size : (known ?? 0)) + count);
	};
	if (unfetched > 0 && byKind) {
		for (const [kind, total] of byKind) {
			const fetched = list.edges.filter((e) => e.kind === kind).length;
			if (total > fetched) addUnfetched(kind, total - fetched);
		}
	} else if (unfetched > 0) addUnfetched(input.unlistedKind?.get(id), unfetched);
	return { kept, rest };
}

/**
 * Assembles the ego network for the filters.
 * @example buildEgoNetwork({ centre, depth: 1, neighbours, hubLimit: 25 }, filter)
 */
export function buildEgoNetwork(input: EgoInput, filter: EgoFilter): EgoGraph {
	const nodes = new Map<string, EgoNode>([[input.centre.id, { ...input.centre, depth: 0 }]]);
	const edges = new Map<string, EgoEdge>();
	const names = new Map<string, GraphNode>();
	for (const list of input.neighbours.values()) for (const n of list.nodes) names.set(n.id, n);
	const nodeOf = (id: string): GraphNode => names.get(id) ?? { id, kind: 'other', name: id };

	const addEdge = (edge: GraphEdge) => {
		const id = edgeId(edge);
		if (edges.has(id)) return;
		const total = edge.kind === 'donated-to' ? input.totals?.get(edge.from) : undefined;
		const relations = input.details?.get(id) ?? [];
		edges.set(id, { ...edge, id, relations, ...(total ? { total } : {}) });
	};

	const expand = (id: string, depth: number, shown: ReadonlySet<string>) => {
		const list = input.neighbours.get(id);
		if (!list) return [];
		const { kept, rest } = keepNeighbours(input, id, list, filter, shown);
		const added: string[] = [];
		for (const { edge, other } of kept) {
			if (!nodes.has(other)) {
				nodes.set(other, { ...nodeOf(other), depth });
				added.push(other);
			}
			addEdge(edge);
		}
		for (const [kind, others] of rest) {
			const count = others instanceof Set ? others.size : others;
			if (count > 0 && (kind === undefined || filter.kinds.includes(kind)))
				addAggregate(id, depth, count, kind);
		}
		return added;
	};

	const addAggregate = (hub: string, depth: number, count: number, kind?: RelationKind) => {
		const id = aggregateId(hub, kind);
		const kindOf: EntityKind = kind === 'donated-to' ? 'person' : 'other';
		nodes.set(id, { id, kind: kindOf, name: '', depth, aggregate: { hub, count, kind } });
		const edge = { from: id, to: hub, kind: kind ?? 'member-of', confidence: 'confirmed' } as const;
		edges.set(edgeId(edge), { ...edge, id: edgeId(edge), relations: [] });
	};

	const ring1 = expand(input.centre.id, 1, new Set());
	if (input.depth === 2) {
		// Neighbours a ring-1 node shares with another are "linked": kept before the rest.
		const seen = new Map<string, number>();
		for (const id of ring1)
			for (const e of input.neighbours.get(id)?.edges ?? [])
				for (const end of [e.from, e.to]) if (end !== id) seen.set(end, (seen.get(end) ?? 0) + 1);
		const shared = new Set([...seen].filter(([, n]) => n > 1).map(([id]) => id));
		for (const id of nodes.keys()) shared.add(id);
		for (const id of ring1) expand(id, 2, shared);
	}
	// Edges between nodes already drawn (two ring-1 nodes, say) are kept too.
	for (const list of input.neighbours.values())
		for (const edge of list.edges)
			if (nodes.has(edge.from) && nodes.has(edge.to))
				if (passesFilter(edge, input.details?.get(edgeId(edge)) ?? [], filter)) addEdge(edge);
	return { centre: input.centre.id, nodes: [...nodes.values()], edges: [...edges.values()] };
}
