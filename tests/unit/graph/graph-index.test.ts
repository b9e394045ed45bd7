import { describe, expect, it } from 'vitest';
import { answerNeighbours } from '../../../src/lib/graph/graph-answers';
import { buildGraphIndex, graphEdge, nodeIndexOf } from '../../../src/lib/graph/graph-index';
import { graphOf, type EdgeSpec } from '../../fixtures/graph-fixture';

const EDGES: EdgeSpec[] = [
	['p2', 'ohub', 'donated-to'],
	['p1', 'ohub', 'member-of'],
	['p1', 'ohub', 'donated-to'],
	['ohub', 'p3', 'board-member'],
	['p4', 'ohub', 'namesake', 'possible'],
	['p1', 'p1', 'family']
];
const index = buildGraphIndex(graphOf(EDGES));
const names = (n: number) => `Name ${n}`;

describe('buildGraphIndex', () => {
	it('lists every edge under both ends, once under a loop', () => {
		const rows = index.body.nodes.map((id, n) => {
			const entries = [];
			for (let k = index.start[n]!; k < index.start[n + 1]!; k++) {
				const e = graphEdge(index, index.edge[k]!);
				entries.push(`${index.body.nodes[index.neighbour[k]!]}:${e.kind}`);
			}
			return [id, entries];
		});
		expect(Object.fromEntries(rows)).toEqual({
			ohub: ['p1:donated-to', 'p1:member-of', 'p2:donated-to', 'p3:board-member', 'p4:namesake'],
			p1: ['ohub:donated-to', 'ohub:member-of', 'p1:family'],
			p2: ['ohub:donated-to'],
			p3: ['ohub:board-member'],
			p4: ['ohub:namesake']
		});
	});

	it('finds node numbers by id', () => {
		expect(index.body.nodes.map((id) => nodeIndexOf(index, id))).toEqual([0, 1, 2, 3, 4]);
		expect(nodeIndexOf(index, 'p0')).toBe(-1);
		expect(nodeIndexOf(index, 'zz')).toBe(-1);
	});
});

describe('answerNeighbours', () => {
	const ids = (id: string, query = {}) =>
		answerNeighbours(index, names, id, query).edges.map((e) => `${e.from}>${e.to}:${e.kind}`);

	it('leaves possible links out unless asked, and counts every match', () => {
		expect(answerNeighbours(index, names, 'ohub').total).toBe(4);
		expect(answerNeighbours(index, names, 'ohub', { includePossible: true }).total).toBe(5);
		expect(ids('ohub', { includePossible: true })).toContain('p4>ohub:namesake');
		expect(ids('ohub')).not.toContain('p4>ohub:namesake');
	});

	it('pages in a stable order', () => {
		const all = ids('ohub');
		expect(all).toEqual([
			'p1>ohub:donated-to',
			'p1>ohub:member-of',
			'p2>ohub:donated-to',
			'ohub>p3:board-member'
		]);
		expect([...ids('ohub', { limit: 3 }), ...ids('ohub', { offset: 3, limit: 3 })]).toEqual(all);
		expect(answerNeighbours(index, names, 'ohub', { offset: 3, limit: 3 }).total).toBe(4);
	});

	it('keeps only the kinds asked for', () => {
		expect(ids('ohub', { kinds: ['donated-to'] })).toEqual([
			'p1>ohub:donated-to',
			'p2>ohub:donated-to'
		]);
	});

	it('names the centre and every neighbour on the page', () => {
		const { nodes } = answerNeighbours(index, names, 'p2');
		expect(nodes).toEqual([
			{ id: 'p2', kind: 'person', name: `Name 2` },
			{ id: 'ohub', kind: 'party', name: 'Name 0' }
		]);
	});

	it('lists two relations of one kind between the same ends once, the surer one', () => {
		// Two posts at one institution: one line in the picture, and a total that counts it once.
		const twice = buildGraphIndex(
			graphOf([
				['p1', 'oinst', 'holds-post', 'probable'],
				['p1', 'oinst', 'holds-post', 'confirmed'],
				['oinst', 'p1', 'holds-post'],
				['p2', 'oinst', 'holds-post']
			])
		);
		const answer = answerNeighbours(twice, names, 'oinst');
		expect(answer.total).toBe(3);
		expect(answer.edges).toEqual([
			{ from: 'oinst', to: 'p1', kind: 'holds-post', confidence: 'confirmed' },
			{ from: 'p1', to: 'oinst', kind: 'holds-post', confidence: 'confirmed' },
			{ from: 'p2', to: 'oinst', kind: 'holds-post', confidence: 'confirmed' }
		]);
	});

	it('answers nothing for an unknown id', () => {
		expect(answerNeighbours(index, names, 'nobody')).toEqual({ total: 0, edges: [], nodes: [] });
	});
});
