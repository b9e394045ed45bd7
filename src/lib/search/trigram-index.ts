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

/**
 * The index with only `keys` (those it has): their postings copied, so the rest may be handed
 * over. No sizes: for reading posting lists, not for the prefilter's ranking.
 */
export function pickKeys(index: TrigramIndex, keys: readonly number[]): TrigramIndex {
	const found = [...new Set(keys)]
		.map((key) => findKey(index.keys, key))
		.filter((at) => at >= 0)
		.sort((a, b) => a - b);
	const offsets = new Uint32Array(found.length + 1);
	found.forEach((at, i) => {
		offsets[i + 1] = offsets[i]! + (index.offsets[at + 1]! - index.offsets[at]!);
	});
	const postings = new Uint32Array(offsets[found.length]!);
	found.forEach((at, i) =>
		postings.set(index.postings.subarray(index.offsets[at], index.offsets[at + 1]), offsets[i])
	);
	return {
		keys: Float64Array.from(found, (at) => index.keys[at]!),
		offsets,
		postings,
		sizes: new Uint16Array(0)
	};
}

export function findKey(keys: Float64Array, key: number): number {
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
