/**
 * The app's data as the page sees it: the stored bundle, and the progress of installing
 * or updating one. All the work happens in the ingest worker; this class only starts it
 * and mirrors what it reports. Components read it through getAppData().
 */
import { createContext } from 'svelte';
import type { BundleShrink } from '../../model/bundle-shrink';
import { pageDataUrl } from '../ingest/bundle-source';
import { openDb, type PlainviewDb } from '../storage/db';
import { spawnIngestWorker, type IngestChannel, type SpawnIngest } from '../ingest/ingest-client';
import type { IngestReply, IngestRequest } from '../ingest/ingest-messages';
import { emptyProgress, readyProgress, type InstallProgress } from '../ingest/progress';
import { isQuotaError, quotaShortfall, type QuotaShortfall } from '../ingest/storage-quota';
import { BundleStore } from '../reads/store';
import { settledWithin, whenIdle } from '../start/when-idle';
import type { StoredBundle } from '../storage/versions';
import { readAhead, type ReadAhead } from '../explore/explore-client';
import { parseHash } from '../router/routes';

/** What the person is told about the data beside the views (DataNotice.svelte). */
export type DataNotice =
	| { kind: 'update-found'; version: string }
	/** The core is in and searchable; the groups kept are being stored. */
	| { kind: 'installing'; done: number; total: number }
	| { kind: 'updated'; version: string }
	| { kind: 'quota'; shortfall: QuotaShortfall };

/** A bundle held back because it would replace most of the data: where it came from, what it loses. */
export interface ShrinkQuestion extends BundleShrink {
	from: 'files' | 'site';
}

export interface AppDataOptions {
	db?: PlainviewDb;
	/** Starts the ingest worker; tests pass one that runs ingest in-process. */
	spawn?: SpawnIngest;
}

/** The longest a warm start's check for a new version waits for the page to be idle. */
const CHECK_AFTER_MS = 2000;
/** The longest the check for a new version waits for what start() is told to wait for. */
export const AFTER_AT_MOST_MS = 10_000;

export class AppData {
	progress = $state<InstallProgress>(emptyProgress());
	/** The active bundle; replaced (never mutated) when an install completes. */
	bundle = $state.raw<StoredBundle | undefined>();
	/** Data is stored and can be read: the views can show it, even while an update runs. */
	isReady = $derived(this.bundle !== undefined);
	/** A version other than the one in use, while it is being installed beside it. */
	updateVersion = $derived.by(() => {
		const { phase, version } = this.progress;
		const isBusy = phase === 'downloading' || phase === 'indexing';
		return isBusy && this.bundle && version !== this.bundle.manifest.version ? version : undefined;
	});
	/** The last install's outcome worth telling; cleared when a new install starts. */
	#outcome = $state.raw<DataNotice | undefined>();
	// While groups of files (selective install) are stored into the version in use: 'installing'.
	notice = $derived<DataNotice | undefined>(
		this.updateVersion
			? { kind: 'update-found', version: this.updateVersion }
			: this.progress.phase === 'downloading' &&
				  this.progress.version === this.bundle?.manifest.version
				? { kind: 'installing', ...this.progress.bytes }
				: this.#outcome
	);
	/**
	 * The data in use has a relation graph, which the connection finder searches. A bundle
	 * whose graph was too big for the app is built without one (the build report says so).
	 */
	hasGraph = $derived(this.bundle?.manifest.files.some((file) => file.kind === 'graph') ?? true);
	/**
	 * A first install's version whose search documents are stored while the rest of its core
	 * is not yet: it can be searched, and its pages open once `bundle` is there.
	 */
	searchVersion = $state<string | undefined>();
	/** Only the core is installed, and the person is to choose which groups to keep. */
	isChoiceAsked = $state(false);
	/** Groups of files being stored into the version in use now (selective install): on their way, not left out. */
	storing = $state.raw<readonly string[]>([]);
	/** The person is asked before a bundle far smaller than the installed one replaces it. */
	shrink = $state.raw<ShrinkQuestion | undefined>();
	readonly store: BundleStore;
	readonly #spawn: SpawnIngest;
	#run: { channel: IngestChannel; settle: () => void } | undefined;
	#last: IngestRequest | undefined;

	constructor({ db, spawn = spawnIngestWorker }: AppDataOptions = {}) {
		// The app's own database opens while the app loads (a first visit's is made now, empty);
		// a failure is start()'s to report.
		if (!db) void (db = openDb()).open().catch(() => {});
		this.store = new BundleStore(db);
		this.#spawn = spawn;
	}

	/** Starts reading the stored first answers of the page `hash` opens, if it asks any. */
	readAhead(hash: string): ReadAhead | undefined {
		return readAhead(parseHash(hash).name, (calls) => this.store.firstAnswers(calls));
	}

	/**
	 * Opens the stored bundle (isReady turns true at once when there is one), then checks
	 * `baseUrl`/manifest.json in the worker and installs a new version beside the old one.
	 * Resolves when that check or install has ended; its outcome is in `progress`. With data
	 * stored, the check also waits for `after` (the search index read, which it would slow:
	 * its worker and the index's read share the device's cores and the database), for
	 * AFTER_AT_MOST_MS at most.
	 */
	async start(
		baseUrl = pageDataUrl(document.baseURI),
		{ after }: { after?: Promise<unknown> } = {}
	): Promise<void> {
		try {
			this.bundle = await this.store.activeBundle();
			if (this.bundle) this.progress = readyProgress(this.bundle.manifest);
		} catch (error) {
			// No IndexedDB (a private window in some browsers): say so; the install will fail too.
			this.progress = {
				...this.progress,
				phase: 'failed',
				error: `local storage is unavailable: ${String(error)}`
			};
			return;
		}
		// With data stored, the page is drawn from it first: the check for a new version (a worker
		// that fetches the manifest) waits until the page is idle.
		if (this.bundle) {
			await whenIdle(CHECK_AFTER_MS);
			await settledWithin(after, AFTER_AT_MOST_MS);
		}
		await this.#install({ type: 'install', baseUrl });
	}

	/**
	 * Keeps these groups of files on this device (selective install) and no others: fetches the
	 * missing ones from the site, removes the rest, and remembers the choice.
	 */
	keepGroups(keep: string[]): Promise<void> {
		// The question stays until the groups are in ('done' settles it).
		const installed = this.bundle?.installed;
		const run = this.#install({
			type: 'install',
			baseUrl: pageDataUrl(document.baseURI),
			keep
		});
		this.storing = installed ? keep.filter((id) => !installed.includes(id)) : [];
		return run;
	}

	/** Installs a bundle a person picked: manifest.json with its chunk files. */
	installFiles(files: File[]): Promise<void> {
		return this.#install({ type: 'install-files', files });
	}

	/** The last install again, after it failed (a Retry button); the first start if there was none. */
	retry(): Promise<void> {
		return this.#last ? this.#install(this.#last) : this.start();
	}

	/** Installs the bundle held back by `shrink`, that version only, as the person agreed. */
	installAnyway(): Promise<void> {
		const version = this.shrink?.version;
		if (!version || !this.#last) return Promise.resolve();
		return this.#install({ ...this.#last, allowShrink: version });
	}

	/** The person keeps the installed data: the question goes; a later start asks again. */
	keepData(): void {
		this.shrink = undefined;
	}

	#install(request: IngestRequest): Promise<void> {
		// The newest request wins; an install it interrupts is cleaned up by the next one.
		this.#finish();
		this.#last = request;
		this.shrink = undefined;
		return new Promise((settle) => {
			const channel = this.#spawn((reply) => {
				if (this.#run?.channel === channel) void this.#receive(channel, reply);
			});
			this.#run = { channel, settle };
			this.#outcome = undefined;
			this.progress = { ...emptyProgress('checking') };
			channel.send(request);
		});
	}

	async #receive(channel: IngestChannel, reply: IngestReply): Promise<void> {
		switch (reply.type) {
			case 'progress':
				// A 'failed' reply always follows, and decides whether the failure is shown at all.
				if (reply.progress.phase !== 'failed') this.progress = reply.progress;
				return;
			case 'search':
				// Nothing stored before: searching starts while the rest of the core is stored.
				if (!this.bundle) this.searchVersion = reply.version;
				return;
			// 'core': a first install's core is in and searchable; its groups follow (selective install).
			case 'core':
			case 'done': {
				const previous = this.bundle?.manifest.version;
				this.isChoiceAsked = reply.type === 'done' && reply.ask === true;
				try {
					this.bundle = await this.store.activeBundle();
				} catch (error) {
					this.progress = { ...this.progress, phase: 'failed', error: String(error) };
				}
				// The first data stored: ask the browser to keep it.
				if (previous === undefined && this.bundle) void requestPersistence();
				if (reply.type === 'core') {
					this.storing = reply.storing;
					return;
				}
				if (reply.isNew && previous !== undefined && previous !== reply.manifest.version) {
					this.#outcome = { kind: 'updated', version: reply.manifest.version };
				}
				// A newer request may have started meanwhile: it is not this reply's to end.
				if (this.#run?.channel !== channel) return;
				break;
			}
			case 'shrink':
				// Nothing was written: the installed data stays in use while the person decides.
				this.shrink = { ...reply.shrink, from: this.#last?.type === 'install' ? 'site' : 'files' };
				if (this.bundle) this.progress = readyProgress(this.bundle.manifest);
				break;
			case 'failed':
				// The version searched early is removed with the failed install.
				if (!this.bundle) this.searchVersion = undefined;
				await this.#fail(channel, reply.message);
				if (this.#run?.channel !== channel) return;
				break;
		}
		this.#finish();
	}

	async #fail(channel: IngestChannel, message: string): Promise<void> {
		const { bundle, progress } = this;
		if (isQuotaError(message)) {
			// The manifest's total is known once downloading began; it is what must fit.
			const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
			// A newer install may have begun while the browser answered: its state is not ours.
			if (this.#run?.channel !== channel) return;
			this.#outcome = { kind: 'quota', shortfall: quotaShortfall(progress.bytes.total, estimate) };
			// The old version is complete and active: the notice says why the new one is missing.
			if (bundle) {
				this.progress = readyProgress(bundle.manifest);
				return;
			}
		} else if (bundle && progress.version === undefined && isUnreachable(message)) {
			// The background check could not reach the manifest (offline): the stored data is what
			// the person came for, so no banner covers it; the next start checks again. A manifest
			// that arrives but is bad is still shown as a failure.
			this.progress = readyProgress(bundle.manifest);
			return;
		}
		this.progress = { ...progress, phase: 'failed', error: message };
	}

	#finish(): void {
		this.storing = [];
		this.#run?.channel.stop();
		this.#run?.settle();
		this.#run = undefined;
	}
}

/** No network: the browser says so, or the fetch failed (urlSource's wording, bundle-source.ts). */
function isUnreachable(message: string): boolean {
	return navigator.onLine === false || message.includes('could not be downloaded');
}

/**
 * Asks the browser not to evict the data under storage pressure; Chromium grants it
 * silently to sites in use, Firefox asks. Refusal changes nothing: the data stays best-effort.
 */
async function requestPersistence(): Promise<void> {
	try {
		if (navigator.storage?.persist && !(await navigator.storage.persisted())) {
			await navigator.storage.persist();
		}
	} catch {
		// Not offered here (an old browser, a test without navigator.storage): nothing to do.
	}
}

export const [getAppData, setAppData] = createContext<AppData>();
