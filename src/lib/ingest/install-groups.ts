/**
 * Storing the groups of files a person keeps (selective install), and changing that choice
 * later: a group is listed as installed only once all its files are stored, and left out of
 * the list before its packs are removed (storage/versions.ts), so a profile never reads half
 * a group.
 */
import type { Manifest, ManifestFile, ManifestGroup } from '../../model/bundle-format';
import type { PlainviewDb } from '../storage/db';
import { activeRow, groupSpace, removeGroup, saveChoice, setInstalled } from '../storage/versions';
import type { BundleSource } from './bundle-source';
import { describeError } from './describe-error';
import { planInstall, plannedFiles } from './install-plan';
import { runLimited } from './pool';
import { ProgressTracker, type InstallProgress } from './progress';
import { readManifest } from './read-file';
import { storeFileFrom, type StoreFile } from './store-file';

/** How files are stored: where, how many at once, and the progress they count to. */
export interface FileStore {
	storeFile: StoreFile;
	concurrency: number;
	signal: AbortSignal | undefined;
	progress: ProgressTracker;
}

/** Stores files under `space` (a version, or a group's space), a few at a time. */
export async function storeFiles(
	{ storeFile, concurrency, signal, progress }: FileStore,
	files: readonly ManifestFile[],
	space: string
): Promise<void> {
	await runLimited(files, concurrency, signal, async (entry, lane) => {
		let seen = 0;
		const onBytes = (n: number) => {
			seen += n;
			progress.bytes(n);
		};
		await storeFile(entry, space, { signal: lane, onBytes });
		progress.fileStored(entry.bytes, entry.records, seen);
	});
}

/** Stores each group in turn into the active `manifest` version, listing it once it is in. */
export async function storeGroups(
	db: PlainviewDb,
	store: FileStore,
	manifest: Manifest,
	groups: readonly { group: ManifestGroup; files: ManifestFile[] }[],
	installed: readonly string[]
): Promise<void> {
	const done = [...installed];
	for (const { group, files } of groups) {
		await storeFiles(store, files, groupSpace(manifest.version, group.id));
		store.signal?.throwIfAborted();
		done.push(group.id);
		if (!(await setInstalled(db, manifest.version, done)))
			throw new Error('another version of the data was installed meanwhile');
	}
}

export interface KeepOptions {
	source: BundleSource;
	db: PlainviewDb;
	/** The groups to have on this device from now on; the others are removed. */
	keep: readonly string[];
	onProgress?: (progress: InstallProgress) => void;
	signal?: AbortSignal;
	concurrency?: number;
	storeFile?: StoreFile;
	now?: () => number;
}

/**
 * Makes the stored groups those in `keep`, and remembers the choice: removes the others,
 * fetches the missing ones. The source must offer the active version (an update is the
 * ordinary install's work); offline, the fetch fails with the file named, and what was
 * stored stays.
 */
export async function keepGroups(options: KeepOptions): Promise<Manifest> {
	const { source, db, keep, signal } = options;
	const progress = new ProgressTracker(options.onProgress ?? (() => {}), options.now);
	progress.phase('checking');
	try {
		const active = await activeRow(db);
		if (!active) throw new Error('no data is installed yet');
		const all = active.manifest.groups ?? [];
		const leftOut = all.filter((g) => !keep.includes(g.id)).map((g) => g.id);
		await saveChoice(db, leftOut);
		const installed = active.installed ?? all.map((g) => g.id);
		const staying = installed.filter((id) => keep.includes(id));
		if (staying.length < installed.length) {
			await setInstalled(db, active.version, staying);
			for (const id of installed)
				if (!staying.includes(id)) await removeGroup(db, active.version, id);
		}
		const wanted = all.filter((g) => keep.includes(g.id) && !staying.includes(g.id));
		if (wanted.length === 0) {
			progress.complete(active.manifest);
			return active.manifest;
		}
		const manifest = readManifest(await source.manifest({ signal }));
		if (manifest.version !== active.version)
			throw new Error(
				`the site now offers another version of the data (${manifest.version}): reload the page to update first`
			);
		const plan = planInstall(manifest, { leftOut: [...leftOut, ...staying] });
		const store = {
			storeFile: options.storeFile ?? storeFileFrom(source, db),
			concurrency: options.concurrency ?? 2,
			signal,
			progress
		};
		progress.begin(manifest, plannedFiles({ ...plan, core: [] }));
		await storeGroups(db, store, manifest, plan.groups, staying);
		progress.complete(manifest);
		return manifest;
	} catch (error) {
		progress.phase('failed', { error: describeError(error) });
		throw error;
	}
}
