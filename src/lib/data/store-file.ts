/**
 * The work for one listed file: bytes → size and sha256 check → JSON → validation → packs →
 * IndexedDB. It runs wherever the file is parsed (a file worker, or the ingest itself), so
 * parsed records are never copied between threads.
 */
import { BundleError, type ManifestFile } from '../../model/bundle-format';
import type { BundleSource, ReadOptions } from './bundle-source';
import type { Pack, PlainviewDb } from './db';
import { describeStorageError } from './storage-quota';
import { encodePack } from './pack-codec';
import { packFile } from './packs';
import { readBundleFile } from './read-file';

/** Stores one file's packs under `version`; rejects with an error naming the file. */
export type StoreFile = (
	entry: ManifestFile,
	version: string,
	options: ReadOptions
) => Promise<void>;

export function storeFileFrom(source: BundleSource, db: PlainviewDb): StoreFile {
	return async (entry, version, options) => {
		const bytes = await source.file(entry.name, options);
		const file = await readBundleFile(entry, bytes);
		await storePacks(db, entry, packFile(version, file), options.signal);
	};
}

/** Storage errors (a full disk) get the file's name too, like every other failure. */
async function storePacks(
	db: PlainviewDb,
	entry: ManifestFile,
	packs: Pack[],
	signal: AbortSignal | undefined
): Promise<void> {
	const stored = await Promise.all(packs.map((pack) => encodePack(pack)));
	// Checked last: an install that failed elsewhere while this file was compressed writes nothing.
	signal?.throwIfAborted();
	try {
		await db.packs.bulkPut(stored);
	} catch (error) {
		throw new BundleError(entry.name, `could not be stored (${describeStorageError(error)})`);
	}
}
