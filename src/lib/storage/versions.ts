/**
 * The writes of an install and the version rows. A new version's packs are written beside
 * the active one under a 'pending' meta row; one transaction makes it active, and only then
 * is the old one removed. So closing the tab, a bad file or a full disk mid-update leaves
 * the old version complete, and the next start finds the leftovers and removes them.
 *
 * The rule readers build on: a version's packs never change, and are removed only after
 * another version became active. So reads that the active row, read after them or in their
 * transaction, still names as active all saw that version whole (reads/store.ts relies on it).
 */
import type { Manifest } from '../../model/bundle-format';
import type { FirstAnswer, StoredAnswers } from '../explore/explore-first-view';
import type { MetaRow, PlainviewDb, StoredPack } from './db';

/** What the app knows about the stored data. */
export interface StoredBundle {
	manifest: Manifest;
	/** When this version was stored (ISO). */
	storedAt: string;
	/** The manifest's groups that are stored; absent, all of them (or it has none). */
	installed?: string[];
}

/**
 * Where a group's packs are stored: a version of their own beside the core's, so a group is
 * added or removed whole without touching the rest. The active row's `installed` lists a
 * group only once all its packs are in, and drops it before they are removed.
 */
export function groupSpace(version: string, group: string): string {
	return `${version}/${group}`;
}

export type ActiveRow = Extract<MetaRow, { key: 'active' }>;
export type PendingRow = Extract<MetaRow, { key: 'pending' }>;

export async function activeRow(db: PlainviewDb): Promise<ActiveRow | undefined> {
	const row = await db.meta.get('active');
	return row?.key === 'active' ? row : undefined;
}

/**
 * Removes what an interrupted install left: the pending row and every pack that is not
 * the active version's. Call only while no install runs (the worker holds a lock).
 * Returns the version of the abandoned update, if there was one.
 */
export async function removeLeftovers(db: PlainviewDb): Promise<string | undefined> {
	const [active, pending] = await Promise.all([activeRow(db), db.meta.get('pending')]);
	await removeOtherVersions(db, active?.version, active?.installed);
	if (pending) await db.meta.delete('pending');
	return pending?.key === 'pending' && pending.version !== active?.version
		? pending.version
		: undefined;
}

/** Stores packs of the pending version (ingest's store-file.ts, once their file is checked). */
export async function writePacks(db: PlainviewDb, packs: StoredPack[]): Promise<void> {
	await db.packs.bulkPut(packs);
}

const ANSWERS = 'explore-answer/';
const answerKey = (version: string, call: string) => `${ANSWERS}${version}/${call}` as const;

/**
 * Stores packs of the pending version with, for the explore file, the explore pages' first
 * answers, one row per call, removed with their version (removeOtherVersions, discardVersion).
 */
export async function writePacksWithAnswers(
	db: PlainviewDb,
	packs: StoredPack[],
	version: string,
	answers: readonly FirstAnswer[]
): Promise<void> {
	await db.transaction('rw', db.packs, db.meta, async () => {
		await db.packs.bulkPut(packs);
		await db.meta.bulkPut(
			answers.map((answer): MetaRow => ({
				key: answerKey(version, answer.request.call),
				version,
				answer
			}))
		);
	});
}

/** Removes the explore answers and stored search indexes of any version but `keep` (a failed or abandoned install's). */
async function removeOtherVersionRows(db: PlainviewDb, keep: string | undefined): Promise<void> {
	await db.meta
		.where('key')
		.startsWith(ANSWERS)
		.filter((row) => 'answer' in row && row.version !== keep)
		.delete();
	// Found by key alone: an index row is tens of megabytes, not to be read to be removed.
	for (const part of INDEX_PARTS) {
		const keys = await db.meta.where('key').startsWith(indexKey(part, '')).primaryKeys();
		const others = keys.filter((key) => key !== indexKey(part, keep ?? ''));
		if (others.length > 0) await db.meta.bulkDelete(others);
	}
}

type IndexPart = 'index' | 'tables' | 'docs';
const INDEX_PARTS: readonly IndexPart[] = ['index', 'tables', 'docs'];

/** The meta key of a version's stored search index, its name-order tables, or its docs' blocks. */
const indexKey = <P extends IndexPart>(part: P, version: string) =>
	`search-${part}/${version}` as const;

/**
 * Whether the index and name-order tables of `version` are stored (the docs' blocks may be
 * missing: their lines are read from the packs then): their keys only are read.
 */
export async function hasStoredIndex(db: PlainviewDb, version: string): Promise<boolean> {
	const keys = await db.meta
		.where('key')
		.anyOf([indexKey('index', version), indexKey('tables', version)])
		.primaryKeys();
	return keys.length === 2;
}

/**
 * The search index stored for `version`, its name-order tables and its docs' blocks
 * (search/stored-index.ts), each undefined until built and stored, or those of `parts` only;
 * removed with their version.
 */
export async function readStoredIndex(
	db: PlainviewDb,
	version: string,
	parts: readonly IndexPart[] = INDEX_PARTS
): Promise<{ index?: unknown; tables?: unknown; docs?: unknown }> {
	const rows = await db.meta.bulkGet(parts.map((part) => indexKey(part, version)));
	const found: { index?: unknown; tables?: unknown; docs?: unknown } = {};
	for (const row of rows) {
		if (row && 'index' in row) found.index = row.index;
		if (row && 'tables' in row) found.tables = row.tables;
		if (row && 'docs' in row) found.docs = row.docs;
	}
	return found;
}

/**
 * Stores a version's search index, its tables or its docs' blocks. The row is put in this task, straight on
 * the database: IndexedDB copies a value as put() is called, so its arrays may be handed
 * over (transferred) as soon as this returns, without waiting for a write of hundreds of
 * megabytes; the promise says when the write is done. A row whose version is replaced
 * meanwhile is removed by the next start's clean-up (removeLeftovers), as its key says whose it is.
 */
export function storeIndex(
	db: PlainviewDb,
	version: string,
	stored: { index: unknown } | { tables: unknown } | { docs: unknown }
): Promise<void> {
	const key = indexKey(
		'index' in stored ? 'index' : 'tables' in stored ? 'tables' : 'docs',
		version
	);
	const row = { key, version, ...stored } as MetaRow;
	let idb: IDBDatabase;
	try {
		idb = db.backendDB();
	} catch {
		return Promise.reject(new Error('the database is not open'));
	}
	return new Promise((resolve, reject) => {
		const transaction = idb.transaction('meta', 'readwrite');
		transaction.objectStore('meta').put(row);
		transaction.oncomplete = () => resolve();
		transaction.onerror = () => reject(transaction.error ?? new Error('the index was not stored'));
		transaction.onabort = () => reject(transaction.error ?? new Error('the index was not stored'));
	});
}

/**
 * The active version's stored answers to `calls` (the page opened asks these first), in one
 * transaction with the active row; none for another version. Only those rows are read: the
 * rankings page's answer alone is hundreds of kilobytes on a national bundle.
 */
export function readFirstAnswers(
	db: PlainviewDb,
	calls: readonly string[]
): Promise<StoredAnswers | undefined> {
	return db.transaction('r', db.meta, async () => {
		const active = await activeRow(db);
		if (!active) return undefined;
		const rows = await db.meta.bulkGet(calls.map((call) => answerKey(active.version, call)));
		const answers = rows.flatMap((row) => (row && 'answer' in row ? [row.answer] : []));
		return answers.length > 0 ? { version: active.version, answers } : undefined;
	});
}

export async function beginPending(db: PlainviewDb, manifest: Manifest): Promise<void> {
	const row: PendingRow = {
		key: 'pending',
		version: manifest.version,
		manifest: withoutPackSizes(manifest),
		startedAt: new Date().toISOString()
	};
	await db.meta.put(row);
}

/**
 * The manifest as the meta rows keep it: without each file's pack sizes (25,000 numbers in
 * a national bundle), which only the install reads, from the manifest it fetched. Every
 * profile read reads the active row again to vouch for its version.
 */
function withoutPackSizes(manifest: Manifest): Manifest {
	const files = manifest.files.map((file) => ({
		...file,
		packs: [],
		unpacked: { ...file.unpacked, packs: [] }
	}));
	return { ...manifest, files };
}

/**
 * The switch: readers see either the old version or the complete new one, never a mix.
 * `installed`: the groups stored with it, when the manifest has groups.
 */
export async function activate(
	db: PlainviewDb,
	manifest: Manifest,
	installed?: string[]
): Promise<void> {
	await db.transaction('rw', db.meta, async () => {
		const row: ActiveRow = {
			key: 'active',
			version: manifest.version,
			manifest: withoutPackSizes(manifest),
			storedAt: new Date().toISOString(),
			...(manifest.groups && { installed: installed ?? manifest.groups.map((g) => g.id) })
		};
		await db.meta.put(row);
		await db.meta.delete('pending');
	});
}

/**
 * Removes the packs of every version but `keep` (all of them when undefined), and of its
 * groups but those `installed` names (all kept when undefined). The versions are listed from
 * the index first: at every start there is usually nothing to remove, and a notEqual() range
 * delete over a million-record index took seconds to find that out.
 */
export async function removeOtherVersions(
	db: PlainviewDb,
	keep: string | undefined,
	installed?: readonly string[]
): Promise<void> {
	const versions = await storedVersions(db);
	const isKept = (version: string) =>
		version === keep ||
		(keep !== undefined &&
			version.startsWith(`${keep}/`) &&
			(installed === undefined || installed.some((g) => groupSpace(keep, g) === version)));
	for (const version of versions) {
		if (!isKept(version)) await db.packs.where('version').equals(version).delete();
	}
	await removeOtherVersionRows(db, keep);
}

/**
 * The versions (and group spaces) that have packs, in order, each found by one seek: a key
 * cursor on the 'version' index jumps from each to the first key after it. Dexie's
 * uniqueKeys() reads every key of the index to find them (Chromium's 'nextunique' cursor
 * does too): 2.9 s at every start with a full-size bundle's 250,000 packs stored, holding up
 * the search index's read beside it.
 */
export async function storedVersions(db: PlainviewDb): Promise<string[]> {
	if (!db.isOpen()) await db.open();
	const index = db.backendDB().transaction('packs').objectStore('packs').index('version');
	return new Promise((resolve, reject) => {
		const versions: string[] = [];
		const request = index.openKeyCursor();
		request.onsuccess = () => {
			const cursor = request.result;
			if (!cursor) return resolve(versions);
			const version = cursor.key as string;
			versions.push(version);
			// The least string after `version`: no key lies between the two.
			cursor.continue(`${version}\0`);
		};
		request.onerror = () => reject(request.error ?? new Error('the stored versions were not read'));
	});
}

/** A failed install: its packs and the pending row go; the active version is not touched. */
export async function discardVersion(db: PlainviewDb, version: string): Promise<void> {
	const active = await activeRow(db);
	if (active?.version !== version) {
		await db.packs.where('version').equals(version).delete();
		await db.packs.where('version').startsWith(`${version}/`).delete();
		await db.meta.where('key').startsWith(answerKey(version, '')).delete();
		await db.meta.bulkDelete(INDEX_PARTS.map((part) => indexKey(part, version)));
	}
	await db.meta.delete('pending');
}

/**
 * Sets which groups of the active `version` are installed, in one transaction; false when
 * another version is active by then. Add a group only once its packs are all stored.
 */
export async function setInstalled(
	db: PlainviewDb,
	version: string,
	installed: readonly string[]
): Promise<boolean> {
	return db.transaction('rw', db.meta, async () => {
		const row = await activeRow(db);
		if (row?.version !== version) return false;
		const next: ActiveRow = { ...row, installed: [...installed] };
		await db.meta.put(next);
		return true;
	});
}

/** Removes a group's packs; call once the active row no longer lists it (setInstalled). */
export async function removeGroup(db: PlainviewDb, version: string, group: string): Promise<void> {
	await db.packs.where('version').equals(groupSpace(version, group)).delete();
}

/** The groups the person chose to leave out; undefined until they chose. */
export async function readChoice(db: PlainviewDb): Promise<string[] | undefined> {
	const row = await db.meta.get('choice');
	return row?.key === 'choice' ? row.leftOut : undefined;
}

export async function saveChoice(db: PlainviewDb, leftOut: readonly string[]): Promise<void> {
	const row: MetaRow = { key: 'choice', leftOut: [...leftOut] };
	await db.meta.put(row);
}
