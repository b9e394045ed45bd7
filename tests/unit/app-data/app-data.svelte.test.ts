import { describe, expect, it, vi } from 'vitest';
import { AFTER_AT_MOST_MS, AppData } from '../../../src/lib/app-data/app-data.svelte';
import type { BundleSource } from '../../../src/lib/ingest/bundle-source';
import type { PlainviewDb } from '../../../src/lib/storage/db';
import { describeError } from '../../../src/lib/ingest/describe-error';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import type { SpawnIngest } from '../../../src/lib/ingest/ingest-client';
import type { IngestRequest } from '../../../src/lib/ingest/ingest-messages';
import {
	buildBundle,
	freshDb,
	manyRecords,
	memorySource,
	profileRecords,
	type TestBundle
} from '../../fixtures/bundle-fixture';

const v1 = buildBundle(manyRecords(40), { chunkRecords: 20 });
const v2 = buildBundle([...manyRecords(40), ...profileRecords()], { chunkRecords: 20 });

/** Runs what the worker runs, in-process: the same ingest, the same replies. */
function inProcess(
	db: PlainviewDb,
	sourceFor: (request: IngestRequest) => BundleSource
): SpawnIngest {
	return (onReply) => {
		const controller = new AbortController();
		return {
			send(request) {
				ingestBundle({
					source: sourceFor(request),
					db,
					signal: controller.signal,
					onProgress: (progress) => onReply({ type: 'progress', progress })
				}).then(
					({ manifest, isNew }) => onReply({ type: 'done', manifest, isNew }),
					(error: unknown) => onReply({ type: 'failed', message: describeError(error) })
				);
			},
			stop: () => controller.abort()
		};
	};
}

const serving = (bundle: TestBundle, db: PlainviewDb) =>
	new AppData({ db, spawn: inProcess(db, () => memorySource(bundle)) });

describe('AppData', () => {
	it('installs on first start and then holds the bundle', async () => {
		const app = serving(v1, freshDb());
		expect(app.isReady).toBe(false);
		await app.start('https://host/data/');
		expect(app.isReady).toBe(true);
		expect(app.bundle?.manifest.version).toBe(v1.manifest.version);
		expect(app.progress).toMatchObject({
			phase: 'ready',
			files: { done: v1.manifest.files.length }
		});
	});

	it('opens stored data before the manifest check ends', async () => {
		const db = freshDb();
		await serving(v1, db).start('https://host/data/');
		let release = () => {};
		const held = new Promise<void>((r) => (release = r));
		const slow: BundleSource = {
			...memorySource(v1),
			manifest: async () => {
				await held;
				return new TextEncoder().encode(v1.manifestText).buffer;
			}
		};
		const app = new AppData({ db, spawn: inProcess(db, () => slow) });
		const started = app.start('https://host/data/');
		await expect.poll(() => app.isReady).toBe(true);
		expect(app.progress.phase).toBe('checking');
		release();
		await started;
		expect(app.progress.phase).toBe('ready');
	});

	it('checks for a new version only once the page is idle when data is stored; at once when none is', async () => {
		const db = freshDb();
		let idle = () => {};
		const asked: number[] = [];
		vi.stubGlobal('requestIdleCallback', (callback: () => void, options: { timeout: number }) => {
			idle = callback;
			asked.push(options.timeout);
			return 1;
		});
		try {
			const spawned: string[] = [];
			const spawn = inProcess(db, () => memorySource(v1));
			const counted: SpawnIngest = (onReply) => (spawned.push('check'), spawn(onReply));
			// A first start: nothing to draw from, so the install starts at once.
			await new AppData({ db, spawn: counted }).start('https://host/data/');
			expect([spawned, asked]).toEqual([['check'], []]);
			const app = new AppData({ db, spawn: counted });
			const started = app.start('https://host/data/');
			await expect.poll(() => app.isReady).toBe(true);
			await expect.poll(() => asked).toHaveLength(1);
			expect(spawned).toHaveLength(1);
			idle();
			await started;
			expect(spawned).toHaveLength(2);
			expect(app.progress.phase).toBe('ready');
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('reports a new version while installing it beside the one in use, then switches', async () => {
		const db = freshDb();
		await serving(v1, db).start('https://host/data/');
		const seen: (string | undefined)[] = [];
		const holder: { app?: AppData } = {};
		const source = memorySource(v2, {
			beforeFile: async () => {
				seen.push(holder.app!.updateVersion);
				expect(holder.app!.bundle?.manifest.version).toBe(v1.manifest.version);
			}
		});
		const app = (holder.app = new AppData({ db, spawn: inProcess(db, () => source) }));
		await app.start('https://host/data/');
		expect(seen).toContain(v2.manifest.version);
		expect(app.bundle?.manifest.version).toBe(v2.manifest.version);
		expect(app.updateVersion).toBeUndefined();
	});

	it('keeps the stored bundle when an update fails, with the error in progress', async () => {
		const db = freshDb();
		await serving(v1, db).start('https://host/data/');
		const broken = memorySource(v2, { files: { 'facts-0001.jsonl.gz': '{}' } });
		const app = new AppData({ db, spawn: inProcess(db, () => broken) });
		await app.start('https://host/data/');
		expect(app.isReady).toBe(true);
		expect(app.bundle?.manifest.version).toBe(v1.manifest.version);
		expect(app.progress).toMatchObject({
			phase: 'failed',
			error: expect.stringMatching(/^facts-0001\.jsonl\.gz: /)
		});
	});

	it('retries a failed first install with the same request, and installs once the file is whole', async () => {
		const db = freshDb();
		const requests: IngestRequest[] = [];
		let isBroken = true;
		const app = new AppData({
			db,
			spawn: inProcess(db, (request) => {
				requests.push(request);
				return memorySource(v1, isBroken ? { files: { 'facts-0001.jsonl.gz': null } } : {});
			})
		});
		await app.start('https://host/data/');
		expect(app.progress.phase).toBe('failed');
		expect(app.isReady).toBe(false);
		isBroken = false;
		await app.retry();
		expect(requests).toEqual([
			{ type: 'install', baseUrl: 'https://host/data/' },
			{ type: 'install', baseUrl: 'https://host/data/' }
		]);
		expect(app.progress.phase).toBe('ready');
		expect(app.bundle?.manifest.version).toBe(v1.manifest.version);
	});

	it('sends picked files to the worker', async () => {
		const db = freshDb();
		const requests: IngestRequest[] = [];
		const app = new AppData({
			db,
			spawn: inProcess(db, (request) => {
				requests.push(request);
				return memorySource(v1);
			})
		});
		const files = [new File(['{}'], 'manifest.json')];
		await app.installFiles(files);
		expect(requests).toEqual([{ type: 'install-files', files }]);
		expect(app.isReady).toBe(true);
	});
});

describe('the check for a new version on a start with data stored', () => {
	async function stored(): Promise<{ db: PlainviewDb; spawned: () => number; app: AppData }> {
		const db = freshDb();
		await new AppData({ db, spawn: inProcess(db, () => memorySource(v1)) }).start('u');
		let count = 0;
		const spawn = inProcess(db, () => memorySource(v2));
		const app = new AppData({ db, spawn: (onReply) => (count++, spawn(onReply)) });
		return { db, spawned: () => count, app };
	}

	it('waits for what it is told to wait for (the search index read), then runs', async () => {
		const { spawned, app } = await stored();
		let release: () => void = () => {};
		const after = new Promise<void>((resolve) => (release = resolve));
		const started = app.start('u', { after });
		await vi.waitFor(() => expect(app.isReady).toBe(true));
		await new Promise((resolve) => setTimeout(resolve, 30));
		expect(spawned()).toBe(0);
		release();
		await started;
		expect(spawned()).toBe(1);
		expect(app.bundle?.manifest.version).toBe(v2.manifest.version);
	});

	it('runs after AFTER_AT_MOST_MS when that never settles, and at once when it failed', async () => {
		const { spawned, app } = await stored();
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			const started = app.start('u', { after: new Promise(() => {}) });
			await vi.waitFor(() => expect(app.isReady).toBe(true));
			await vi.advanceTimersByTimeAsync(AFTER_AT_MOST_MS - 100);
			expect(spawned()).toBe(0);
			await vi.advanceTimersByTimeAsync(200);
			expect(spawned()).toBe(1);
			vi.useRealTimers();
			await started;
		} finally {
			vi.useRealTimers();
		}
		const again = await stored();
		const failed = Promise.reject(new Error('no index'));
		failed.catch(() => {}); // as the app's own load reports its failure
		await again.app.start('u', { after: failed });
		expect(again.spawned()).toBe(1);
	});
});
