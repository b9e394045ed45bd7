/**
 * The graph shown, as data to save: JSON of nodes and edges with their evidence references,
 * and FollowTheMoney entities (one JSON object a line). Pure; the downloads are graph-download.ts.
 */
import { centsToDecimal } from '../../model/parse-money';
import { describeEvidence, ftmId, Props, SCHEMA_OF_KIND, type FtmEntity } from '../../model/ftm';
import type { EgoEdge, EgoGraph } from './ego-network';
import type { Position } from './layout';

export interface GraphJson {
	centre: string;
	nodes: {
		id: string;
		kind: string;
		name: string;
		depth: number;
		x?: number;
		y?: number;
		aggregate?: { hub: string; count: number };
	}[];
	edges: {
		from: string;
		to: string;
		kind: string;
		confidence: string;
		total?: { count: number; cents: number; currency: 'EUR' };
		relations: {
			id: string;
			role?: string;
			start?: string;
			end?: string;
			amount?: { cents: number; currency: string };
			confidence: string;
			evidence: { rule: string; values: Record<string, string>; sources: unknown[] }[];
			facts: string[];
		}[];
	}[];
}

/** Nodes with their positions, edges with every relation's evidence and source records. */
export function graphJson(
	graph: EgoGraph,
	positions: ReadonlyMap<string, Position>,
	labelOf: (id: string) => string
): GraphJson {
	return {
		centre: graph.centre,
		nodes: graph.nodes.map((node) => ({
			id: node.id,
			kind: node.aggregate ? 'aggregate' : node.kind,
			name: node.aggregate ? labelOf(node.id) : node.name,
			depth: node.depth,
			...positions.get(node.id),
			...(node.aggregate
				? { aggregate: { hub: node.aggregate.hub, count: node.aggregate.count } }
				: {})
		})),
		edges: graph.edges.map((edge) => ({
			from: edge.from,
			to: edge.to,
			kind: edge.kind,
			confidence: edge.confidence,
			...(edge.total ? { total: { ...edge.total, currency: 'EUR' as const } } : {}),
			relations: edge.relations.map((r) => ({
				id: r.id,
				...(r.role !== undefined && { role: r.role }),
				...(r.start !== undefined && { start: r.start }),
				...(r.end !== undefined && { end: r.end }),
				...(r.amount && { amount: r.amount }),
				confidence: r.confidence,
				evidence: r.evidence,
				facts: r.facts
			}))
		}))
	};
}

// An edge becomes one FtM interval; the kinds FtM has a schema for keep it, the rest are UnknownLinks.
function edgeEntity(edge: EgoEdge): FtmEntity {
	const props = new Props();
	const first = edge.relations[0];
	const starts = edge.relations.map((r) => r.start).filter((d) => d !== undefined);
	const ends = edge.relations.map((r) => r.end).filter((d) => d !== undefined);
	props.add('startDate', starts.sort()[0]).add('endDate', ends.sort().at(-1));
	props.add('description', first ? describeEvidence(first.confidence, first.evidence) : undefined);
	for (const r of edge.relations)
		for (const e of r.evidence) for (const s of e.sources) props.add('sourceUrl', s.url);
	const id = ftmId(`graph-${edge.id}`);
	if (edge.kind === 'donated-to') {
		const cents =
			edge.total?.cents ?? edge.relations.reduce((s, r) => s + (r.amount?.cents ?? 0), 0);
		const currency = edge.total ? 'EUR' : first?.amount?.currency;
		props.add('payer', ftmId(edge.from)).add('beneficiary', ftmId(edge.to));
		props.add('amount', centsToDecimal(cents)).add('currency', currency);
		return props.entity(id, 'Payment');
	}
	if (edge.kind === 'family') {
		props.add('person', ftmId(edge.from)).add('relative', ftmId(edge.to));
		props.add('relationship', first?.role);
		return props.entity(id, 'Family');
	}
	props.add('subject', ftmId(edge.from)).add('object', ftmId(edge.to));
	props.add('role', ...edge.relations.map((r) => r.role), edge.kind);
	return props.entity(id, 'UnknownLink');
}

/** FtM entities for the graph: its people and organisations, then its edges. Aggregates are left out. */
export function graphFtm(graph: EgoGraph): FtmEntity[] {
	const nodes = graph.nodes.filter((n) => !n.aggregate);
	const ids = new Set(nodes.map((n) => n.id));
	const entities = nodes.map((node) =>
		new Props()
			.add('name', node.name)
			.entity(ftmId(node.id), node.kind === 'person' ? 'Person' : SCHEMA_OF_KIND[node.kind])
	);
	for (const edge of graph.edges)
		if (ids.has(edge.from) && ids.has(edge.to)) entities.push(edgeEntity(edge));
	return entities;
}

export function ftmLines(entities: readonly FtmEntity[]): string {
	return entities.map((e) => JSON.stringify(e)).join('\n') + '\n';
}
