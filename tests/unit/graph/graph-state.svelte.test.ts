import { describe, expect, it } from 'vitest';
import { aggregateId } from '../../../src/lib/graph/ego-network';
import {
	EdgeDetails,
	GraphState,
	HUB_LIMIT,
	PAGE_SIZE
} from '../../../src/lib/graph/graph-state.svelte';
import { GraphMissingError } from '../../../src/lib/graph/graph-client';
import { edge, fakeGraphQueries, node, partyWithDonors } from '../../fixtures/graph';
import { factGroup, organisation, profile, relation } from '../../fixtures/profiles';

// A party with 300 donors in the index and nothing in its own group but its name.
const PARTY = organisation({ id: 'party', name: 'Fictional Party', kind: 'party' });
const hub = partyWithDonors(300);

const moreDonors = (state: GraphState) =>
	state.graph.nodes.find((n) => n.id === aggregateId('party', 'donated-to'))?.aggregate?.count;

describe('GraphState with a graph index', () => {
	it('draws a hub’s first donors and pages through the rest', async () => {
		const { queries, calls } = fakeGraphQueries(hub.nodes, hub.edges);
		const state = new GraphState(profile(PARTY), queries);
		await state.load();
		// The index sent 200 of 300; counted by kind, the 100 unsent are donors too, not "links".
		expect(moreDonors(state)).toBe(300 - HUB_LIMIT);
		expect(state.graph.nodes.some((n) => n.id === aggregateId('party'))).toBe(false);
		await state.expand('party');
		expect(moreDonors(state)).toBe(300 - HUB_LIMIT - PAGE_SIZE);
		expect(state.graph.nodes.filter((n) => n.id.startsWith('d-'))).toHaveLength(
			HUB_LIMIT + PAGE_SIZE
		);
		expect(calls.at(-1)?.query.offset).toBe(200);
	});

	it('adds the neighbours of neighbours at depth 2', async () => {
		const nodes = [...hub.nodes, node('firm', 'company'), node('owner')];
		const edges = [
			...hub.edges,
			edge('d-0', 'firm', 'board-member'),
			edge('owner', 'firm', 'shareholder')
		];
		const { queries, calls } = fakeGraphQueries(nodes, edges);
		const state = new GraphState(profile(PARTY), queries);
		await state.load();
		expect(state.graph.nodes.some((n) => n.id === 'firm')).toBe(false);
		await state.setDepth(2);
		expect(state.graph.nodes.find((n) => n.id === 'firm')?.depth).toBe(2);
		expect(calls.some((c) => c.id === 'd-0')).toBe(true);
	});
});

describe('GraphState without a graph file', () => {
	it('draws the profile’s own relations and says the graph is missing, not that it failed', async () => {
		const group = factGroup('party', {
			relations: [relation({ from: 'donor', to: 'party', kind: 'donated-to' })],
			refs: [{ id: 'donor', kind: 'person', name: 'A Donor' }]
		});
		const { queries } = fakeGraphQueries([], []);
		const missing = {
			...queries,
			neighbours: () => Promise.reject(new GraphMissingError('this bundle has no graph file'))
		};
		const state = new GraphState(profile(PARTY, { group }), missing);
		await state.load();
		expect(state.isGraphMissing).toBe(true);
		expect(state.error).toBeUndefined();
		expect(state.graph.nodes.map((n) => n.id).sort()).toEqual(['donor', 'party']);
	});
});

describe('GraphState options (the address of a network page)', () => {
	it('says what is shown, leaving defaults out, and shows the same after apply', async () => {
		const nodes = [...hub.nodes, node('firm', 'company')];
		const edges = [...hub.edges, edge('d-0', 'firm', 'board-member')];
		const shared = new GraphState(profile(PARTY), fakeGraphQueries(nodes, edges).queries);
		await shared.load();
		expect(shared.options).toEqual({});
		await shared.setDepth(2);
		shared.setKind('member-of', false);
		shared.includePossible = true;
		shared.yearFrom = 2019;
		await shared.expand('party');
		await shared.expand('party');
		const options = shared.options;
		expect(options).toEqual({
			depth: 2,
			hide: ['member-of'],
			possible: true,
			yearFrom: 2019,
			expanded: [['party', 2]]
		});

		const opened = new GraphState(profile(PARTY), fakeGraphQueries(nodes, edges).queries);
		await opened.apply(options);
		expect(opened.options).toEqual(options);
		expect(opened.isApplying).toBe(false);
		const ids = (state: GraphState) => state.graph.nodes.map((n) => n.id).sort();
		expect(ids(opened)).toEqual(ids(shared));
		expect(moreDonors(opened)).toBe(300 - HUB_LIMIT - 2 * PAGE_SIZE);
	});

	it('goes back to the defaults when the options are empty', async () => {
		const state = new GraphState(profile(PARTY), fakeGraphQueries(hub.nodes, hub.edges).queries);
		await state.apply({ depth: 2, hide: ['donated-to'], expanded: [['party', 1]] });
		expect(moreDonors(state)).toBeUndefined();
		await state.apply({});
		expect(state.options).toEqual({});
		expect(moreDonors(state)).toBe(300 - HUB_LIMIT);
	});
});

describe('GraphState without a graph index', () => {
	it('stays at depth 1 from the profile alone', async () => {
		const state = new GraphState(profile(PARTY), undefined);
		await state.setDepth(2);
		expect(state.hasIndex).toBe(false);
		expect(state.graph.nodes.map((n) => n.id)).toEqual(['party']);
	});
});

describe('EdgeDetails', () => {
	const board = relation({ from: 'd-0', to: 'firm', kind: 'board-member', start: '2019' });
	const depth2Edge = {
		...edge('d-0', 'firm', 'board-member'),
		id: 'd-0|firm|board-member',
		relations: []
	};

	it('reads a depth-2 edge’s relations from the fact group of an end', async () => {
		const read: string[] = [];
		const details = new EdgeDetails((id) => {
			read.push(id);
			return Promise.resolve(id === 'firm' ? factGroup('firm', { relations: [board] }) : undefined);
		});
		await details.show(depth2Edge);
		expect(details.relations).toEqual([board]);
		expect(read).toEqual(['d-0', 'firm']);
		expect(details.isLoading).toBe(false);
	});

	it('uses the relations the edge already carries without reading', async () => {
		const details = new EdgeDetails(() => Promise.reject(new Error('must not read')));
		await details.show({ ...depth2Edge, relations: [board] });
		expect(details.relations).toEqual([board]);
	});
});
