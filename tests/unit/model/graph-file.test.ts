import { describe, expect, it } from 'vitest';
import { resolve } from '../../../src/builder/resolve/resolve';
import { planBundle } from '../../../src/builder/write-bundle';
import { decodeEdge, type GraphBody } from '../../../src/model/graph-file';
import { packText, readPackText } from '../../../src/model/packed-file';
import { SOURCES, profileRecords, manyRecords } from '../../fixtures/bundle-fixture';
import { donation, person } from '../../fixtures/records';

const data = resolve([
	...profileRecords(),
	...manyRecords(20),
	donation(person('Ilze Koka'), 'Partija A'),
	donation(person('Ilze Koka'), 'Partija B')
]);
const planned = planBundle(data, SOURCES, '2026-11-01', { chunkRecords: 10 });
const file = planned.files.find((f) => f.entry.kind === 'graph')!;
const graph = file.records[0] as GraphBody;

describe('the graph file', () => {
	it('is listed in the manifest as graph-0001.jsonl.gz with one record per relation', () => {
		expect(file.name).toBe('graph-0001.jsonl.gz');
		expect(file.entry.records).toBe(data.relations.length);
		expect(file.entry.packs).toHaveLength(1);
		expect(file.entry.unpacked.packs).toEqual([Buffer.byteLength(packText([graph]))]);
		expect(readPackText(file.name, 'graph', packText([graph])).records).toBe(data.relations.length);
	});

	it('lists every entity in id order, with its kind', () => {
		const entities = [...data.people, ...data.organisations].sort((a, b) => (a.id < b.id ? -1 : 1));
		expect(graph.nodes).toEqual(entities.map((e) => e.id));
		const kinds = graph.nodeKinds.map((k) => graph.entityKinds[k]);
		expect(kinds).toEqual(entities.map((e) => ('kind' in e ? e.kind : 'person')));
		expect(file.entry.range).toEqual([graph.nodes[0], graph.nodes.at(-1)]);
	});

	it('holds every relation as from, to, kind and confidence', () => {
		const decoded: string[] = [];
		for (let i = 0; i < graph.edges.length; i += 3) {
			const { kind, confidence } = decodeEdge(graph, graph.edges[i + 2]!);
			decoded.push(
				`${graph.nodes[graph.edges[i]!]} ${graph.nodes[graph.edges[i + 1]!]} ${kind} ${confidence}`
			);
		}
		const expected = data.relations.map((r) => `${r.from} ${r.to} ${r.kind} ${r.confidence}`);
		expect(decoded.sort()).toEqual(expected.sort());
		expect(new Set(data.relations.map((r) => r.kind)).size).toBeGreaterThan(2);
	});

	it('has the same bytes when the relations come in another order', () => {
		const shuffled = { ...data, relations: [...data.relations].reverse() };
		const again = planBundle(shuffled, SOURCES, '2026-11-01', { chunkRecords: 10 });
		expect(again.files.find((f) => f.entry.kind === 'graph')!.bytes).toEqual(file.bytes);
	});
});

describe('reading a graph file', () => {
	const broken = (change: (g: GraphBody) => void) => {
		const copy = structuredClone(graph);
		change(copy);
		return () => readPackText('graph-0001.jsonl.gz', 'graph', packText([copy]));
	};

	it.each<[string, (g: GraphBody) => void, RegExp]>([
		['an edge past the nodes', (g) => (g.edges[1] = g.nodes.length), /edge 0 names a node past/],
		['a cut triple', (g) => g.edges.pop(), /not a multiple of 3/],
		['an unknown code', (g) => (g.edges[2] = 999), /edge 0 has code 999/],
		['nodes out of order', (g) => g.nodes.reverse(), /nodes\.1 is not after nodes\.0/],
		['a missing node kind', (g) => g.nodeKinds.pop(), /nodeKinds has \d+ entries for \d+ nodes/],
		['a node kind past the table', (g) => (g.nodeKinds[0] = 99), /nodeKinds\.0 is not an index/],
		['a fraction', (g) => (g.edges[0] = 0.5), /invalid record: edges: an array of non-negative/],
		['a string edge', (g) => ((g.edges as unknown[])[0] = '0'), /invalid record: edges/],
		[
			'an unknown relation kind',
			(g) => ((g.relationKinds as string[])[0] = 'owes'),
			/relationKinds\.0/
		],
		['an extra field', (g) => Object.assign(g, { names: [] }), /invalid record/]
	])('refuses %s, naming the file', (_, change, message) => {
		expect(broken(change)).toThrow(/^graph-0001\.jsonl\.gz: line 1: invalid record: /);
		expect(broken(change)).toThrow(message);
	});
});
