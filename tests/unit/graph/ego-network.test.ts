import { describe, expect, it } from 'vitest';
import {
	aggregateId,
	buildEgoNetwork,
	edgeId,
	type EgoFilter,
	type EgoInput
} from '../../../src/lib/graph/ego-network';
import type { GraphEdge, GraphNode, Neighbours } from '../../../src/lib/graph/graph-types';
import { RELATION_KINDS } from '../../../src/model/types';
import { edge, node, partyWithDonors } from '../../fixtures/graph';
import { relation } from '../../fixtures/profiles';

const ALL: EgoFilter = { kinds: RELATION_KINDS, includePossible: false };

function neighboursOf(id: string, nodes: GraphNode[], edges: GraphEdge[]): Neighbours {
	const mine = edges.filter((e) => e.from === id || e.to === id);
	return { total: mine.length, edges: mine, nodes };
}

function input(overrides: Partial<EgoInput> & Pick<EgoInput, 'neighbours'>): EgoInput {
	return { centre: node('anna'), depth: 1, hubLimit: 25, ...overrides };
}

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();

// Anna: a deputy who donated to a party, sits on a board and has a possible namesake.
const NODES = [
	node('anna'),
	node('party', 'party'),
	node('firm', 'company'),
	node('other-anna'),
	node('janis'),
	node('shop', 'company')
];
const EDGES = [
	edge('anna', 'party', 'donated-to'),
	edge('anna', 'firm', 'board-member'),
	edge('anna', 'other-anna', 'namesake', 'possible'),
	edge('janis', 'party', 'member-of'),
	edge('janis', 'firm', 'shareholder'),
	edge('janis', 'shop', 'board-member'),
	edge('party', 'firm', 'member-of')
];
const ALL_NEIGHBOURS = new Map(
	['anna', 'party', 'firm', 'other-anna'].map((id) => [id, neighboursOf(id, NODES, EDGES)])
);

describe('buildEgoNetwork at depth 1', () => {
	it('draws the centre, its neighbours and the edges among them, leaving possible links out', () => {
		const graph = buildEgoNetwork(input({ neighbours: ALL_NEIGHBOURS }), ALL);
		expect(ids(graph.nodes)).toEqual(['anna', 'firm', 'party']);
		expect(graph.nodes.find((n) => n.id === 'anna')?.depth).toBe(0);
		expect(graph.nodes.find((n) => n.id === 'firm')?.depth).toBe(1);
		expect(graph.edges.map((e) => e.id).sort()).toEqual(
			['anna|firm|board-member', 'anna|party|donated-to', 'party|firm|member-of'].sort()
		);
	});

	it('adds possible namesake links only when asked, marked possible', () => {
		const graph = buildEgoNetwork(input({ neighbours: ALL_NEIGHBOURS }), {
			...ALL,
			includePossible: true
		});
		expect(ids(graph.nodes)).toContain('other-anna');
		expect(graph.edges.find((e) => e.to === 'other-anna')?.confidence).toBe('possible');
	});

	it('keeps only the relation kinds chosen', () => {
		const graph = buildEgoNetwork(input({ neighbours: ALL_NEIGHBOURS }), {
			...ALL,
			kinds: ['board-member']
		});
		expect(ids(graph.nodes)).toEqual(['anna', 'firm']);
		expect(graph.edges.map((e) => e.kind)).toEqual(['board-member']);
	});

	it('filters by years from the relations, keeping undated edges', () => {
		const details = new Map([
			[
				edgeId(EDGES[0]!),
				[relation({ from: 'anna', to: 'party', kind: 'donated-to', start: '2015-03', end: '2016' })]
			],
			[
				edgeId(EDGES[1]!),
				[relation({ from: 'anna', to: 'firm', kind: 'board-member', start: '2020-01-05' })]
			]
		]);
		const graph = buildEgoNetwork(input({ neighbours: ALL_NEIGHBOURS, details }), {
			...ALL,
			years: [2019, 2024]
		});
		expect(ids(graph.nodes)).toEqual(['anna', 'firm']);
		const early = buildEgoNetwork(input({ neighbours: ALL_NEIGHBOURS, details }), {
			...ALL,
			years: [2016, 2016]
		});
		expect(ids(early.nodes)).toEqual(['anna', 'party']);
		expect(early.edges[0]?.relations[0]?.start).toBe('2015-03');
	});
});

describe('hub aggregation', () => {
	const hub = partyWithDonors(300);
	const neighbours = new Map([['party', neighboursOf('party', hub.nodes, hub.edges)]]);
	const centre = node('party', 'party');

	it('shows at most hubLimit donors and one aggregate node for the rest', () => {
		const graph = buildEgoNetwork(input({ centre, neighbours, hubLimit: 20 }), ALL);
		expect(graph.nodes).toHaveLength(1 + 20 + 1);
		const more = graph.nodes.find((n) => n.id === aggregateId('party', 'donated-to'));
		expect(more?.aggregate).toEqual({ hub: 'party', count: 280, kind: 'donated-to' });
		expect(graph.edges.find((e) => e.from === aggregateId('party', 'donated-to'))?.to).toBe(
			'party'
		);
	});

	it('keeps the largest donors and the linked ones before the index order', () => {
		const totals = new Map([
			['d-250', { count: 3, cents: 900_00 }],
			['d-120', { count: 1, cents: 500_00 }]
		]);
		const linked = new Set(['d-299']);
		const graph = buildEgoNetwork(input({ centre, neighbours, hubLimit: 3, totals, linked }), ALL);
		expect(ids(graph.nodes.filter((n) => !n.aggregate))).toEqual(
			['party', 'd-299', 'd-250', 'd-120'].sort()
		);
		expect(graph.edges.find((e) => e.from === 'd-250')?.total).toEqual({ count: 3, cents: 900_00 });
	});

	it('expands the aggregate in pages', () => {
		const expanded = new Map([['party', 100]]);
		const graph = buildEgoNetwork(input({ centre, neighbours, hubLimit: 20, expanded }), ALL);
		expect(graph.nodes.filter((n) => n.depth === 1 && !n.aggregate)).toHaveLength(120);
		expect(graph.nodes.find((n) => n.aggregate)?.aggregate?.count).toBe(180);
		const all = buildEgoNetwork(
			input({ centre, neighbours, hubLimit: 20, expanded: new Map([['party', 300]]) }),
			ALL
		);
		expect(all.nodes.some((n) => n.aggregate)).toBe(false);
		expect(all.nodes).toHaveLength(301);
	});

	it('counts neighbours the index did not send, under their kind when it is known', () => {
		const page: Neighbours = { ...neighboursOf('party', hub.nodes, hub.edges), total: 4812 };
		const neighbours = new Map([['party', page]]);
		const count = (graph: ReturnType<typeof buildEgoNetwork>, id: string) =>
			graph.nodes.find((n) => n.id === id)?.aggregate?.count;
		const unknown = buildEgoNetwork(input({ centre, neighbours, hubLimit: 20 }), ALL);
		expect(count(unknown, aggregateId('party', 'donated-to'))).toBe(280);
		expect(count(unknown, aggregateId('party'))).toBe(4812 - 300);
		const unlistedKind = new Map([['party', 'donated-to' as const]]);
		const known = buildEgoNetwork(input({ centre, neighbours, hubLimit: 20, unlistedKind }), ALL);
		expect(count(known, aggregateId('party', 'donated-to'))).toBe(4812 - 20);
		expect(count(known, aggregateId('party'))).toBeUndefined();
	});
});

describe('buildEgoNetwork at depth 2', () => {
	it('adds the neighbours of neighbours at depth 2 and aggregates a hub among them', () => {
		const hub = partyWithDonors(40);
		const nodes = [...NODES, ...hub.nodes];
		const edges = [...EDGES, ...hub.edges];
		const neighbours = new Map(
			['anna', 'party', 'firm'].map((id) => [id, neighboursOf(id, nodes, edges)])
		);
		const graph = buildEgoNetwork(input({ neighbours, depth: 2, hubLimit: 10 }), ALL);
		const depthOf = (id: string) => graph.nodes.find((n) => n.id === id)?.depth;
		expect(depthOf('janis')).toBe(2);
		// Not a neighbour of a drawn ring-1 node's expansion list: never reached.
		expect(depthOf('shop')).toBeUndefined();
		// Jānis is linked to both the party and the firm, so he is kept before the donors.
		const partyDonors = graph.nodes.filter((n) => n.id.startsWith('d-'));
		expect(partyDonors.length).toBeLessThan(10);
		expect(
			graph.nodes.find((n) => n.id === aggregateId('party', 'donated-to'))?.aggregate?.count
		).toBe(40 - partyDonors.length);
		expect(graph.edges.map((e) => e.id)).toContain('janis|firm|shareholder');
	});

	it('is depth 1 when asked, even with the neighbours known', () => {
		const graph = buildEgoNetwork(input({ neighbours: ALL_NEIGHBOURS }), ALL);
		expect(graph.nodes.every((n) => n.depth < 2)).toBe(true);
	});
});
