/** Reads search docs out of storage for the reader worker. */
import type { SearchDoc } from '../../model/types';
import type { PlainviewDb, SearchPack } from '../storage/db';
import { decodeLines, decodePackLines } from '../storage/pack-codec';
import { readPacks } from '../storage/pack-reads';
import { activeRow, hasStoredIndex, readStoredIndex, storeIndex } from '../storage/versions';
import type { IndexSnapshot } from './index-snapshot';
import type { KeepIndex, ReadDocs, ReadStored } from './search-handler';
import {
	docsFromStored,
	fromStored,
	tablesFromStored,
	type StoredDocs,
	type StoredIndex,
	type StoredTables
} from './stored-index';
import { joinDocLines, type DocBlocks, type DocLines } from './packed-docs';

/**
 * Every search doc of `version` (by default the active version in meta row 'active'), pack
 * by pack in id order, parsed and as the JSON Lines the page keeps (packed-docs.ts).
 */
export async function readSearchDocs(
	db: PlainviewDb,
	version?: string
): Promise<{ version: string; docs: SearchDoc[]; lines: DocLines }> {
	const chosen = version ?? (await activeRow(db))?.version;
	if (chosen === undefined) throw new Error('no active data version; install a bundle first');
	const stored = await readPacks(db, chosen, 'search');
	const docs: SearchDoc[] = [];
	const packs: Uint8Array[] = [];
	const counts: number[] = [];
	for (const row of stored) {
		const { pack, lines } = await decodePackLines<SearchPack>(row);
		for (const doc of pack.items) docs.push(doc);
		packs.push(lines);
		counts.push(pack.items.length);
	}
	return { version: chosen, docs, lines: joinDocLines(packs, counts) };
}

/**
 * The lines of `version`'s search docs, for an index read from storage: inflated, not parsed.
 * Each pack's line count is its stored record count (joinDocLines checks them).
 */
export async function readSearchLines(db: PlainviewDb, version: string): Promise<DocLines> {
	const stored = await readPacks(db, version, 'search');
	const packs: Uint8Array[] = [];
	const counts: number[] = [];
	for (const row of stored) {
		packs.push(await decodeLines(row));
		counts.push(row.records);
	}
	return joinDocLines(packs, counts);
}

/**
 * The stored index of `version` (the active one when absent) with its docs' blocks as stored,
 * or their lines from the packs when no blocks serve, when an index is stored that serves
 * (stored-index.ts: this format, as many docs); undefined otherwise, and the caller builds it
 * from the docs. The name-order tables are read only when asked, after the index is handed over.
 */
export async function readStoredSearch(
	db: PlainviewDb,
	version?: string
): Promise<ReadStored | undefined> {
	const chosen = version ?? (await activeRow(db))?.version;
	if (chosen === undefined || !(await hasStoredIndex(db, chosen))) return undefined;
	const rows = await readStoredIndex(db, chosen, ['index', 'docs']);
	// Written by this code (toStored): its format and doc count are checked by fromStored.
	const stored = rows.index as StoredIndex | undefined;
	if (!stored) return undefined;
	const docs = stored.docs;
	const lines: DocBlocks | DocLines =
		docsFromStored(rows.docs as StoredDocs | undefined, docs) ??
		(await readSearchLines(db, chosen));
	let index: IndexSnapshot | undefined;
	try {
		index = fromStored(stored, lines);
	} catch {
		index = undefined; // stored bytes that do not read back: built again
	}
	if (!index) return undefined;
	return {
		version: chosen,
		index,
		facets: stored.facets,
		tables: async () => {
			const { tables } = await readStoredIndex(db, chosen, ['tables']);
			return tablesFromStored(tables as StoredTables | undefined, docs);
		}
	};
}

/**
 * The reader worker's search reads over `db`: a version's stored index when one serves, else
 * every doc parsed (and the index built from them kept for the next start); every doc
 * parsed, for the graph's names after a stored index was read.
 */
export function searchReads(db: PlainviewDb) {
	return {
		readDocs: async (version?: string): Promise<ReadDocs | ReadStored> =>
			(await readStoredSearch(db, version)) ?? readSearchDocs(db, version),
		readAllDocs: (version: string) => readSearchDocs(db, version),
		readLines: (version: string) => readSearchLines(db, version),
		keep: ((version, stored) => storeIndex(db, version, stored)) satisfies KeepIndex
	};
}
