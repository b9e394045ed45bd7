import { describe, expect, it } from 'vitest';
import type { FactGroup } from '../../../src/model/bundle-format';
import type { Organisation, Person } from '../../../src/model/types';
import {
	compareIds,
	findSorted,
	packEntities,
	packFacts,
	packFile,
	packSearch
} from '../../../src/lib/data/packs';

const personOf = (id: string): Person => ({
	id,
	name: id,
	otherNames: [],
	maskedCodes: [],
	sources: []
});
const orgOf = (id: string): Organisation => ({
	id,
	name: id,
	otherNames: [],
	kind: 'company',
	sources: []
});
const groupOf = (entity: string, relations: number): FactGroup => ({
	entity,
	declarations: [],
	donations: [],
	taxTotals: [],
	relations: Array.from({ length: relations }, (_, i) => ({
		id: `r-${entity}-${i}`,
		from: entity,
		to: 'o-x',
		kind: 'board-member' as const,
		confidence: 'confirmed' as const,
		evidence: [],
		facts: [],
		sources: []
	})),
	refs: []
});
const ids = (n: number, prefix: string) =>
	Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(5, '0')}`);

describe('packEntities', () => {
	it('merges people and organisations into one id order, 250 a pack', () => {
		const packs = packFile('v1', {
			format: 1,
			kind: 'entities',
			people: ids(375, 'p').map(personOf),
			organisations: ids(175, 'o').map(orgOf)
		});
		expect(packs.map((p) => p.records)).toEqual([250, 250, 50]);
		expect(packs[1]).toMatchObject({
			version: 'v1',
			kind: 'entities',
			first: 'p-00075',
			last: 'p-00324'
		});
		const all = packs.flatMap((p) => (p.kind === 'entities' ? p.items.map((e) => e.id) : []));
		expect(all).toEqual([...all].sort(compareIds));
	});

	it('makes no pack of nothing', () => {
		expect(packEntities('v1', [])).toEqual([]);
		expect(packSearch('v1', [])).toEqual([]);
	});
});

describe('packFacts', () => {
	it('keeps whole groups, closing a pack once it reaches 250 records', () => {
		const groups = [
			groupOf('a', 150),
			groupOf('b', 150),
			groupOf('c', 10),
			groupOf('d', 600),
			groupOf('e', 1)
		];
		const packs = packFacts('v1', groups);
		expect(packs.map((p) => [p.first, p.last, p.records])).toEqual([
			['a', 'b', 300],
			['c', 'd', 610],
			['e', 'e', 1]
		]);
	});
});

describe('findSorted', () => {
	const items = ids(1001, 'p');
	it.each([0, 1, 500, 999, 1000])('finds the item at index %i', (i) => {
		expect(findSorted(items, items[i]!, (x) => x)).toBe(items[i]);
	});
	it.each(['', 'a', 'p-00000\u0000', 'z'])('finds nothing for %j', (id) => {
		expect(findSorted(items, id, (x) => x)).toBeUndefined();
	});
});

describe('compareIds', () => {
	it('orders by UTF-16 code units, as IndexedDB and the builder do', () => {
		expect(['o-b', 'O-a', 'o-ā', 'o-a'].sort(compareIds)).toEqual(['O-a', 'o-a', 'o-b', 'o-ā']);
	});
});
