/**
 * Id order and lookups in it: the packs of a bundle (model/packed-file.ts) are rows of a few
 * hundred records in id order, found by their first ids and searched by binary search. Pure.
 */

/**
 * Compares ids the way IndexedDB orders string keys (UTF-16 code units), which is also how
 * the builder sorts; localeCompare would disagree and lose records at pack boundaries.
 */
export function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Binary search over items sorted by `key`; undefined when the id is not there. */
export function findSorted<T>(
	items: readonly T[],
	id: string,
	key: (item: T) => string
): T | undefined {
	const i = findSortedIndex(items, id, key);
	return i < 0 ? undefined : items[i];
}

/** The index of the item with this id in items sorted by `key`, or -1. */
export function findSortedIndex<T>(
	items: readonly T[],
	id: string,
	key: (item: T) => string
): number {
	let lo = 0;
	let hi = items.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >>> 1;
		const order = compareIds(key(items[mid]!), id);
		if (order === 0) return mid;
		if (order < 0) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

/** The first id of the pack that would hold `id`: the last one ≤ id (in IndexedDB's order). */
export function packFirst(firsts: readonly string[], id: string): string | undefined {
	let lo = 0;
	let hi = firsts.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >>> 1;
		if (compareIds(firsts[mid]!, id) <= 0) lo = mid + 1;
		else hi = mid - 1;
	}
	return firsts[hi];
}
