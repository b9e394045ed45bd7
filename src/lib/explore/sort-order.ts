/**
 * Row orders for sorting a table by a column: a permutation of row indexes by a numeric key,
 * ties in index order. Keys and indexes are packed into one Float64Array (key × 2^k + index)
 * and sorted natively, several times faster than a comparator over 700,000 rows; a key range
 * too wide to pack falls back to a comparator.
 */

/** Indexes 0..n-1 ordered by `key(i)` (whole numbers), ties by index. */
export function orderBy(n: number, key: (i: number) => number): Int32Array {
	let low = Infinity;
	let high = -Infinity;
	const keys = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const k = key(i);
		keys[i] = k;
		if (k < low) low = k;
		if (k > high) high = k;
	}
	const order = new Int32Array(n);
	if (n === 0) return order;
	const width = 2 ** Math.ceil(Math.log2(n + 1));
	if ((high - low + 1) * width <= Number.MAX_SAFE_INTEGER) {
		const packed = new Float64Array(n);
		for (let i = 0; i < n; i++) packed[i] = (keys[i]! - low) * width + i;
		packed.sort();
		for (let i = 0; i < n; i++) order[i] = packed[i]! % width;
		return order;
	}
	for (let i = 0; i < n; i++) order[i] = i;
	return order.sort((a, b) => keys[a]! - keys[b]! || a - b);
}

/** Each string's rank in code-unit order (equal strings share a rank), for a table of codes. */
export function ranks(table: readonly string[]): Int32Array {
	const order = Array.from(table.keys()).sort((a, b) =>
		table[a]! < table[b]! ? -1 : table[a]! > table[b]! ? 1 : 0
	);
	const rank = new Int32Array(table.length);
	for (let i = 0, r = 0; i < order.length; i++) {
		if (i > 0 && table[order[i]!] !== table[order[i - 1]!]) r = i;
		rank[order[i]!] = r;
	}
	return rank;
}
