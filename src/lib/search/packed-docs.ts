/**
 * Search docs as the page keeps them: the JSON Lines the search packs hold, as UTF-8 bytes
 * with the end of each line. Parsed into objects they would take several times the bytes on
 * the page's heap, and the page only ever shows a few dozen.
 */
import { packText } from '../../model/pack-lines';
import type { SearchDoc } from '../../model/types';
import type { DocTable } from './search-index';

/** Doc d is bytes[ends[d - 1] + 1 .. ends[d]) (doc 0 starts at 0): one line, without its '\n'. */
export interface DocLines {
	bytes: Uint8Array;
	ends: Uint32Array;
}

/** Parsed docs kept for reuse: a query shows at most 50, a long session thousands. */
const KEPT = 4096;

export class PackedDocs implements DocTable {
	readonly #lines: DocLines;
	readonly #decoder = new TextDecoder();
	#parsed = new Map<number, SearchDoc>();

	constructor(lines: DocLines) {
		this.#lines = lines;
	}

	get length(): number {
		return this.#lines.ends.length;
	}

	at(doc: number): SearchDoc | undefined {
		if (!Number.isInteger(doc) || doc < 0 || doc >= this.length) return undefined;
		let parsed = this.#parsed.get(doc);
		if (!parsed) {
			const { bytes, ends } = this.#lines;
			const start = doc === 0 ? 0 : ends[doc - 1]! + 1;
			parsed = JSON.parse(this.#decoder.decode(bytes.subarray(start, ends[doc]))) as SearchDoc;
			if (this.#parsed.size >= KEPT) this.#parsed = new Map();
			this.#parsed.set(doc, parsed);
		}
		return parsed;
	}
}

/**
 * Joins packs of JSON Lines (each line a doc, each pack ending with '\n') into one DocLines.
 * Throws when a pack's line count differs from `counts`: the lines must match the docs the
 * index was built from, one for one.
 */
export function joinDocLines(packs: readonly Uint8Array[], counts: readonly number[]): DocLines {
	const total = packs.reduce((sum, pack) => sum + pack.length, 0);
	const docs = counts.reduce((sum, count) => sum + count, 0);
	const bytes = new Uint8Array(total);
	const ends = new Uint32Array(docs);
	let offset = 0;
	let doc = 0;
	packs.forEach((pack, p) => {
		bytes.set(pack, offset);
		let from = 0;
		for (let line = 0; line < (counts[p] ?? 0); line++) {
			const end = pack.indexOf(10, from);
			if (end < 0) throw new Error(`search pack ${p + 1}: ${line} lines, expected ${counts[p]}`);
			ends[doc++] = offset + end;
			from = end + 1;
		}
		if (from !== pack.length) {
			throw new Error(`search pack ${p + 1}: more than the ${counts[p]} lines expected`);
		}
		offset += pack.length;
	});
	return { bytes, ends };
}

/** The lines of docs that did not come from packs (tests, in-process search). */
export function docLinesOf(docs: readonly SearchDoc[]): DocLines {
	return joinDocLines([new TextEncoder().encode(packText(docs))], [docs.length]);
}
