import { describe, expect, it } from 'vitest';
import { compareIds, findSorted } from '../../../src/lib/storage/packs';

const ids = (n: number, prefix: string) =>
	Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(5, '0')}`);

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
