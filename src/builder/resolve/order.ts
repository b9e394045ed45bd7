/** Deterministic choices, so that the order of input rows never changes the output. */
import type { SourceRef } from '../../model/types';

/** Orders source refs by dataset, then record with numbers compared as numbers ("a:9" < "a:10"). */
// One collator for all calls: String.localeCompare builds one per call, which dominated builds.
const numeric = new Intl.Collator('en', { numeric: true }).compare;

export function compareSources(a: SourceRef, b: SourceRef): number {
	if (a.dataset !== b.dataset) return a.dataset < b.dataset ? -1 : 1;
	return a.record === b.record ? 0 : numeric(a.record, b.record);
}

/** Adds `source` to a sorted list capped at `max`, keeping the smallest: the same set whatever the order. */
export function addSource(list: SourceRef[], source: SourceRef, max: number): void {
	if (list.length >= max && compareSources(source, list[list.length - 1]!) >= 0) return;
	if (list.some((s) => s.dataset === source.dataset && s.record === source.record)) return;
	let i = list.length;
	while (i > 0 && compareSources(source, list[i - 1]!) < 0) i--;
	list.splice(i, 0, source);
	if (list.length > max) list.pop();
}

/** The most frequent value, ties broken by the smallest, or undefined when there is none. */
export function mostCommon<T extends string | number>(
	values: readonly (T | undefined)[]
): T | undefined {
	const counts = new Map<T, number>();
	for (const value of values)
		if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
	let best: T | undefined;
	for (const [value, count] of counts) {
		const bestCount = best === undefined ? 0 : counts.get(best)!;
		if (count > bestCount || (count === bestCount && best !== undefined && value < best))
			best = value;
	}
	return best;
}

/** Appends in a loop: `push(...items)` passes every item as an argument and overflows the stack at national scale. */
export function append<T>(target: T[], items: readonly T[]): void {
	for (const item of items) target.push(item);
}
