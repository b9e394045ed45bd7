/**
 * The search index as the device keeps it beside its version, so that a start after the
 * first reads it instead of building it again. Building means parsing every search doc,
 * folding every name and indexing its trigrams: about 11 s on the full-size set, where
 * reading the built arrays back takes a fraction of that. The docs themselves are not in it:
 * their packs are stored already, and the page takes their lines from there (packed-docs.ts).
 *
 * What is stored depends on how the index is built (folding, trigram keys, filter columns,
 * name order), not only on the data: INDEX_FORMAT names that, and an index of another format
 * is built again. tests/unit/search/stored-index.test.ts fails when the built arrays change
 * without INDEX_FORMAT changing with them.
 */
import type { FilterColumns } from './doc-filter';
import type { IndexSnapshot } from './index-snapshot';
import type { DocLines } from './packed-docs';
import type { NameOrder } from './search-index';
import type { SearchFacets } from './search-types';
import type { TrigramIndex } from './trigram-index';

/** Bump when buildSearchIndex or nameOrderOf would make different arrays from the same docs. */
export const INDEX_FORMAT = 1;

/** A version's index without its docs: what the worker hands over, and the facets it reports. */
export interface StoredIndex {
	format: number;
	/** How many docs it indexes: its docs' lines must be as many. */
	docs: number;
	names: string;
	starts: Uint32Array;
	trigrams: TrigramIndex;
	columns: FilterColumns;
	idRank?: Uint32Array;
	facets: SearchFacets;
}

/** The index's parts to store, taken from a snapshot before it is handed over. */
export function toStored(snapshot: IndexSnapshot, facets: SearchFacets): StoredIndex {
	return {
		format: INDEX_FORMAT,
		docs: snapshot.docs.ends.length,
		names: snapshot.names,
		starts: snapshot.starts,
		trigrams: snapshot.trigrams,
		columns: snapshot.columns,
		...(snapshot.idRank && { idRank: snapshot.idRank }),
		facets
	};
}

/**
 * The stored index with its docs' lines, as a snapshot to hand over; undefined when it cannot
 * serve (another format, or not as many lines as docs), so the caller builds it again.
 */
export function fromStored(
	stored: StoredIndex | undefined,
	lines: DocLines
): IndexSnapshot | undefined {
	if (!stored || stored.format !== INDEX_FORMAT || stored.docs !== lines.ends.length) {
		return undefined;
	}
	return {
		names: stored.names,
		starts: stored.starts,
		trigrams: stored.trigrams,
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
