import { describe, expect, it } from 'vitest';
import {
	factSources,
	relationsBetween,
	relationsOfEdge
} from '../../../src/lib/graph/edge-details';
import type { FactGroup } from '../../../src/model/bundle-format';
import type { Relation } from '../../../src/model/types';

const relation = (id: string, extra: Partial<Relation> = {}): Relation => ({
	id,
	from: 'p-1',
	to: 'o-hub',
	kind: 'donated-to',
	confidence: 'confirmed',
	evidence: [],
	facts: [],
	...extra
});
const group = (entity: string, relations: Relation[]): FactGroup => ({
	entity,
	declarations: [],
	donations: [],
	taxTotals: [],
	relations,
	refs: []
});

const gift = relation('r-gift', { start: '2021-03-01', amount: { cents: 5000, currency: 'EUR' } });
const member = relation('r-member', { kind: 'member-of', start: '2019' });
const later = relation('r-post-2', { kind: 'holds-post', from: 'p-1', to: 'o-hub', start: '2022' });
const earlier = relation('r-post-1', { kind: 'holds-post', start: '2015' });
const elsewhere = relation('r-other', { to: 'o-other' });

describe('relationsOfEdge', () => {
	const edge = { from: 'p-1', to: 'o-hub', kind: 'donated-to', confidence: 'confirmed' } as const;

	it('finds a hub’s incoming donation in the donor’s group (the hub lists none)', () => {
		const groups = [group('p-1', [gift, member, elsewhere]), group('o-hub', [member])];
		expect(relationsOfEdge(edge, groups)).toEqual([gift]);
	});

	it('finds it when only the other end’s group is there', () => {
		expect(relationsOfEdge(edge, [undefined, group('o-hub', [gift])])).toEqual([gift]);
	});

	it('keeps every relation of the same kind, earliest first, once each', () => {
		const posts = { ...edge, kind: 'holds-post' } as const;
		const groups = [group('p-1', [later, earlier]), group('o-hub', [earlier, later])];
		expect(relationsOfEdge(posts, groups).map((r) => r.id)).toEqual(['r-post-1', 'r-post-2']);
	});

	it('does not take a relation of another confidence', () => {
		const probable = relation('r-probable', { confidence: 'probable' });
		expect(relationsOfEdge(edge, [group('p-1', [probable])])).toEqual([]);
	});
});

describe('relationsBetween', () => {
	it('finds relations either way round, and no others', () => {
		const back = relation('r-back', { from: 'o-hub', to: 'p-1', kind: 'board-member' });
		const ids = relationsBetween('o-hub', 'p-1', [group('p-1', [gift, member, back, elsewhere])]);
		expect(ids.map((r) => r.id)).toEqual(['r-back', 'r-member', 'r-gift']);
	});
});

describe('factSources', () => {
	it('lists the source of each fact behind a relation, in the relation’s order', () => {
		const donation = (id: string, record: string) => ({
			id,
			donorName: 'X',
			party: 'o-hub',
			partyName: 'Hub',
			date: '2021-03-01',
			amount: { cents: 100, currency: 'EUR' },
			kind: 'money' as const,
			source: { dataset: 'knab', record }
		});
		const withFacts = relation('r-f', { facts: ['d-2', 'd-1', 'd-missing'] });
		const donor = {
			...group('p-1', [withFacts]),
			donations: [
				donation('d-1', 'a.csv:2'),
				donation('d-2', 'a.csv:3'),
				donation('d-3', 'a.csv:4')
			]
		} as FactGroup;
		expect(factSources(withFacts, [donor, undefined])).toEqual([
			{ dataset: 'knab', record: 'a.csv:3' },
			{ dataset: 'knab', record: 'a.csv:2' }
		]);
	});
});
