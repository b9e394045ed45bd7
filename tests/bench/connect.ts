/**
 * Connection finder time: the pure path finder (src/lib/graph/paths.ts, the code the search
 * worker runs) in Node over a bundle's graph file, for random pairs 2 and 4 hops apart.
 * Node, not the browser: the same code on the same data without a page to drive; the
 * worker's message round trip is not included. A bundle built before the graph file existed
 * gets its graph from the fact groups, as the builder would write it.
 *
 * Alone: npx tsx tests/bench/connect.ts [BUNDLE_DIR] [--pairs 50]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { graphBody } from '../../src/builder/bundle/graph';
import type { ResolvedData } from '../../src/builder/resolve/resolve';
import type { GraphBody } from '../../src/model/graph-file';
import type { Organisation, Person, Relation } from '../../src/model/types';
import { answerPaths } from '../../src/lib/graph/graph-answers';
import { buildGraphIndex, type GraphIndex } from '../../src/lib/graph/graph-index';
import { distancesTo } from '../../src/lib/graph/paths';
import { random } from '../fixtures/search-fixtures';
import { manifestFiles, readRecords } from './bundle-names';
import { percentile } from './stats';
import type { Row } from './table';

export interface ConnectResult {
	/** Where the graph came from: the bundle's graph file, or rebuilt from its fact groups. */
	graphFrom: 'graph file' | 'fact groups';
	nodes: number;
	edges: number;
	indexMs: number;
	/** Query times (ms, wall clock) per pair, by hop count. */
	ms: Record<2 | 4, number[]>;
	/** The same queries' CPU time (ms): not inflated when other work shares the cores. */
	cpuMs: Record<2 | 4, number[]>;
}

const QUERY = { maxHops: 4, limit: 5, includePossible: false };

export function measureConnect(dir: string, pairs = 50, seed = 5): ConnectResult {
	const { body, graphFrom } = readGraph(dir);
	const started = performance.now();
	const index = buildGraphIndex(body);
	const indexMs = performance.now() - started;
	const ms: Record<2 | 4, number[]> = { 2: [], 4: [] };
	const cpuMs: Record<2 | 4, number[]> = { 2: [], 4: [] };
	const next = random(seed);
	const n = body.nodes.length;
	// Random starts with someone 2 or 4 hops away; a start with no such node is skipped.
	for (
		let tries = 0;
		tries < pairs * 40 && (ms[2].length < pairs || ms[4].length < pairs);
		tries++
	) {
		const a = Math.floor(next() * n);
		const dist = distancesTo(index, a, 4, false);
		for (const hops of [2, 4] as const) {
			if (ms[hops].length >= pairs) continue;
			const b = pickAt(dist, hops, next);
			if (b < 0) continue;
			const took = timePaths(index, a, b);
			ms[hops].push(took.wall);
			cpuMs[hops].push(took.cpu);
		}
	}
	return { graphFrom, nodes: n, edges: body.edges.length / 3, indexMs, ms, cpuMs };
}

function timePaths(index: GraphIndex, a: number, b: number): { wall: number; cpu: number } {
	const cpu = process.cpuUsage();
	const started = performance.now();
	const result = answerPaths(
		index,
		() => undefined,
		index.body.nodes[a]!,
		index.body.nodes[b]!,
		QUERY
	);
	const wall = performance.now() - started;
	const used = process.cpuUsage(cpu);
	if (result.paths.length === 0) throw new Error(`no path between nodes ${a} and ${b}`);
	return { wall, cpu: (used.user + used.system) / 1000 };
}

function pickAt(dist: Uint8Array, hops: number, next: () => number): number {
	const at: number[] = [];
	for (let i = 0; i < dist.length; i++) if (dist[i] === hops) at.push(i);
	return at.length === 0 ? -1 : at[Math.floor(next() * at.length)]!;
}

function readGraph(dir: string): { body: GraphBody; graphFrom: ConnectResult['graphFrom'] } {
	const files = manifestFiles(dir);
	const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as never;
	const graph = files.find((f) => f.kind === 'graph');
	if (graph) {
		// Format 2 holds the graph as the one line of a JSON Lines file.
		const data = readRecords(join(dir, graph.name));
		return { body: (Array.isArray(data) ? data[0] : data) as GraphBody, graphFrom: 'graph file' };
	}
	const data: ResolvedData = {
		people: [],
		organisations: [],
		declarations: [],
		donations: [],
		taxTotals: [],
		relations: []
	};
	const relations = new Map<string, Relation>();
	for (const file of files) {
		const body: {
			people?: Person[];
			organisations?: Organisation[];
			groups?: { relations: Relation[] }[];
		} = read(file.name);
		data.people.push(...(body.people ?? []));
		data.organisations.push(...(body.organisations ?? []));
		for (const group of body.groups ?? []) for (const r of group.relations) relations.set(r.id, r);
	}
	data.relations = [...relations.values()];
	return { body: graphBody(data), graphFrom: 'fact groups' };
}

/** Rows for the bench table; the times are the path finder in Node, not in the page. */
export function connectRows(result: ConnectResult): Row[] {
	const label = `(Node, pure path finder, ${result.ms[2].length}+${result.ms[4].length} pairs)`;
	return [
		...([2, 4] as const).flatMap((hops) => [
			{
				measure: `connection finder, ${hops}-hop pair p50 ${label}`,
				plainview: percentile(result.ms[hops], 50),
				unit: 'ms' as const,
				target: { limit: 200 }
			},
			{
				measure: `↳ ${hops}-hop pair p95`,
				plainview: percentile(result.ms[hops], 95),
				unit: 'ms' as const,
				target: { limit: 200 }
			}
		]),
		...([2, 4] as const).map((hops) => ({
			measure: `↳ ${hops}-hop pair p95, CPU time`,
			plainview: percentile(result.cpuMs[hops], 95),
			unit: 'ms' as const
		})),
		{ measure: '↳ graph index built (first graph query)', plainview: result.indexMs, unit: 'ms' }
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { pairs: { type: 'string', default: '50' } }
	});
	const dir = positionals[0] ?? 'data/bundles';
	const result = measureConnect(dir, Number(values.pairs));
	const fmt = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(1));
	console.log(
		`${dir}: ${result.nodes} nodes, ${result.edges} edges (from the ${result.graphFrom}); index ${fmt(result.indexMs)} ms`
	);
	for (const hops of [2, 4] as const)
		console.log(
			`${hops}-hop pairs (${result.ms[hops].length}): p50 ${fmt(percentile(result.ms[hops], 50))} ms, p95 ${fmt(percentile(result.ms[hops], 95))} ms, max ${fmt(Math.max(...result.ms[hops]))} ms; CPU p50 ${fmt(percentile(result.cpuMs[hops], 50))} ms, p95 ${fmt(percentile(result.cpuMs[hops], 95))} ms`
		);
}
