/** Small numeric helpers for the bench: nearest-rank percentiles, medians, rounding. */

/** Nearest-rank percentile (p in 0..100) of the finite values; undefined when there are none. */
export function percentile(values: readonly number[], p: number): number | undefined {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (sorted.length === 0) return undefined;
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (values: readonly number[]) => percentile(values, 50);

export function max(values: readonly number[]): number | undefined {
	return values.length === 0 ? undefined : Math.max(...values);
}

export function sum(values: readonly number[]): number {
	let total = 0;
	for (const value of values) total += value;
	return total;
}

/** A share in 0..1 of the items that pass; undefined for an empty list. */
export function share<T>(items: readonly T[], passes: (item: T) => boolean): number | undefined {
	return items.length === 0 ? undefined : items.filter(passes).length / items.length;
}
