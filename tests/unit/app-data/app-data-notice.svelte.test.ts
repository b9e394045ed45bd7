/** What AppData tells the person about updates, a quiet offline check and a full disk. */
import { afterEach, describe, expect, it } from 'vitest';
import { AppData } from '../../../src/lib/app-data/app-data.svelte';
import type { BundleSource } from '../../../src/lib/ingest/bundle-source';
import type { PlainviewDb } from '../../../src/lib/storage/db';
import { describeError } from '../../../src/lib/ingest/describe-error';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import type { SpawnIngest } from '../../../src/lib/ingest/ingest-client';
import { buildBundle, freshDb, manyRecords, memorySource } from '../../fixtures/bundle-fixture';

const v1 = buildBundle(manyRecords(40), { chunkRecords: 20 });
const v2 = buildBundle(manyRecords(60, 'b'), { chunkRecords: 20 });
const URL = 'https://host/data/';

/** The worker's ingest, in-process, with the worker's replies. */
function inProcess(db: PlainviewDb, source: BundleSource): SpawnIngest {
	return (onReply) => ({
		send() {
			ingestBundle({
				source,
				db,
				onProgress: (progress) => onReply({ type: 'progress', progress })
			}).then(
				({ manifest, isNew }) => onReply({ type: 'done', manifest, isNew }),
				(error: unknown) => onReply({ type: 'failed', message: describeError(error) })
			);
		},
		stop: () => {}
	});
}

async function installedV1(): Promise<PlainviewDb> {
	const db = freshDb();
	await new AppData({ db, spawn: inProcess(db, memorySource(v1)) }).start(URL);
	return db;
}

function setStorage(storage: Partial<StorageManager> | undefined): void {
	Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

describe('AppData notices', () => {
	afterEach(() => setStorage(undefined));

	it('says nothing on a first install, and asks once for persistent storage', async () => {
		let asked = 0;
		setStorage({ persisted: async () => false, persist: async () => (asked++, true) });
		const db = freshDb();
		const app = new AppData({ db, spawn: inProcess(db, memorySource(v1)) });
		await app.start(URL);
		expect(app.notice).toBeUndefined();
		await expect.poll(() => asked).toBe(1);
	});

	it('tells that a new version was installed', async () => {
		const db = await installedV1();
		const app = new AppData({ db, spawn: inProcess(db, memorySource(v2)) });
		await app.start(URL);
		expect(app.notice).toEqual({ kind: 'updated', version: v2.manifest.version });
	});

	it('keeps quiet when the manifest cannot be had and data is stored (offline)', async () => {
		const db = await installedV1();
		const offline: BundleSource = {
			...memorySource(v1),
			manifest: () =>
				Promise.reject(new Error('manifest.json: could not be downloaded from x (Failed to fetch)'))
		};
		const app = new AppData({ db, spawn: inProcess(db, offline) });
		await app.start(URL);
		expect(app.progress.phase).toBe('ready');
		expect(app.bundle?.manifest.version).toBe(v1.manifest.version);
		expect(app.notice).toBeUndefined();
	});

	it('keeps the old data on a full disk and says how much is missing', async () => {
		setStorage({ estimate: async () => ({ usage: 9_000, quota: 10_000 }) });
		const db = await installedV1();
		// Dexie's own promise type is not needed to fail: the write only has to reject.
		Object.assign(db.packs, {
			bulkPut: () => Promise.reject(new DOMException('disk full', 'QuotaExceededError'))
		});
		const app = new AppData({ db, spawn: inProcess(db, memorySource(v2)) });
		await app.start(URL);
		const needed = v2.manifest.files.reduce((total, file) => total + file.bytes, 0);
		expect(app.bundle?.manifest.version).toBe(v1.manifest.version);
		expect(app.progress.phase).toBe('ready');
		expect(app.notice).toEqual({
			kind: 'quota',
			shortfall: {
				neededBytes: needed,
				freeBytes: 1_000,
				missingBytes: Math.max(1, needed - 1_000)
			}
		});
	});
});
