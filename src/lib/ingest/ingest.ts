/**
 * Installs a bundle: manifest → for each file (two at a time) bytes, size, sha256, JSON,
 * validation, packs → the version switch. No DOM: it runs in the ingest worker and in Node
 * tests. Records are parsed here and written straight to IndexedDB, never posted to the
 * page, because copying parsed objects between threads costs 2.5× the parse.
 */
import type { Manifest } from '../../model/bundle-format';
import { bundleShrink, ShrinkError } from '../../model/bundle-shrink';
import type { BundleSource } from './bundle-source';
import { describeError } from './describe-error';
import type { PlainviewDb } from '../storage/db';
import { runLimited } from './pool';
import type { InstallProgress } from './progress';
import { ProgressTracker } from './progress';
import { readManifest } from './read-file';
import { storeFileFrom, type StoreFile } from './store-file';
import {
	activate,
	activeRow,
	beginPending,
	discardVersion,
	removeLeftovers,
	removeOtherVersions
} from '../storage/versions';

export interface IngestOptions {
	source: BundleSource;
	db: PlainviewDb;
	onProgress?: (progress: InstallProgress) => void;
	signal?: AbortSignal;
	/** Files in flight at once: one downloads while another is parsed and stored. */
	concurrency?: number;
	/** Where each file is parsed and stored; by default here, the worker passes its file workers. */
	storeFile?: StoreFile;
	/** Clock for the time estimate (ms); tests pass their own. */
	now?: () => number;
	/** The version the person agreed may replace far more data than it brings (bundle-shrink.ts). */
	allowShrink?: string;
}

export interface IngestResult {
	manifest: Manifest;
	/** False when the stored version already matched the manifest and nothing was downloaded. */
	isNew: boolean;
	/** The version of an update that was interrupted earlier and has been removed. */
	abandoned?: string;
}

/**
 * Installs the bundle `source` offers unless it is already the active version, or would
 * replace far more data than it brings and `allowShrink` does not name it (a ShrinkError,
 * nothing written). On failure
 * the new version's packs are removed, the active version is left as it was, and the error
 * (a BundleError for bad input) names the file and the problem.
 */
export async function ingestBundle(options: IngestOptions): Promise<IngestResult> {
	const { source, db, signal } = options;
	const progress = new ProgressTracker(options.onProgress ?? (() => {}), options.now);
	progress.phase('checking');
	try {
		const abandoned = await removeLeftovers(db);
		const manifest = readManifest(await source.manifest({ signal }));
		const active = await activeRow(db);
		if (active?.version === manifest.version) {
			progress.complete(manifest);
			return { manifest, isNew: false, ...(abandoned && { abandoned }) };
		}
		const shrink = active && bundleShrink(active.manifest, manifest);
		if (shrink && options.allowShrink !== manifest.version) throw new ShrinkError(shrink);
		await install(options, manifest, progress);
		progress.complete(manifest);
		return { manifest, isNew: true, ...(abandoned && { abandoned }) };
	} catch (error) {
		progress.phase('failed', { error: describeError(error) });
		throw error;
	}
}

async function install(
	{ source, db, signal, concurrency = 2, storeFile = storeFileFrom(source, db) }: IngestOptions,
	manifest: Manifest,
	progress: ProgressTracker
): Promise<void> {
	progress.begin(manifest);
	await beginPending(db, manifest);
	try {
		await runLimited(manifest.files, concurrency, signal, async (entry, lane) => {
			let seen = 0;
			const onBytes = (n: number) => {
				seen += n;
				progress.bytes(n);
			};
			await storeFile(entry, manifest.version, { signal: lane, onBytes });
			progress.fileStored(entry.bytes, entry.records, seen);
		});
		signal?.throwIfAborted();
		progress.phase('indexing');
		await activate(db, manifest);
	} catch (error) {
		// The original error is what the person needs; a failed cleanup is retried at next start.
		await discardVersion(db, manifest.version).catch(() => {});
		throw error;
	}
	// The new version is active and complete; old packs that survive this go at next start.
	await removeOtherVersions(db, manifest.version).catch(() => {});
}
