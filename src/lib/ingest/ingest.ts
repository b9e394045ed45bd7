/**
 * Installs a bundle: manifest → for each file (two at a time) bytes, size, sha256, JSON,
 * validation, packs → the version switch. With groups (install-plan.ts), the core first
 * and then each group kept; on a first visit the core is switched to before the groups
 * follow, so search works while they install (install-groups.ts). No DOM: it runs in the ingest worker and in Node
 * tests. Records are parsed here and written straight to IndexedDB, never posted to the
 * page, because copying parsed objects between threads costs 2.5× the parse.
 */
import type { Manifest, ManifestFile } from '../../model/bundle-format';
import { bundleShrink, ShrinkError } from '../../model/bundle-shrink';
import type { BundleSource } from './bundle-source';
import { describeError } from './describe-error';
import type { PlainviewDb } from '../storage/db';
import type { InstallProgress } from './progress';
import { ProgressTracker } from './progress';
import { readManifest } from './read-file';
import { storeFileFrom, type StoreFile } from './store-file';
import { planInstall, plannedFiles } from './install-plan';
import { storeFiles, storeGroups } from './install-groups';
import {
	activate,
	activeRow,
	beginPending,
	discardVersion,
	groupSpace,
	readChoice,
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
	/** Keep every group, whatever was chosen (a bundle loaded from files brings them all). */
	everything?: boolean;
	/** A first install's core is active and searchable; `storing`, the groups that follow. */
	onCore?: (manifest: Manifest, storing: string[]) => void;
	/**
	 * A first install's search documents are stored, ahead of the rest of its core: the
	 * version can be searched (read with its version named) while the rest follows.
	 */
	onSearch?: (version: string) => void;
}

export interface IngestResult {
	manifest: Manifest;
	/** False when the stored version already matched the manifest and nothing was downloaded. */
	isNew: boolean;
	/** The version of an update that was interrupted earlier and has been removed. */
	abandoned?: string;
	/** Only the core was installed: the person is to choose which groups to keep. */
	ask?: boolean;
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
			const ask = await resume(options, manifest, active.installed, progress);
			progress.complete(manifest);
			return { manifest, isNew: false, ...(abandoned && { abandoned }), ...(ask && { ask }) };
		}
		const shrink = active && bundleShrink(active.manifest, manifest);
		if (shrink && options.allowShrink !== manifest.version) throw new ShrinkError(shrink);
		const ask = await install(options, manifest, progress, active === undefined);
		progress.complete(manifest);
		return { manifest, isNew: true, ...(abandoned && { abandoned }), ...(ask && { ask }) };
	} catch (error) {
		progress.phase('failed', { error: describeError(error) });
		throw error;
	}
}

/**
 * The active version again: stores the groups kept that are not in yet (a first install
 * interrupted after its core). Returns whether the person is still to be asked.
 */
async function resume(
	options: IngestOptions,
	manifest: Manifest,
	installed: readonly string[] | undefined,
	progress: ProgressTracker
): Promise<boolean> {
	const { source, db, signal, storeFile = storeFileFrom(source, db) } = options;
	if (!manifest.groups || installed === undefined) return false;
	const leftOut = options.everything ? undefined : await readChoice(db);
	const plan = planInstall(manifest, { leftOut, everything: options.everything });
	const missing = plan.groups.filter((g) => !installed.includes(g.group.id));
	if (missing.length > 0) {
		const store = { storeFile, concurrency: options.concurrency ?? 2, signal, progress };
		progress.begin(manifest, plannedFiles({ core: [], groups: missing, ask: false }));
		options.onCore?.(
			manifest,
			missing.map((g) => g.group.id)
		);
		await storeGroups(db, store, manifest, missing, installed);
	}
	return plan.ask;
}

/** Returns whether the person is to be asked which groups to keep. */
async function install(
	options: IngestOptions,
	manifest: Manifest,
	progress: ProgressTracker,
	isFirst: boolean
): Promise<boolean> {
	const { source, db, signal, storeFile = storeFileFrom(source, db) } = options;
	const leftOut = options.everything ? undefined : await readChoice(db);
	const plan = planInstall(manifest, { leftOut, everything: options.everything });
	const store = { storeFile, concurrency: options.concurrency ?? 2, signal, progress };
	progress.begin(manifest, plannedFiles(plan));
	await beginPending(db, manifest);
	try {
		if (isFirst) {
			// Nothing is searchable yet: the search documents go first and are searched at once.
			const isSearch = (file: ManifestFile) => file.kind === 'search';
			await storeFiles(store, plan.core.filter(isSearch), manifest.version);
			options.onSearch?.(manifest.version);
			await storeFiles(
				store,
				plan.core.filter((file) => !isSearch(file)),
				manifest.version
			);
		} else await storeFiles(store, plan.core, manifest.version);
		if (isFirst && manifest.groups) {
			// Nothing to keep in use: the core goes live now, and each group joins it when stored.
			progress.phase('indexing');
			await activate(db, manifest, []);
			options.onCore?.(
				manifest,
				plan.groups.map((g) => g.group.id)
			);
			progress.phase('downloading');
			await storeGroups(db, store, manifest, plan.groups, []);
		} else {
			for (const { group, files } of plan.groups)
				await storeFiles(store, files, groupSpace(manifest.version, group.id));
			signal?.throwIfAborted();
			progress.phase('indexing');
			await activate(
				db,
				manifest,
				plan.groups.map((g) => g.group.id)
			);
		}
	} catch (error) {
		// The original error is what the person needs; a failed cleanup is retried at next start.
		await discardVersion(db, manifest.version).catch(() => {});
		throw error;
	}
	// The new version is active and complete; old packs that survive this go at next start.
	await removeOtherVersions(db, manifest.version).catch(() => {});
	return plan.ask;
}
