/**
 * The work for one listed file: bytes → size and sha256 check → each pack inflated and every
 * record validated → the packs' bytes, as they came, into IndexedDB. It runs wherever the
 * file is parsed (a file worker, or the ingest itself), so parsed records are never copied
 * between threads.
 */
import { BundleError, type ManifestFile } from '../../model/bundle-format';
import type { BundleSource, ReadOptions } from './bundle-source';
import type { PlainviewDb } from '../storage/db';
import { writePacks, writePacksWithAnswers } from '../storage/versions';
import { describeStorageError } from './storage-quota';
import { readPackedFile } from './read-file';

/** Stores one file's packs under `version`; rejects with an error naming the file. */
export type StoreFile = (
	entry: ManifestFile,
	version: string,
	options: ReadOptions
) => Promise<void>;

export function storeFileFrom(source: BundleSource, db: PlainviewDb): StoreFile {
	return async (entry, version, options) => {
		const bytes = await source.file(entry.name, options);
		const { rows, answers } = await readPackedFile(entry, bytes, version);
		await storePacks(entry, options.signal, () =>
			answers ? writePacksWithAnswers(db, rows, version, answers) : writePacks(db, rows)
		);
	};
}

/** Storage errors (a full disk) get the file's name too, like every other failure. */
async function storePacks(
	entry: ManifestFile,
	signal: AbortSignal | undefined,
	write: () => Promise<void>
): Promise<void> {
	// Checked last: an install that failed elsewhere while this file was checked writes nothing.
	signal?.throwIfAborted();
	try {
		await write();
	} catch (error) {
		throw new BundleError(entry.name, `could not be stored (${describeStorageError(error)})`);
	}
}
