/** One node's neighbour edges, filtered and paged in the index's stable order. Pure. */
import type { RelationKind } from '../../model/types';
import { codeOf, type GraphIndex } from './graph-index';

export interface NeighbourOptions {
	kinds?: readonly RelationKind[];
	includePossible?: boolean;
	offset?: number;
	limit?: number;
}

/** The edges of the page, and how many match in all. */
export function listNeighbours(
	index: GraphIndex,
	node: number,
	{ kinds, includePossible = false, offset = 0, limit = Infinity }: NeighbourOptions = {}
): { total: number; edges: number[] } {
	const { relationKinds, confidences } = index.body;
	const wanted = new Uint8Array(relationKinds.length * confidences.length);
	for (let c = 0; c < wanted.length; c++) {
		const kind = relationKinds[Math.floor(c / confidences.length)]!;
		const kindOk = kinds === undefined || kinds.includes(kind);
		wanted[c] = kindOk && (includePossible || index.isPossibleCode[c] === 0) ? 1 : 0;
	}
	const edges: number[] = [];
	let total = 0;
	// Entries come sorted by neighbour, so duplicates of one sit within that neighbour's run.
	let runNeighbour = -1;
	const runKeys: number[] = [];
	for (let k = index.start[node]!; k < index.start[node + 1]!; k++) {
		const e = index.edge[k]!;
		const code = codeOf(index, e);
		if (!wanted[code]) continue;
		if (index.neighbour[k] !== runNeighbour) {
			runNeighbour = index.neighbour[k]!;
			runKeys.length = 0;
		}
		// One edge per neighbour, kind and direction: two posts at one institution are one line
		// (the page keys edges so); the surer confidence sorts first and is the one kept.
		const key =
			index.body.edges[3 * e]! * relationKinds.length + Math.floor(code / confidences.length);
		if (runKeys.includes(key)) continue;
		runKeys.push(key);
		if (total >= offset && edges.length < limit) edges.push(e);
		total++;
	}
	return { total, edges };
}
