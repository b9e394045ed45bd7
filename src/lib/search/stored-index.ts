/**
 * The search index as the device keeps it beside its version, so that a start after the
 * first reads it instead of building it again. Building means parsing every search doc,
 * folding every name and indexing its trigrams: about 11 s on the full-size set, where
 * reading the built arrays back takes a fraction of that. The docs are stored beside it as the
 * blocks the page keeps them in (StoredDocs, doc-blocks.ts): a seventh of their lines' size,
 * read as they are, where their lines had to be inflated from every search pack (364 MB at
 * the full set). An index stored without them still serves: the lines come from the packs.
 *
 * What is stored depends on how the index is built (folding, trigram keys, filter columns,
 * name order), not only on the data: INDEX_FORMAT names that, and an index of another format
 * is built again. tests/unit/search/stored-index.test.ts fails when the built arrays change
 * without INDEX_FORMAT changing with them.
 */
import type { FilterColumns } from './doc-filter';
import type { IndexSnapshot } from './index-snapshot';
import { docCount, type DocBlocks, type DocLines } from './packed-docs';
import type { NameOrder } from './search-index';
import type { SearchFacets } from './search-types';
import type { TrigramIndex } from './trigram-index';

/**
 * Bump when buildSearchIndex or nameOrderOf would make different arrays from the same docs, or
 * the stored layout changes (2: postings packed as gaps; 3: names as UTF-8).
 */
export const INDEX_FORMAT = 3;

/**
 * A version's index without its docs: what the worker hands over, and the facets it reports.
 * The postings, most of its bytes, are stored as gaps (packPostings): a quarter of the size.
 */
export interface StoredIndex {
	format: number;
	/** How many docs it indexes: its docs' lines must be as many. */
	docs: number;
	/** The folded names, '\n'-joined, as UTF-8 (IndexSnapshot.names). */
	names: Uint8Array;
	starts: Uint32Array;
	trigrams: Omit<TrigramIndex, 'postings'> & { postings: PackedPostings };
	columns: FilterColumns;
	idRank?: Uint32Array;
	facets: SearchFacets;
}

/** Posting lists as gaps between doc numbers, each a LEB128 varint (zigzag, so any order reads back). */
export interface PackedPostings {
	count: number;
	bytes: Uint8Array;
}

/** The index's parts to store, taken from a snapshot before it is handed over. */
export function toStored(snapshot: IndexSnapshot, facets: SearchFacets): StoredIndex {
	const { postings, ...trigrams } = snapshot.trigrams;
	return {
		format: INDEX_FORMAT,
		docs: docCount(snapshot.docs),
		names: snapshot.names,
		starts: snapshot.starts,
		trigrams: { ...trigrams, postings: packPostings(postings, trigrams.offsets) },
		columns: snapshot.columns,
		...(snapshot.idRank && { idRank: snapshot.idRank }),
		facets
	};
}

/** Each key's postings as gaps from the one before (from 0 at each key's start), varint-coded. */
export function packPostings(postings: Uint32Array, offsets: Uint32Array): PackedPostings {
	if (offsets.at(-1) !== postings.length) throw new Error('the offsets do not cover the postings');
	// Two passes, the first for the size: one exact buffer instead of five bytes a posting.
	let size = 0;
	for (let key = 0; key + 1 < offsets.length; key++) {
		let previous = 0;
		for (let p = offsets[key]!; p < offsets[key + 1]!; p++) {
			const value = zigzag(postings[p]! - previous);
			previous = postings[p]!;
			size +=
				value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
		}
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (let key = 0; key + 1 < offsets.length; key++) {
		let previous = 0;
		for (let p = offsets[key]!; p < offsets[key + 1]!; p++) {
			let value = zigzag(postings[p]! - previous);
			previous = postings[p]!;
			while (value >= 0x80) {
				bytes[at++] = (value & 0x7f) | 0x80;
				value >>>= 7;
			}
			bytes[at++] = value;
		}
	}
	return { count: postings.length, bytes };
}

/** A gap between doc numbers as an unsigned value: 0, -1, 1, -2 … → 0, 1, 2, 3 … */
function zigzag(gap: number): number {
	return ((gap << 1) ^ (gap >> 31)) >>> 0;
}

/** packPostings undone; throws when the bytes do not hold exactly `count` postings. */
export function unpackPostings(packed: PackedPostings, offsets: Uint32Array): Uint32Array {
	if (offsets.at(-1) !== packed.count) throw new Error('the offsets do not cover the postings');
	const postings = new Uint32Array(packed.count);
	const { bytes } = packed;
	let at = 0;
	for (let key = 0; key + 1 < offsets.length; key++) {
		let previous = 0;
		for (let p = offsets[key]!; p < offsets[key + 1]!; p++) {
			let value = 0;
			let shift = 0;
			let byte: number;
			do {
				if (at >= bytes.length || shift > 28) throw new Error('stored postings are cut short');
				byte = bytes[at++]!;
				value |= (byte & 0x7f) << shift;
				shift += 7;
			} while (byte & 0x80);
			previous = (previous + ((value >>> 1) ^ -(value & 1))) >>> 0;
			postings[p] = previous;
		}
	}
	if (at !== bytes.length) throw new Error('stored postings run on past their count');
	return postings;
}

/**
 * The stored index with its docs' lines, as a snapshot to hand over; undefined when it cannot
 * serve (another format, or not as many lines as docs), so the caller builds it again.
 */
export function fromStored(
	stored: StoredIndex | undefined,
	lines: DocLines | DocBlocks
): IndexSnapshot | undefined {
	if (
		!stored ||
		stored.format !== INDEX_FORMAT ||
		stored.docs !== docCount(lines) ||
		!(stored.names instanceof Uint8Array)
	) {
		return undefined;
	}
	const { postings, ...trigrams } = stored.trigrams;
	return {
		names: stored.names,
		starts: stored.starts,
		trigrams: { ...trigrams, postings: unpackPostings(postings, trigrams.offsets) },
		columns: stored.columns,
		docs: lines,
		...(stored.idRank && { idRank: stored.idRank })
	};
}

/** The name-order tables as stored: made once after the index, read with it. */
export interface StoredTables {
	format: number;
	docs: number;
	tables: NameOrder;
}

export function tablesToStore(tables: NameOrder, docs: number): StoredTables {
	return { format: INDEX_FORMAT, docs, tables };
}

export function tablesFromStored(
	stored: StoredTables | undefined,
	docs: number
): NameOrder | undefined {
	return stored && stored.format === INDEX_FORMAT && stored.docs === docs
		? stored.tables
		: undefined;
}

/** The docs' blocks as stored (doc-blocks.ts): made once after the index, read with it. */
export interface StoredDocs {
	format: number;
	blocks: DocBlocks;
}

/** Bump when the blocks' layout changes (what blockDocs makes, or how BlockedDocs reads it). */
export const DOCS_FORMAT = 1;

export function docsToStore(blocks: DocBlocks): StoredDocs {
	return { format: DOCS_FORMAT, blocks };
}

/**
 * The stored blocks when they serve an index of `docs` docs: this format, as many docs, and
 * offsets that stay within their bytes; undefined otherwise (the lines come from the packs).
 */
export function docsFromStored(
	stored: StoredDocs | undefined,
	docs: number
): DocBlocks | undefined {
	if (!stored || stored.format !== DOCS_FORMAT) return undefined;
	const { blocks } = stored;
	const { offsets, bytes, count, per } = blocks ?? {};
	if (
		!(bytes instanceof Uint8Array) ||
		!(offsets instanceof Uint32Array) ||
		count !== docs ||
		!Number.isInteger(per) ||
		per! < 1 ||
		offsets.length !== Math.ceil(docs / per!) + 1 ||
		offsets.at(-1) !== bytes.length
	) {
		return undefined;
	}
	return blocks;
}
