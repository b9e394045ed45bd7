// @vitest-environment node
// The ingest runs in workers, not a page; jsdom's typed arrays also come from a realm WebCrypto rejects.
import { describe, expect, it } from 'vitest';
import { BundleError } from '../../../src/model/bundle-format';
import type { PlainviewDb } from '../../../src/lib/storage/db';
import {
	startFileWorkers,
	type FileWorkerPort,
	type FileWorkReply,
	type FileWorkRequest
} from '../../../src/lib/ingest/file-workers';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import { storeFileFrom } from '../../../src/lib/ingest/store-file';
import { activeRow } from '../../../src/lib/storage/versions';
import {
	buildBundle,
	freshDb,
	manyRecords,
	memorySource,
	packsOf,
	type MemorySource
} from '../../fixtures/bundle-fixture';

const bundle = buildBundle(manyRecords(200), { chunkRecords: 80, chunkEntities: 100 });
const request = { type: 'install', baseUrl: 'https://host/data/' } as const;

/** Does what file.worker.ts does, in-process, and remembers how it was used. */
class FakeFileWorker implements FileWorkerPort {
	onmessage: ((event: MessageEvent<FileWorkReply>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	isTerminated = false;
	files: string[] = [];
	/** A terminated worker stops running: its file is not written after that. */
	readonly #stop = new AbortController();
	constructor(
		readonly source: MemorySource,
		readonly db: PlainviewDb
	) {}
	postMessage({ entry, version }: FileWorkRequest): void {
		this.files.push(entry.name);
		const reply = (data: FileWorkReply) => {
			if (!this.isTerminated) this.onmessage?.({ data } as MessageEvent<FileWorkReply>);
		};
		storeFileFrom(this.source, this.db)(entry, version, {
			signal: this.#stop.signal,
			onBytes: (n) => reply({ type: 'bytes', n })
		}).then(
			() => reply({ type: 'stored' }),
			(error: BundleError) => reply({ type: 'failed', file: error.file, problem: error.problem })
		);
	}
	terminate(): void {
		this.isTerminated = true;
		this.#stop.abort();
	}
}

function pool(db: PlainviewDb, source: MemorySource) {
	const spawned: FakeFileWorker[] = [];
	const workers = startFileWorkers(request, () => {
		const worker = new FakeFileWorker(source, db);
		spawned.push(worker);
		return worker;
	});
	return { workers, spawned };
}

describe('file workers', () => {
	it('store every file, two workers each taking one file at a time', async () => {
		const db = freshDb();
		const source = memorySource(bundle);
		const { workers, spawned } = pool(db, source);
		await ingestBundle({ source, db, storeFile: workers.storeFile, concurrency: 2 });
		workers.close();
		expect(spawned).toHaveLength(2);
		expect(spawned.flatMap((w) => w.files).sort()).toEqual([...bundle.files.keys()].sort());
		expect(spawned.every((w) => w.isTerminated)).toBe(true);
		expect((await activeRow(db))?.version).toBe(bundle.manifest.version);
	});

	it('report a bad file by name and leave nothing stored', async () => {
		const db = freshDb();
		const bad = bundle.manifest.files.at(-1)!.name;
		const source = memorySource(bundle, { files: { [bad]: '{}' } });
		const { workers, spawned } = pool(db, source);
		const install = ingestBundle({ source, db, storeFile: workers.storeFile, concurrency: 2 });
		await expect(install).rejects.toThrow(new RegExp(`^${bad}: is 2 bytes but the manifest says`));
		await expect(install).rejects.toBeInstanceOf(BundleError);
		workers.close();
		expect(await packsOf(db, bundle.manifest.version)).toEqual([]);
		expect(spawned.every((w) => w.isTerminated)).toBe(true);
	});

	it('name the file when a worker dies', async () => {
		const db = freshDb();
		const workers = startFileWorkers(request, () => {
			const port: FileWorkerPort = {
				onmessage: null,
				onerror: null,
				postMessage: () =>
					port.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent),
				terminate() {}
			};
			return port;
		});
		await expect(
			ingestBundle({ source: memorySource(bundle), db, storeFile: workers.storeFile })
		).rejects.toThrow(
			/^(entities|facts|search)-\d{4}\.jsonl\.gz: could not be read \(out of memory\)/
		);
	});
});
