/**
 * The database: its schema and its rows. This folder (storage/) is the only code that knows
 * IndexedDB exists; the rest of the app reads and writes through pack-reads.ts and
 * versions.ts. Facts are stored *packed*: a few hundred records per row (packs.ts), grouped
 * by entity id, because one row per record is far too slow to store a national set
 * (DESIGN.md, Storage). Rows are keyed by [version, kind, first id], so the pack holding an
 * id is found from the packs' first ids, and a new version is written beside the old one
 * until it is complete.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { FactGroup, Manifest } from '../../model/bundle-format';
import type { ExploreBody } from '../../model/explore-file';
import type { GraphBody } from '../../model/graph-file';
import type { FirstAnswer } from '../explore/explore-first-view';
import type { Entity, SearchDoc } from '../../model/types';

export type PackKind = 'entities' | 'facts' | 'search' | 'graph' | 'explore';

interface PackBase<K extends PackKind, T> {
	version: string;
	kind: K;
	/** First and last entity id in the pack (sorted order). */
	first: string;
	last: string;
	/** Records in the pack (entities, facts or search docs). */
	records: number;
	items: T[];
}

export type EntityPack = PackBase<'entities', Entity>;
export type FactPack = PackBase<'facts', FactGroup>;
export type SearchPack = PackBase<'search', SearchDoc>;
/** The whole graph in one row: it is read whole, once, by the worker that answers graph queries. */
export type GraphPack = PackBase<'graph', GraphBody>;
/** The explore file in one row, likewise read whole by the worker that answers the explore pages. */
export type ExplorePack = PackBase<'explore', ExploreBody>;
export type Pack = EntityPack | FactPack | SearchPack | GraphPack | ExplorePack;

/**
 * A pack as stored (pack-codec.ts). `deflate` is the bundle's own pack, JSON Lines as a raw
 * deflate stream, stored as it came; `columns` is the explore file's, stored as typed columns
 * (explore-codec.ts), with the name of the bundle file it came from; `lines` (the same in
 * gzip), `keyed` and no layout are rows written by earlier app versions.
 */
export type StoredPack = Omit<Pack, 'items'> & {
	data: Uint8Array;
	layout?: 'deflate' | 'columns' | 'lines' | 'keyed';
	file?: string;
};

/**
 * Small key/value rows: the active version and its manifest, an update in progress, which
 * groups of files (ManifestGroup) the person chose to leave out, the explore page's first
 * answers, and the search index once built (one large row per version). `installed`: the groups whose
 * files are all stored (their packs under groupSpace(), versions.ts); absent, every group.
 */
export type MetaRow =
	| { key: 'active'; version: string; manifest: Manifest; storedAt: string; installed?: string[] }
	| { key: 'pending'; version: string; manifest: Manifest; startedAt: string }
	| { key: 'choice'; leftOut: string[] }
	/** An explore page's first answer (explore-first-view.ts), keyed by its version and call. */
	| { key: `explore-answer/${string}`; version: string; answer: FirstAnswer }
	/**
	 * A version's search index, built once, its name-order tables and its docs' blocks:
	 * search/stored-index.ts says what they hold; storage only keeps them with their version.
	 */
	| { key: `search-index/${string}`; version: string; index: unknown }
	| { key: `search-tables/${string}`; version: string; tables: unknown }
	| { key: `search-docs/${string}`; version: string; docs: unknown };

export type PlainviewDb = Dexie & {
	packs: Table<StoredPack, [string, PackKind, string]>;
	meta: EntityTable<MetaRow, 'key'>;
};

export const DB_NAME = 'plainview';

export function openDb(name = DB_NAME): PlainviewDb {
	const db = new Dexie(name) as PlainviewDb;
	db.version(1).stores({
		// Primary key [version+kind+first]; `version` indexed to drop an old version at once.
		packs: '[version+kind+first], version',
		meta: 'key'
	});
	return db;
}
