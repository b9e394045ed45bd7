/**
 * The app's data as the page sees it: the stored bundle, and the progress of installing
 * or updating one. All the work happens in the ingest worker; this class only starts it
 * and mirrors what it reports. Components read it through getAppData().
 */
import { createContext } from 'svelte';
import { pageDataUrl } from './bundle-source';
import { openDb, type PlainviewDb } from './db';
import { spawnIngestWorker, type IngestChannel, type SpawnIngest } from './ingest-client';
import type { IngestReply, IngestRequest } from './ingest-messages';
import type { InstallProgress, StoredBundle } from './profile';
import { emptyProgress, readyProgress } from './progress';
import { BundleStore } from './store';

export interface AppDataOptions {
	db?: PlainviewDb;
	/** Starts the ingest worker; tests pass one that runs ingest in-process. */
	spawn?: SpawnIngest;
}

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
	readonly store: BundleStore;
	readonly #spawn: SpawnIngest;
	#run: { channel: IngestChannel; settle: () => void } | undefined;

	constructor({ db = openDb(), spawn = spawnIngestWorker }: AppDataOptions = {}) {
		this.store = new BundleStore(db);
		this.#spawn = spawn;
	}

	/**
	 * Opens the stored bundle (isReady turns true at once when there is one), then checks
	 * `baseUrl`/manifest.json in the worker and installs a new version beside the old one.
	 * Resolves when that check or install has ended; its outcome is in `progress`.
	 */
	async start(baseUrl = pageDataUrl(document.baseURI)): Promise<void> {
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
		await this.#install({ type: 'install', baseUrl });
	}

	/** Installs a bundle a person picked: manifest.json with its chunk files. */
	installFiles(files: File[]): Promise<void> {
		return this.#install({ type: 'install-files', files });
	}

	#install(request: IngestRequest): Promise<void> {
		// The newest request wins; an install it interrupts is cleaned up by the next one.
		this.#finish();
		return new Promise((settle) => {
			const channel = this.#spawn((reply) => {
				if (this.#run?.channel === channel) void this.#receive(channel, reply);
			});
			this.#run = { channel, settle };
			this.progress = { ...emptyProgress('checking') };
			channel.send(request);
		});
	}

	async #receive(channel: IngestChannel, reply: IngestReply): Promise<void> {
		switch (reply.type) {
			case 'progress':
				this.progress = reply.progress;
				return;
			case 'done':
				try {
					this.bundle = await this.store.activeBundle();
				} catch (error) {
					this.progress = { ...this.progress, phase: 'failed', error: String(error) };
				}
				// A newer request may have started meanwhile: it is not this reply's to end.
				if (this.#run?.channel !== channel) return;
				break;
			case 'failed':
				this.progress = { ...this.progress, phase: 'failed', error: reply.message };
				break;
		}
		this.#finish();
	}

	#finish(): void {
		this.#run?.channel.stop();
		this.#run?.settle();
		this.#run = undefined;
	}
}

export const [getAppData, setAppData] = createContext<AppData>();
