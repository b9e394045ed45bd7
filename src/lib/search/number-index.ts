/**
 * Search by number: organisations by registration number (`40003003091`, or its first digits)
 * and people by the birth-date part of a masked personal code (`110692`). The keys are kept
 * sorted in one fixed-width string, so a query is two binary searches and a walk over the
 * matches, however many docs there are; nothing is parsed when the index reaches the page.
 */
import type { SearchDoc } from '../../model/types';

export const NUMBER_KINDS = ['reg-no', 'code'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

export interface NumberIndex {
	/** Every key padded with spaces to `width` (a space sorts before digits), in order. */
	keys: string;
	width: number;
	/** The doc each key belongs to. */
	docs: Uint32Array;
	/** The key's kind, as an index into NUMBER_KINDS. */
	kinds: Uint8Array;
}

/** Fewer digits than this are searched as text (a name may hold a number, "SIA 24"). */
export const MIN_DIGITS = 3;
const MAX_DIGITS = 16;

/** Digits as typed or published: spaces, dashes and the masking stars go, as does an LV prefix. */
function digitsOf(text: string): string {
	return text
		.trim()
		.replace(/^LV/i, '')
		.replace(/[\s\-*]/g, '');
}

/**
 * The number a query asks for, or undefined when it is not one.
 * @example numberQuery('110692-*****') // '110692'
 * @example numberQuery('LV 40003 003 091') // '40003003091'
 */
export function numberQuery(text: string): string | undefined {
	const digits = digitsOf(text);
	return digits.length >= MIN_DIGITS && digits.length <= MAX_DIGITS && /^\d+$/.test(digits)
		? digits
		: undefined;
}

const DIGITS = /^\d+$/;

/** A registration number as a key; most are plain digits, and the rest go through numberQuery. */
function regNoKey(published: string): string | undefined {
	return published.length <= MAX_DIGITS && DIGITS.test(published)
		? published
		: numberQuery(published);
}

/** A padded key as a number that sorts as the key does: a space is 0, digit d is d + 1 (base 11). */
function sortValue(key: string, width: number): number {
	let value = 0;
	for (let i = 0; i < width; i++)
		value = value * 11 + (i < key.length ? key.charCodeAt(i) - 47 : 0);
	return value;
}

export function buildNumberIndex(docs: readonly SearchDoc[]): NumberIndex {
	const keys: string[] = [];
	const owners: number[] = [];
	const kinds: number[] = [];
	const add = (key: string, doc: number, kind: number) => {
		keys.push(key);
		owners.push(doc);
		kinds.push(kind);
	};
	// One pass with no arrays per doc: at national scale this runs over every doc.
	for (let d = 0; d < docs.length; d++) {
		const { regNo, codes } = docs[d]!;
		const key = regNo === undefined ? undefined : regNoKey(regNo);
		if (key) add(key, d, 0);
		if (codes)
			for (const code of codes) if (code.length === 6 && DIGITS.test(code)) add(code, d, 1);
	}
	const width = keys.reduce((most, key) => Math.max(most, key.length), 0);
	// Numbers, not strings, are compared: sorting 150,000 keys as strings takes a second.
	const values = Float64Array.from(keys, (key) => sortValue(key, width));
	const order = new Uint32Array(keys.length);
	for (let i = 0; i < order.length; i++) order[i] = i;
	order.sort((a, b) => values[a]! - values[b]! || owners[a]! - owners[b]!);
	return {
		keys: Array.from(order, (i) => keys[i]!.padEnd(width, ' ')).join(''),
		width,
		docs: Uint32Array.from(order, (i) => owners[i]!),
		kinds: Uint8Array.from(order, (i) => kinds[i]!)
	};
}

export interface NumberMatch {
	doc: number;
	kind: NumberKind;
	/** The whole key the query starts. */
	key: string;
}

/** The first key that is not below `prefix` (compared on the prefix's length). */
function lowerBound(index: NumberIndex, prefix: string): number {
	let low = 0;
	let high = index.docs.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		const at = middle * index.width;
		if (index.keys.slice(at, at + prefix.length) < prefix) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * Docs with a key starting with `digits`, exact matches first, then in key order; at most
 * `limit`, each doc once.
 */
export function findByNumber(
	index: NumberIndex,
	digits: string,
	limit: number,
	accept?: (doc: number) => boolean
): NumberMatch[] {
	if (digits.length > index.width) return [];
	const matches: NumberMatch[] = [];
	const seen = new Set<number>();
	for (let i = lowerBound(index, digits); i < index.docs.length; i++) {
		const at = i * index.width;
		if (!index.keys.startsWith(digits, at)) break;
		const doc = index.docs[i]!;
		if (seen.has(doc) || (accept && !accept(doc))) continue;
		seen.add(doc);
		const key = index.keys.slice(at, at + index.width).trimEnd();
		matches.push({ doc, kind: NUMBER_KINDS[index.kinds[i]!] ?? 'reg-no', key });
		if (matches.length >= limit) break;
	}
	return matches;
}
