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
import type { MetaRow, PlainviewDb, StoredPack } from './db';

/** What the app knows about the stored data. */
export interface StoredBundle {
	manifest: Manifest;
	/** When this version was stored (ISO). */
	storedAt: string;
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
	await removeOtherVersions(db, active?.version);
	if (pending) await db.meta.delete('pending');
	return pending && pending.version !== active?.version ? pending.version : undefined;
}

/** Stores packs of the pending version (ingest's store-file.ts, once their file is checked). */
export async function writePacks(db: PlainviewDb, packs: StoredPack[]): Promise<void> {
	await db.packs.bulkPut(packs);
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

/** The switch: readers see either the old version or the complete new one, never a mix. */
export async function activate(db: PlainviewDb, manifest: Manifest): Promise<void> {
	await db.transaction('rw', db.meta, async () => {
		const row: ActiveRow = {
			key: 'active',
			version: manifest.version,
			manifest: withoutPackSizes(manifest),
			storedAt: new Date().toISOString()
		};
		await db.meta.put(row);
		await db.meta.delete('pending');
	});
}

/**
 * Removes the packs of every version but `keep` (all of them when undefined). The versions
 * are listed from the index first: at every start there is usually nothing to remove, and
 * a notEqual() range delete over a million-record index took seconds to find that out.
 */
export async function removeOtherVersions(
	db: PlainviewDb,
	keep: string | undefined
): Promise<void> {
	const versions = (await db.packs.orderBy('version').uniqueKeys()) as string[];
	for (const version of versions) {
		if (version !== keep) await db.packs.where('version').equals(version).delete();
	}
}

/** A failed install: its packs and the pending row go; the active version is not touched. */
export async function discardVersion(db: PlainviewDb, version: string): Promise<void> {
	const active = await activeRow(db);
	if (active?.version !== version) await db.packs.where('version').equals(version).delete();
	await db.meta.delete('pending');
}
