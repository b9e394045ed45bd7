/**
 * The prefilter's query side: count, for every doc, the query trigrams it shares, and keep
 * the best few thousand in order, with a counting sort instead of a comparison sort.
 */
import { findKey, type TrigramIndex } from './trigram-index';

/** Scratch space reused between queries: a count per doc, the docs touched, a mark per doc. */
export interface Scratch {
	counts: Uint16Array;
	touched: Uint32Array;
	/** All zero between queries. */
	marks: Uint8Array;
}

export function createScratch(docs: number): Scratch {
	return {
		counts: new Uint16Array(docs),
		touched: new Uint32Array(docs),
		marks: new Uint8Array(docs)
	};
}

export interface Candidates {
	/** Doc numbers, most shared trigrams first. */
	docs: number[];
	/** Shared trigrams of each doc, in the same order. */
	shared: number[];
	/** Trigrams of the query that were counted: a doc sharing all of them may be a direct hit. */
	counted: number;
}

/** Posting ranges of the query's distinct trigrams, rarest first. */
function postingRanges(index: TrigramIndex, queryKeys: readonly number[]) {
	const ranges: { from: number; to: number }[] = [];
	for (const key of new Set(queryKeys)) {
		const at = findKey(index.keys, key);
		const from = at < 0 ? 0 : (index.offsets[at] ?? 0);
		const to = at < 0 ? 0 : (index.offsets[at + 1] ?? 0);
		ranges.push({ from, to });
	}
	return ranges.sort((a, b) => a.to - a.from - (b.to - b.from));
}

/**
 * The docs sharing most of the query's trigrams (and at least `minShare` of them), at most
 * `max`, among those `accept` lets through; ties go to the doc with fewer trigrams.
 * Trigrams in more than a sixteenth of all docs ("is ", "  j") are skipped once the rarer
 * half is counted: they cost most of the time and tell little apart.
 */
export function selectCandidates(
	index: TrigramIndex,
	scratch: Scratch,
	queryKeys: readonly number[],
	max: number,
	accept?: (doc: number) => boolean,
	minShare = 0.4
): Candidates {
	const { counts, touched } = scratch;
	const ranges = postingRanges(index, queryKeys);
	const common = Math.max(index.sizes.length / 16, max);
	const missing = ranges.filter((range) => range.to === range.from).length;
	const keep = missing + Math.ceil((ranges.length - missing) / 2);
	const counted = ranges.filter((range, i) => i < keep || range.to - range.from <= common);
	let touchedCount = 0;
	for (const { from, to } of counted) {
		for (let p = from; p < to; p++) {
			const doc = index.postings[p] ?? 0;
			if (counts[doc] === 0) touched[touchedCount++] = doc;
			counts[doc] = (counts[doc] ?? 0) + 1;
		}
	}
	// Counting sort: how many docs at each count, then the lowest count that still fits.
	const histogram = new Uint32Array(counted.length + 2);
	for (let i = 0; i < touchedCount; i++) {
		const doc = touched[i] ?? 0;
		const count = counts[doc] ?? 0;
		if (accept && !accept(doc)) counts[doc] = 0;
		else histogram[count] = (histogram[count] ?? 0) + 1;
	}
	const least = Math.max(1, Math.ceil(counted.length * minShare));
	let cutoff = counted.length;
	let above = 0;
	while (cutoff > least && above + (histogram[cutoff] ?? 0) < max) {
		above += histogram[cutoff--] ?? 0;
	}
	// Where each count's docs start in the output, highest count first.
	const slots = new Uint32Array(counted.length + 2);
	for (let count = counted.length; count > cutoff; count--) {
		slots[count - 1] = (slots[count] ?? 0) + (histogram[count] ?? 0);
	}
	const docs = new Array<number>(above);
	const ties: number[] = [];
	for (let i = 0; i < touchedCount; i++) {
		const doc = touched[i] ?? 0;
		const count = counts[doc] ?? 0;
		counts[doc] = 0;
		if (count > cutoff) {
			const slot = slots[count] ?? 0;
			docs[slot] = doc;
			slots[count] = slot + 1;
		} else if (count === cutoff && count > 0) ties.push(doc);
	}
	const tied = ties.length > max - above ? fewestTrigrams(index, ties, max - above) : ties;
	const shared: number[] = [];
	for (let count = counted.length; count > cutoff; count--) {
		for (let n = 0; n < (histogram[count] ?? 0); n++) shared.push(count);
	}
	for (let n = 0; n < tied.length; n++) shared.push(cutoff);
	return { docs: docs.concat(tied), shared, counted: counted.length };
}

/** The `take` docs with the fewest trigrams, by counting sort (there may be 100,000 ties). */
function fewestTrigrams(index: TrigramIndex, docs: readonly number[], take: number): number[] {
	const bySize = new Uint32Array(0x10000);
	for (const doc of docs) bySize[index.sizes[doc] ?? 0]!++;
	let limit = 0;
	for (let taken = 0; limit < bySize.length && taken < take; limit++) taken += bySize[limit] ?? 0;
	const chosen: number[] = [];
	for (const doc of docs) if ((index.sizes[doc] ?? 0) < limit - 1) chosen.push(doc);
	for (const doc of docs) {
		if (chosen.length >= take) break;
		if ((index.sizes[doc] ?? 0) === limit - 1) chosen.push(doc);
	}
	return chosen;
}
