/** Deterministic choices, so that the order of input rows never changes the output. */
import type { SourceRef } from '../../model/types';
import { exact } from './exact';

/** Orders source refs by dataset, then record with numbers compared as numbers ("a:9" < "a:10"). */
// One collator for all calls: String.localeCompare builds one per call, which dominated builds.
const numeric = new Intl.Collator('en', { numeric: true }).compare;

export function compareSources(a: SourceRef, b: SourceRef): number {
	if (a.dataset !== b.dataset) return a.dataset < b.dataset ? -1 : 1;
	return a.record === b.record ? 0 : numeric(a.record, b.record);
}

/** Adds `source` to a sorted list capped at `max`, keeping the smallest: the same set whatever the order. */
export function addSource(list: SourceRef[], source: SourceRef, max: number): void {
	const at = sourceAt(list, source, max);
	if (at < 0) return;
	list.splice(at, 0, source);
	if (list.length > max) list.pop();
}

/**
 * addSource for lists held to the end of a build: a new list of exact length when `source`
 * joins (splice would leave spare room, exact.ts), else the same list.
 */
export function withSource(list: SourceRef[], source: SourceRef, max: number): SourceRef[] {
	const at = sourceAt(list, source, max);
	if (at < 0) return list;
	return exact([...list.slice(0, at), source, ...list.slice(at, max - 1)]);
}

/** Where `source` goes in a sorted list capped at `max`, or -1 when it is there or would fall off. */
function sourceAt(list: readonly SourceRef[], source: SourceRef, max: number): number {
	if (list.length >= max && compareSources(source, list[list.length - 1]!) >= 0) return -1;
	if (list.some((s) => s.dataset === source.dataset && s.record === source.record)) return -1;
	let i = list.length;
	while (i > 0 && compareSources(source, list[i - 1]!) < 0) i--;
	return i;
}

/** How many times each value was seen: all that mostCommonIn and preferredNameIn need of them. */
export type Tally<T> = Map<T, number>;

/** Counts a value; undefined is no value. */
export function count<T>(tally: Tally<T>, value: T | undefined, times = 1): void {
	if (value !== undefined) tally.set(value, (tally.get(value) ?? 0) + times);
}

/** Adds `from`'s counts to `into`. */
export function addTally<T>(into: Tally<T>, from: ReadonlyMap<T, number>): void {
	for (const [value, times] of from) count(into, value, times);
}

/** The most frequent value, ties broken by the smallest, or undefined when there is none. */
export function mostCommon<T extends string | number>(
	values: readonly (T | undefined)[]
): T | undefined {
	const counts: Tally<T> = new Map();
	for (const value of values) count(counts, value);
	return mostCommonIn(counts);
}

/** mostCommon of tallied values. */
export function mostCommonIn<T extends string | number>(
	counts: ReadonlyMap<T, number>
): T | undefined {
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
