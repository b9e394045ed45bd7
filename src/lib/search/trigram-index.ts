/**
 * The prefilter: folded trigrams → posting lists of doc numbers, all in typed arrays, so a
 * national set (~300k names) answers "who shares most trigrams with the query" in a few ms
 * and fuse.js only ranks the best couple of thousand.
 */

export interface TrigramIndex {
	/** Trigram keys, ascending (three UTF-16 units packed into one exact float). */
	keys: Float64Array;
	/** Postings of keys[i] are postings[offsets[i] .. offsets[i + 1]), doc numbers ascending. */
	offsets: Uint32Array;
	postings: Uint32Array;
	/** Distinct trigrams per doc: the shorter name wins a tie. */
	sizes: Uint16Array;
}

const UNIT = 0x10000;

/** Splits folded text into word tokens; hyphens and punctuation separate. */
export function splitTokens(folded: string): string[] {
	return folded.split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
}

/**
 * Trigrams of "  token " (two spaces before, one after), so a one-letter prefix still has a
 * trigram; an unfinished token (the one being typed) gets no closing space.
 */
export function tokenTrigrams(token: string, isPrefix = false): number[] {
	const padded = `  ${token}${isPrefix ? '' : ' '}`;
	const keys: number[] = [];
	for (let i = 0; i + 3 <= padded.length; i++) {
		keys.push(
			(padded.charCodeAt(i) * UNIT + padded.charCodeAt(i + 1)) * UNIT + padded.charCodeAt(i + 2)
		);
	}
	return keys;
}

/** Folded names of all docs, flat: doc d has names[starts[d] .. starts[d + 1]), name first. */
export interface NameTable {
	names: string[];
	starts: Uint32Array;
}

/** Builds the index; a space-separated word's trigram ids are worked out once per build. */
export function buildTrigramIndex({ names, starts }: NameTable): TrigramIndex {
	const docCount = starts.length - 1;
	const ids = new Map<number, number>();
	const wordIds = new Map<string, number[]>();
	const idsOf = (word: string) => {
		let found = wordIds.get(word);
		if (!found) {
			found = splitTokens(word).flatMap((token) =>
				tokenTrigrams(token).map((key) => {
					const id = ids.get(key) ?? ids.size;
					if (id === ids.size) ids.set(key, id);
					return id;
				})
			);
			wordIds.set(word, found);
		}
		return found;
	};
	let perDoc = new Uint32Array(docCount * 16 + 16);
	let used = 0;
	const docStarts = new Uint32Array(docCount + 1);
	const sizes = new Uint16Array(docCount);
	const lastDoc: number[] = [];
	const counts: number[] = [];
	for (let doc = 0; doc < docCount; doc++) {
		docStarts[doc] = used;
		for (let n = starts[doc] ?? 0; n < (starts[doc + 1] ?? 0); n++) {
			for (const word of (names[n] ?? '').split(' ')) {
				for (const id of idsOf(word)) {
					if (lastDoc[id] === doc) continue;
					lastDoc[id] = doc;
					counts[id] = (counts[id] ?? 0) + 1;
					if (used === perDoc.length) {
						const grown = new Uint32Array(perDoc.length * 2);
						grown.set(perDoc);
						perDoc = grown;
					}
					perDoc[used++] = id;
				}
			}
		}
		sizes[doc] = Math.min(used - (docStarts[doc] ?? 0), 0xffff);
	}
	docStarts[docCount] = used;

	const sortedKeys = [...ids.keys()].sort((a, b) => a - b);
	const rank = new Uint32Array(ids.size);
	const offsets = new Uint32Array(ids.size + 1);
	sortedKeys.forEach((key, i) => {
		const id = ids.get(key) ?? 0;
		rank[id] = i;
		offsets[i + 1] = (offsets[i] ?? 0) + (counts[id] ?? 0);
	});
	const fill = offsets.slice(0, ids.size);
	const postings = new Uint32Array(used);
	for (let doc = 0; doc < docCount; doc++) {
		for (let p = docStarts[doc] ?? 0; p < (docStarts[doc + 1] ?? 0); p++) {
			const slot = rank[perDoc[p] ?? 0] ?? 0;
			const target = fill[slot] ?? 0;
			postings[target] = doc;
			fill[slot] = target + 1;
		}
	}
	return { keys: Float64Array.from(sortedKeys), offsets, postings, sizes };
}

function findKey(keys: Float64Array, key: number): number {
	let low = 0;
	let high = keys.length - 1;
	while (low <= high) {
		const mid = (low + high) >>> 1;
		const value = keys[mid] ?? 0;
		if (value === key) return mid;
		if (value < key) low = mid + 1;
		else high = mid - 1;
	}
	return -1;
}

/** Scratch space reused between queries: a count per doc and the docs touched. */
export interface Scratch {
	counts: Uint16Array;
	touched: Uint32Array;
}

export function createScratch(docs: number): Scratch {
	return { counts: new Uint16Array(docs), touched: new Uint32Array(docs) };
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
