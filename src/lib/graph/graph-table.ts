/** The network as table rows (the accessible alternative to the picture), and their sorting. */
import type { Confidence, Money, PartialDate, RelationKind } from '../../model/types';
import { edgeAmount, type EgoGraph, type EgoNode } from './ego-network';

export interface GraphRow {
	id: string;
	from: EgoNode;
	to: EgoNode;
	kind: RelationKind;
	start?: PartialDate;
	end?: PartialDate;
	amount?: Money;
	confidence: Confidence;
}

export const SORT_KEYS = ['from', 'kind', 'to', 'period', 'amount', 'confidence'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export function graphRows(graph: EgoGraph): GraphRow[] {
	const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
	return graph.edges.flatMap((edge) => {
		const from = nodes.get(edge.from);
		const to = nodes.get(edge.to);
		if (!from || !to) return [];
		const starts = edge.relations.flatMap((r) => (r.start ? [r.start] : [])).sort();
		const ends = edge.relations.flatMap((r) => (r.end ? [r.end] : [])).sort();
		const amount = edgeAmount(edge);
		return [
			{
				id: edge.id,
				from,
				to,
				kind: edge.kind,
				confidence: edge.confidence,
				...(starts[0] !== undefined && { start: starts[0] }),
				...(ends.at(-1) !== undefined && { end: ends.at(-1) }),
				...(amount && { amount })
			}
		];
	});
}

const CONFIDENCE_ORDER: Record<Confidence, number> = { confirmed: 0, probable: 1, possible: 2 };
const collate = new Intl.Collator('lv', { sensitivity: 'base', numeric: true }).compare;

/**
 * Rows sorted by one column; names by the Latvian alphabet, missing dates and amounts last.
 * `nameOf` gives the shown name (aggregates have none of their own).
 */
export function sortRows(
	rows: readonly GraphRow[],
	key: SortKey,
	isAscending: boolean,
	nameOf: (node: EgoNode) => string,
	kindName: (kind: RelationKind) => string
): GraphRow[] {
	const sign = isAscending ? 1 : -1;
	const missingLast = (a: unknown, b: unknown) =>
		(a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
	const compare = (a: GraphRow, b: GraphRow): number => {
		switch (key) {
			case 'from':
				return sign * collate(nameOf(a.from), nameOf(b.from));
			case 'to':
				return sign * collate(nameOf(a.to), nameOf(b.to));
			case 'kind':
				return sign * collate(kindName(a.kind), kindName(b.kind));
			case 'confidence':
				return sign * (CONFIDENCE_ORDER[a.confidence] - CONFIDENCE_ORDER[b.confidence]);
			case 'period': {
				const [x, y] = [a.start ?? a.end, b.start ?? b.end];
				return missingLast(x, y) || sign * collate(x ?? '', y ?? '');
			}
			case 'amount':
				return (
					missingLast(a.amount, b.amount) ||
					sign * ((a.amount?.cents ?? 0) - (b.amount?.cents ?? 0))
				);
		}
	};
	return [...rows].sort((a, b) => compare(a, b) || collate(a.id, b.id));
}
