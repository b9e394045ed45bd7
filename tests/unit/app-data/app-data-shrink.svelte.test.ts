/**
 * A bundle far smaller than the installed one is held back until the person agrees (issue 18
 * item 5): from the site and from picked files alike, the installed data stays in use.
 */
import { describe, expect, it } from 'vitest';
import { AppData } from '../../../src/lib/app-data/app-data.svelte';
import type { BundleSource } from '../../../src/lib/ingest/bundle-source';
import type { PlainviewDb } from '../../../src/lib/storage/db';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import type { SpawnIngest } from '../../../src/lib/ingest/ingest-client';
import { failureReply, type IngestRequest } from '../../../src/lib/ingest/ingest-messages';
import { bundleCounts } from '../../../src/model/bundle-shrink';
import {
	buildBundle,
	freshDb,
	manyRecords,
	memorySource,
	type TestBundle
} from '../../fixtures/bundle-fixture';

const big = buildBundle(manyRecords(40), { chunkRecords: 20 });
const tiny = buildBundle(manyRecords(2, 't'), { chunkRecords: 20 });
const URL = 'https://host/data/';

/** The worker's run, in-process: the same options from the request, the same replies. */
function inProcess(
	db: PlainviewDb,
	sourceFor: (request: IngestRequest) => BundleSource,
	requests: IngestRequest[] = []
): SpawnIngest {
	return (onReply) => ({
		send(request) {
			requests.push(request);
			ingestBundle({
				source: sourceFor(request),
				db,
				onProgress: (progress) => onReply({ type: 'progress', progress }),
				...(request.allowShrink && { allowShrink: request.allowShrink })
			}).then(
				({ manifest, isNew }) => onReply({ type: 'done', manifest, isNew }),
				(error: unknown) => onReply(failureReply(error))
			);
		},
		stop: () => {}
	});
}

async function installed(): Promise<PlainviewDb> {
	const db = freshDb();
	await new AppData({ db, spawn: inProcess(db, () => memorySource(big)) }).start(URL);
	return db;
}

const offering = (db: PlainviewDb, bundle: TestBundle, requests?: IngestRequest[]) =>
	new AppData({ db, spawn: inProcess(db, () => memorySource(bundle), requests) });

describe('AppData with a bundle far smaller than the installed one', () => {
	it('keeps the installed data and asks, saying what each side holds', async () => {
		const app = offering(await installed(), tiny);
		await app.start(URL);
		expect(app.bundle?.manifest.version).toBe(big.manifest.version);
		expect(app.progress.phase).toBe('ready');
		expect(app.shrink).toEqual({
			from: 'site',
			version: tiny.manifest.version,
			installed: bundleCounts(big.manifest),
			offered: bundleCounts(tiny.manifest)
		});
	});

	it('installs that version once the person agrees', async () => {
		const requests: IngestRequest[] = [];
		const app = offering(await installed(), tiny, requests);
		await app.start(URL);
		await app.installAnyway();
		expect(requests.at(-1)).toEqual({
			type: 'install',
			baseUrl: URL,
			allowShrink: tiny.manifest.version
		});
		expect(app.bundle?.manifest.version).toBe(tiny.manifest.version);
		expect(app.shrink).toBeUndefined();
	});

	it('forgets the question when the person keeps the data, and asks again at the next start', async () => {
		const db = await installed();
		const app = offering(db, tiny);
		await app.start(URL);
		app.keepData();
		expect(app.shrink).toBeUndefined();
		expect(app.bundle?.manifest.version).toBe(big.manifest.version);
		await app.start(URL);
		expect(app.shrink?.from).toBe('site');
	});

	it('asks about picked files as files', async () => {
		const app = offering(await installed(), tiny);
		await app.installFiles([new File(['{}'], 'manifest.json')]);
		expect(app.shrink?.from).toBe('files');
		expect((await app.store.activeBundle())?.manifest.version).toBe(big.manifest.version);
	});

	it('installs a small bundle at once when nothing is installed', async () => {
		const app = offering(freshDb(), tiny);
		await app.start(URL);
		expect(app.shrink).toBeUndefined();
		expect(app.bundle?.manifest.version).toBe(tiny.manifest.version);
	});
});
