/**
 * The shortest simple paths between two nodes: distances from the target by breadth-first
 * search, then a depth-first search from the source that only steps to nodes still close
 * enough to arrive in time, one path length after another. Pure and synchronous.
 */
import { codeOf, type GraphIndex } from './graph-index';

export interface PathOptions {
	maxHops: number;
	limit: number;
	includePossible: boolean;
	/** Stops after this many steps, so a query through a giant hub still answers in time. */
	maxSteps?: number;
}

/** Node numbers; `edges[i]` joins `nodes[i]` and `nodes[i + 1]`. */
export interface IndexPath {
	nodes: number[];
	edges: number[];
}

export interface IndexPaths {
	paths: IndexPath[];
	/** True when the step budget ran out before every length was searched. */
	truncated: boolean;
}

const UNREACHED = 255;
export const MAX_HOPS = 4;
const MAX_STEPS = 2_000_000;

/** Shortest first; among equal lengths, in neighbour id order. Parallel edges make one hop. */
export function findPaths(
	index: GraphIndex,
	from: number,
	to: number,
	options: PathOptions
): IndexPaths {
	const maxHops = Math.min(Math.max(0, Math.floor(options.maxHops)), MAX_HOPS);
	const found: IndexPath[] = [];
	if (from === to || options.limit <= 0) return { paths: found, truncated: false };
	// The walk only asks how far its next step is from `to`, never more than maxHops - 1, so
	// the last and largest ring of the search (a hub's whole neighbourhood) is never needed.
	const dist = distancesTo(index, to, maxHops - 1, options.includePossible);
	const shortest = distanceFrom(index, from, dist, options.includePossible);
	if (shortest > maxHops) return { paths: found, truncated: false };
	const onPath = new Uint8Array(index.body.nodes.length);
	const nodes = [from];
	const edges: number[] = [];
	let steps = options.maxSteps ?? MAX_STEPS;
	const { start, neighbour } = index;

	const walk = (u: number, left: number): void => {
		for (let k = start[u]!; k < start[u + 1]! && found.length < options.limit;) {
			const v = neighbour[k]!;
			// One hop per neighbour: the parallel edges to it are adjacent; take the surest.
			let best = -1;
			for (; k < start[u + 1]! && neighbour[k] === v; k++) {
				const e = index.edge[k]!;
				if (!isUsable(index, e, options.includePossible)) continue;
				if (best < 0 || isSurer(index, e, best)) best = e;
			}
			if (best < 0 || onPath[v] || dist[v]! > left - 1 || --steps < 0) continue;
			if (v === to) {
				if (left === 1) found.push({ nodes: [...nodes, v], edges: [...edges, best] });
				continue;
			}
			onPath[v] = 1;
			nodes.push(v);
			edges.push(best);
			walk(v, left - 1);
			nodes.pop();
			edges.pop();
			onPath[v] = 0;
		}
	};

	onPath[from] = 1;
	for (let length = shortest; length <= maxHops && found.length < options.limit; length++) {
		walk(from, length);
		if (steps < 0) return { paths: found, truncated: true };
	}
	return { paths: found, truncated: false };
}

/** Hops from every node to `to`, up to maxHops; UNREACHED beyond. */
export function distancesTo(
	index: GraphIndex,
	to: number,
	maxHops: number,
	includePossible: boolean
): Uint8Array {
	const dist = new Uint8Array(index.body.nodes.length).fill(UNREACHED);
	const queue = new Uint32Array(index.body.nodes.length);
	let head = 0;
	let tail = 0;
	dist[to] = 0;
	queue[tail++] = to;
	while (head < tail) {
		const u = queue[head++]!;
		if (dist[u]! >= maxHops) continue;
		for (let k = index.start[u]!; k < index.start[u + 1]!; k++) {
			const v = index.neighbour[k]!;
			if (dist[v] !== UNREACHED || !isUsable(index, index.edge[k]!, includePossible)) continue;
			dist[v] = dist[u]! + 1;
			queue[tail++] = v;
		}
	}
	return dist;
}

/** The hops from `from` to the target: its own distance, else one more than its nearest neighbour's. */
function distanceFrom(
	index: GraphIndex,
	from: number,
	dist: Uint8Array,
	includePossible: boolean
): number {
	let best = dist[from]!;
	for (let k = index.start[from]!; k < index.start[from + 1]!; k++)
		if (isUsable(index, index.edge[k]!, includePossible))
			best = Math.min(best, dist[index.neighbour[k]!]! + 1);
	return best;
}

function isUsable(index: GraphIndex, e: number, includePossible: boolean): boolean {
	return includePossible || index.isPossibleCode[codeOf(index, e)] === 0;
}

/** Surer confidence first (confirmed before possible), then the earlier kind, then the earlier edge. */
function isSurer(index: GraphIndex, a: number, b: number): boolean {
	const ra = index.codeRank[codeOf(index, a)]!;
	const rb = index.codeRank[codeOf(index, b)]!;
	return ra !== rb ? ra < rb : a < b;
}
