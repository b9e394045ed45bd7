// Three rows reused across calls: distances are computed for thousands of word pairs per query.
let rows = [new Uint16Array(64), new Uint16Array(64), new Uint16Array(64)];

/**
 * Optimal string alignment distance: insertions, deletions, substitutions, and a swap of
 * neighbours counting as one edit (the commonest typing slip). Stops early, returning
 * `cap`, once the distance cannot come under it.
 * @example editDistance('inga', 'igna') // 1
 */
export function editDistance(a: string, b: string, cap = Infinity): number {
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) >= cap) return cap;
	if (rows[0]!.length <= b.length) rows = rows.map(() => new Uint16Array(b.length * 2 + 1));
	let [beforeLast, last, row] = rows as [Uint16Array, Uint16Array, Uint16Array];
	for (let j = 0; j <= b.length; j++) last[j] = j;
	for (let i = 1; i <= a.length; i++) {
		row[0] = i;
		let rowBest = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let value = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
			if (
				i > 1 &&
				j > 1 &&
				a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
				a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
			) {
				value = Math.min(value, beforeLast[j - 2]! + 1);
			}
			row[j] = value;
			if (value < rowBest) rowBest = value;
		}
		if (rowBest >= cap) return cap;
		[beforeLast, last, row] = [last, row, beforeLast];
	}
	return Math.min(last[b.length]!, cap);
}
