/**
 * Search docs as the page keeps them: the JSON Lines the search packs hold, as UTF-8 bytes
 * with the end of each line (DocLines), or those lines deflated in blocks (DocBlocks,
 * doc-blocks.ts), which the page gets once the worker has made them. Parsed into objects
 * they would take several times the bytes on the page's heap, and the page only ever shows
 * a few dozen.
 */
import { inflateSync } from 'fflate';
import { packText } from '../../model/pack-lines';
import type { SearchDoc } from '../../model/types';
import type { DocTable } from './search-index';

/** Doc d is bytes[ends[d - 1] + 1 .. ends[d]) (doc 0 starts at 0): one line, without its '\n'. */
export interface DocLines {
	bytes: Uint8Array;
	ends: Uint32Array;
}

/**
 * Doc lines deflated in blocks: block b holds docs b·per … b·per + per − 1 (fewer in the
 * last), their lines each ending in '\n', raw-deflated into bytes[offsets[b] .. offsets[b + 1]).
 */
export interface DocBlocks {
	bytes: Uint8Array;
	offsets: Uint32Array;
	/** How many docs. */
	count: number;
	/** Docs in each block but the last. */
	per: number;
}

export const isDocBlocks = (docs: DocLines | DocBlocks): docs is DocBlocks => 'offsets' in docs;

export function docCount(docs: DocLines | DocBlocks): number {
	return isDocBlocks(docs) ? docs.count : docs.ends.length;
}

/** Parsed docs kept for reuse: a query shows at most 50, a long session thousands. */
const KEPT = 4096;

/** A doc table that parses each doc when first asked for it, and keeps the last KEPT. */
abstract class ParsedDocs implements DocTable {
	protected readonly decoder = new TextDecoder();
	#parsed = new Map<number, SearchDoc>();

	abstract readonly length: number;

	/** Doc `doc`'s line, without its '\n'; `doc` is in range. */
	protected abstract line(doc: number): Uint8Array;

	at(doc: number): SearchDoc | undefined {
		if (!Number.isInteger(doc) || doc < 0 || doc >= this.length) return undefined;
		let parsed = this.#parsed.get(doc);
		if (!parsed) {
			parsed = JSON.parse(this.decoder.decode(this.line(doc))) as SearchDoc;
			if (this.#parsed.size >= KEPT) this.#parsed = new Map();
			this.#parsed.set(doc, parsed);
		}
		return parsed;
	}
}

export class PackedDocs extends ParsedDocs {
	readonly #lines: DocLines;

	constructor(lines: DocLines) {
		super();
		this.#lines = lines;
	}

	get length(): number {
		return this.#lines.ends.length;
	}

	protected line(doc: number): Uint8Array {
		const { bytes, ends } = this.#lines;
		return bytes.subarray(doc === 0 ? 0 : ends[doc - 1]! + 1, ends[doc]);
	}
}

/** Inflated blocks kept: the hits of one query, and the next letter's, mostly share them. */
const BLOCKS_KEPT = 64;

export class BlockedDocs extends ParsedDocs {
	readonly #blocks: DocBlocks;
	#inflated = new Map<number, { bytes: Uint8Array; ends: Uint32Array }>();

	constructor(blocks: DocBlocks) {
		super();
		this.#blocks = blocks;
	}

	get length(): number {
		return this.#blocks.count;
	}

	protected line(doc: number): Uint8Array {
		const { per } = this.#blocks;
		const { bytes, ends } = this.#block(Math.floor(doc / per));
		const line = doc % per;
		return bytes.subarray(line === 0 ? 0 : ends[line - 1]! + 1, ends[line]);
	}

	#block(block: number): { bytes: Uint8Array; ends: Uint32Array } {
		let inflated = this.#inflated.get(block);
		if (!inflated) {
			const { bytes, offsets, per, count } = this.#blocks;
			const lines = inflateSync(bytes.subarray(offsets[block], offsets[block + 1]));
			const docs = Math.min(per, count - block * per);
			const ends = new Uint32Array(docs);
			let from = 0;
			for (let line = 0; line < docs; line++) {
				const end = lines.indexOf(10, from);
				if (end < 0) throw new Error(`search docs: block ${block} holds fewer than ${docs} lines`);
				ends[line] = end;
				from = end + 1;
			}
			inflated = { bytes: lines, ends };
			if (this.#inflated.size >= BLOCKS_KEPT) this.#inflated = new Map();
			this.#inflated.set(block, inflated);
		}
		return inflated;
	}
}

/** The page's doc table for docs in either form. */
export function docTable(docs: DocLines | DocBlocks): DocTable {
	return isDocBlocks(docs) ? new BlockedDocs(docs) : new PackedDocs(docs);
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
