import { describe, expect, it } from 'vitest';
import { GraphMissingError } from '../../../../src/lib/graph/graph-client';
import type { GraphQueries, PathResult } from '../../../../src/lib/graph/graph-types';
import type { FactGroup } from '../../../../src/model/bundle-format';
import type { Entity, Relation } from '../../../../src/model/types';
import { ConnectState } from '../../../../src/views/connect/connect.svelte';
import { edgeKey } from '../../../../src/views/connect/hop-relations';

const person = (id: string, name: string): Entity => ({
	id,
	name,
	otherNames: [],
	maskedCodes: [],
	sources: []
});
const gift: Relation = {
	id: 'r-1',
	from: 'p-a',
	to: 'o-hub',
	kind: 'donated-to',
	confidence: 'confirmed',
	evidence: [],
	facts: ['d-1']
};
const donorGroup: FactGroup = {
	entity: 'p-a',
	declarations: [],
	donations: [
		{
			id: 'd-1',
			donorName: 'A',
			donor: 'p-a',
			party: 'o-hub',
			partyName: 'Hub',
			date: '2021-01-01',
			amount: { cents: 100, currency: 'EUR' },
			kind: 'money',
			source: { dataset: 'knab', record: 'x.csv:2' }
		}
	] as FactGroup['donations'],
	taxTotals: [],
	relations: [gift],
	refs: []
};
const found: PathResult = {
	paths: [{ nodes: ['p-a', 'o-hub'], edges: [{ ...gift }] }],
	nodes: []
};

function state(paths: GraphQueries['paths']) {
	const asked: unknown[] = [];
	const graph: GraphQueries = {
		neighbours: () => Promise.reject(new Error('not used')),
		paths: (a, b, query) => {
			asked.push({ a, b, query });
			return paths(a, b, query);
		}
	};
	const reads = {
		getEntity: (id: string) => Promise.resolve(person(id, `Name of ${id}`)),
		// The hub lists none of its incoming donations; the donor's group has them.
		getGroup: (id: string) => Promise.resolve(id === 'p-a' ? donorGroup : undefined)
	};
	return { connect: new ConnectState(graph, reads), asked };
}

describe('ConnectState', () => {
	it('asks for both ends before searching', async () => {
		const { connect, asked } = state(() => Promise.resolve(found));
		await connect.find('p-a', undefined, false);
		expect(connect.status).toBe('pick');
		expect(connect.ends[0]).toEqual({ id: 'p-a', name: 'Name of p-a', kind: 'person' });
		expect(asked).toEqual([]);
		await connect.find('p-a', 'p-a', false);
		expect(connect.status).toBe('same');
	});

	it('finds paths, five within four hops, and the relations behind each hop', async () => {
		const { connect, asked } = state(() => Promise.resolve(found));
		await connect.find('p-a', 'o-hub', true);
		expect(asked).toEqual([
			{ a: 'p-a', b: 'o-hub', query: { maxHops: 4, limit: 5, includePossible: true } }
		]);
		expect(connect.status).toBe('found');
		expect(connect.relations.get(edgeKey(gift))).toEqual([
			{ relation: gift, sources: [{ dataset: 'knab', record: 'x.csv:2' }] }
		]);
	});

	it.each([
		['none', () => Promise.resolve({ paths: [], nodes: [] })],
		['missing', () => Promise.reject(new GraphMissingError('no graph file'))],
		['error', () => Promise.reject(new Error('worker stopped'))]
	] as const)('reports %s', async (status, paths) => {
		const { connect } = state(paths);
		await connect.find('p-a', 'o-hub', false);
		expect(connect.status).toBe(status);
	});

	it('keeps only the latest answer', async () => {
		let release: (r: PathResult) => void = () => {};
		const slow = new Promise<PathResult>((resolve) => (release = resolve));
		const { connect } = state((a) => (a === 'p-slow' ? slow : Promise.resolve(found)));
		const first = connect.find('p-slow', 'o-hub', false);
		await connect.find('p-a', 'o-hub', false);
		release({ paths: [], nodes: [] });
		await first;
		expect(connect.status).toBe('found');
		expect(connect.result).toBe(found);
	});
});
