/**
 * Every read of pack rows: a version's packs of one kind (one range query, written once
 * here), their first ids a page at a time, rows by key, and rows with the active meta row in
 * one transaction. Readers elsewhere (reads/, search/, export/) come through here.
 */
import Dexie from 'dexie';
import type { LoadedExplore } from '../explore/typed-columns';
import type { GraphBody } from '../../model/graph-file';
import type { GraphPack, MetaRow, PackKind, PlainviewDb, StoredPack } from './db';
import { decodePack } from './pack-codec';

/** The pack rows of one kind of a version, from the first id after `after` (all when absent). */
function packRange(db: PlainviewDb, version: string, kind: PackKind, after?: string) {
	return db.packs
		.where('[version+kind+first]')
		.between(
			[version, kind, after ?? Dexie.minKey],
			[version, kind, Dexie.maxKey],
			after === undefined,
			true
		);
}

/** Every pack row of one kind of `version`, in id order, as stored (pack-codec.ts decodes them). */
export function readPacks(db: PlainviewDb, version: string, kind: PackKind): Promise<StoredPack[]> {
	return packRange(db, version, kind).toArray();
}

/**
 * The first ids of `version`'s packs of one kind, in order: keys only, no row is read. With
 * `limit`, at most that many, starting after the id `after`.
 */
export async function readPackFirsts(
	db: PlainviewDb,
	version: string,
	kind: PackKind,
	{ after, limit }: { after?: string; limit?: number } = {}
): Promise<string[]> {
	const range = packRange(db, version, kind, after);
	const keys = await (limit === undefined ? range : range.limit(limit)).primaryKeys();
	return keys.map((key) => key[2]);
}

/** A pack row's primary key. */
export type PackKey = [version: string, kind: PackKind, first: string];

/** One pack row by its key. */
export function readPack(db: PlainviewDb, key: PackKey): Promise<StoredPack | undefined> {
	return db.packs.get(key);
}

/** Pack rows by key, in the keys' order; undefined where there is no such row. */
export function readPacksByKey(
	db: PlainviewDb,
	keys: readonly PackKey[]
): Promise<(StoredPack | undefined)[]> {
	return db.packs.bulkGet(keys as PackKey[]);
}

/** The graph of `version`, its one pack read whole; undefined when its bundle had no graph file. */
export async function readGraph(db: PlainviewDb, version: string): Promise<GraphBody | undefined> {
	const [row] = await readPacks(db, version, 'graph');
	return row && (await decodePack<GraphPack>(row)).items[0];
}

/**
 * The explore file of `version`, its one row read whole; undefined when its bundle had none.
 * Its code (explore-codec.ts) loads with the first explore call, not with the app.
 */
export async function readExplore(
	db: PlainviewDb,
	version: string
): Promise<LoadedExplore | undefined> {
	const [[row], { readStoredExplore }] = await Promise.all([
		readPacks(db, version, 'explore'),
		import('./explore-codec')
	]);
	return row && readStoredExplore(row);
}

/**
 * Pack rows and the meta row 'active', read in one read-only transaction of IndexedDB itself
 * rather than Dexie's: the requests go out before this returns (a Dexie transaction starts a
 * microtask later, after any render the caller queued), and the answer comes with the last
 * read, not after the commit as Dexie's transaction() waits for (a read-only transaction has
 * nothing to commit; one more round trip to the backend). One transaction, so the row tells
 * which version was active while the packs were read.
 */
export async function readPacksWithActive(
	db: PlainviewDb,
	keys: readonly PackKey[]
): Promise<{ rows: (StoredPack | undefined)[]; active: MetaRow | undefined }> {
	if (!db.isOpen()) await db.open();
	const idb = db.backendDB();
	return new Promise((resolve, reject) => {
		const transaction = idb.transaction(['packs', 'meta'], 'readonly');
		const rows: (StoredPack | undefined)[] = new Array<StoredPack | undefined>(keys.length);
		let active: MetaRow | undefined;
		let left = keys.length + 1;
		const done = () => {
			if (--left === 0) resolve({ rows, active });
		};
		const packs = transaction.objectStore('packs');
		keys.forEach((key, i) => {
			const request = packs.get(key);
			request.onsuccess = () => {
				rows[i] = request.result as StoredPack | undefined;
				done();
			};
		});
		const meta = transaction.objectStore('meta').get('active');
		meta.onsuccess = () => {
			active = meta.result as MetaRow | undefined;
			done();
		};
		transaction.onabort = () => reject(transaction.error ?? new Error('read aborted'));
	});
}
