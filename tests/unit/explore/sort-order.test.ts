import { describe, expect, it } from 'vitest';
import { orderBy, ranks } from '../../../src/lib/explore/sort-order';

describe('orderBy', () => {
	it('orders indexes by key, ties in index order, negatives first', () => {
		const keys = [5, -3, 5, 0, -3];
		expect([...orderBy(keys.length, (i) => keys[i]!)]).toEqual([1, 4, 3, 0, 2]);
	});

	it('orders keys too wide to pack with the index the same way', () => {
		const keys = [2 ** 52, -(2 ** 52), 1, 2 ** 52];
		expect([...orderBy(keys.length, (i) => keys[i]!)]).toEqual([1, 2, 0, 3]);
	});

	it('orders nothing', () => {
		expect(orderBy(0, () => 0)).toHaveLength(0);
	});
});

describe('ranks', () => {
	it('ranks strings in code-unit order, equal strings alike', () => {
		expect([...ranks(['b', 'a', 'b', 'Ā', 'A'])]).toEqual([2, 1, 2, 4, 0]);
	});
});
