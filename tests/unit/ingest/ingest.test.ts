// @vitest-environment node
// The ingest runs in a worker, not a page; jsdom's typed arrays also come from a realm WebCrypto rejects.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ManifestFile } from '../../../src/model/bundle-format';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import { encodePack } from '../../../src/lib/storage/pack-codec';
import type { InstallProgress } from '../../../src/lib/ingest/progress';
import { BundleStore } from '../../../src/lib/reads/store';
import { activeRow, beginPending } from '../../../src/lib/storage/versions';
import {
	buildBundle,
	freshDb,
	manyRecords,
	memorySource,
	packsOf,
	profileRecords
} from '../../fixtures/bundle-fixture';

const v1 = buildBundle(manyRecords(300), { chunkRecords: 100, chunkEntities: 200 });
const v2 = buildBundle([...manyRecords(300), ...profileRecords()], {
	chunkRecords: 100,
	chunkEntities: 200
});

describe('ingestBundle', () => {
	it('stores every file of a first install and reports progress that only grows, to 100 %', async () => {
		const db = freshDb();
		const source = memorySource(v1);
		const seen: InstallProgress[] = [];
		const result = await ingestBundle({ source, db, onProgress: (p) => seen.push(p) });

		expect(result).toMatchObject({ isNew: true, manifest: { version: v1.manifest.version } });
		expect(source.calls.sort()).toEqual([...v1.files.keys()].sort());
		expect(source.maxInFlight).toBe(2);
		const active = await activeRow(db);
		expect(active?.version).toBe(v1.manifest.version);
		expect(await db.meta.get('pending')).toBeUndefined();
		const packs = await packsOf(db, v1.manifest.version);
		const stored = (kind: string) =>
			packs.filter((p) => p.kind === kind).reduce((n, p) => n + p.items.length, 0);
		expect(stored('entities')).toBe(v1.data.people.length + v1.data.organisations.length);
		expect(stored('search')).toBe(
			v1.manifest.files.filter((f) => f.kind === 'search').reduce((n, f) => n + f.records, 0)
		);

		for (const counter of ['files', 'bytes', 'records'] as const) {
			const done = seen.map((p) => p[counter].done);
			expect(done).toEqual([...done].sort((a, b) => a - b));
			const last = seen.at(-1)![counter];
			expect(last.done).toBe(last.total);
		}
		expect(seen.at(-1)).toMatchObject({
			phase: 'ready',
			version: v1.manifest.version,
			files: { total: v1.manifest.files.length },
			bytes: { total: v1.manifest.files.reduce((n, f) => n + f.bytes, 0) }
		});
		expect(seen.map((p) => p.phase)).toEqual(
			expect.arrayContaining(['checking', 'downloading', 'indexing', 'ready'])
		);
	});

	it('stores every fact group of the bundle, none lost between packs', async () => {
		const db = freshDb();
		await ingestBundle({ source: memorySource(v1), db });
		const groups = (await packsOf(db, v1.manifest.version)).flatMap((p) =>
			p.kind === 'facts' ? p.items : []
		);
		const inFiles = [...v1.records.entries()]
			.filter(([name]) => name.startsWith('facts-'))
			.flatMap(([, records]) => (records as { entity: string }[]).map((g) => g.entity));
		expect(groups.map((g) => g.entity).sort()).toEqual(inFiles.sort());
	});

	it('keeps the manifest in the meta row without the pack sizes only the install reads', async () => {
		const db = freshDb();
		await ingestBundle({ source: memorySource(v1), db });
		const stored = (await activeRow(db))!.manifest;
		expect(v1.manifest.files.every((f) => f.packs.length > 0)).toBe(true);
		expect(stored.files.every((f) => f.packs.length + f.unpacked.packs.length === 0)).toBe(true);
		const { files: _files, ...rest } = v1.manifest;
		expect(stored).toMatchObject(rest);
		const sizes = ({ packs: _p, unpacked: { packs: _u, ...unpacked }, ...f }: ManifestFile) => ({
			...f,
			unpacked
		});
		expect(stored.files.map(sizes)).toEqual(v1.manifest.files.map(sizes));
	});

	it('installs files a server unpacked on the way (Content-Encoding: gzip) as it installs them packed', async () => {
		const packed = freshDb();
		await ingestBundle({ source: memorySource(v1), db: packed });
		const unpacked = Object.fromEntries(
			[...v1.files].map(([name, bytes]) => [name, new Uint8Array(gunzipSync(bytes))])
		);
		// Half the files unpacked, half not: each file is judged on its own bytes.
		const names = Object.keys(unpacked).filter((_, i) => i % 2 === 0);
		expect(names.length).toBeGreaterThan(1);
		const db = freshDb();
		const result = await ingestBundle({
			source: memorySource(v1, { files: Object.fromEntries(names.map((n) => [n, unpacked[n]!])) }),
			db
		});
		expect(result.isNew).toBe(true);
		expect(await packsOf(db, v1.manifest.version)).toEqual(
			await packsOf(packed, v1.manifest.version)
		);
	});

	it('downloads nothing when the stored version matches the manifest', async () => {
		const db = freshDb();
		await ingestBundle({ source: memorySource(v1), db });
		const again = memorySource(v1);
		const seen: InstallProgress[] = [];
		const result = await ingestBundle({ source: again, db, onProgress: (p) => seen.push(p) });
		expect(result.isNew).toBe(false);
		expect(again.calls).toEqual([]);
		expect(seen.at(-1)).toMatchObject({ phase: 'ready', version: v1.manifest.version });
	});

	it('keeps the old version active and readable until the new one is complete', async () => {
		const db = freshDb();
		await ingestBundle({ source: memorySource(v1), db });
		const someone = v1.data.people[0]!.id;
		const oldCount = (await packsOf(db, v1.manifest.version)).length;
		const observed: string[] = [];
		const source = memorySource(v2, {
			async beforeFile() {
				const reader = new BundleStore(db);
				observed.push((await activeRow(db))!.version);
				expect(await reader.getEntity(someone)).toMatchObject({ id: someone });
				expect(await packsOf(db, v1.manifest.version)).toHaveLength(oldCount);
			}
		});
		await ingestBundle({ source, db });
		expect(new Set(observed)).toEqual(new Set([v1.manifest.version]));
		expect((await activeRow(db))?.version).toBe(v2.manifest.version);
		expect(await packsOf(db, v1.manifest.version)).toEqual([]);
		expect(await db.packs.count()).toBe((await packsOf(db, v2.manifest.version)).length);
	});

	it('cleans an update a closed tab left half-done, then installs the new version', async () => {
		const db = freshDb();
		await ingestBundle({ source: memorySource(v1), db });
		// What a tab closed mid-update leaves: a pending row and some packs of the new version.
		await beginPending(db, v2.manifest);
		await db.packs.put(
			await encodePack({
				version: v2.manifest.version,
				kind: 'entities',
				first: 'a',
				last: 'b',
				records: 0,
				items: []
			})
		);

		const same = await ingestBundle({ source: memorySource(v1), db });
		expect(same).toMatchObject({ isNew: false, abandoned: v2.manifest.version });
		expect(await db.meta.get('pending')).toBeUndefined();
		expect(await packsOf(db, v2.manifest.version)).toEqual([]);

		await beginPending(db, v2.manifest);
		const updated = await ingestBundle({ source: memorySource(v2), db });
		expect(updated).toMatchObject({ isNew: true, abandoned: v2.manifest.version });
		expect((await activeRow(db))?.version).toBe(v2.manifest.version);
	});

	it('stops when aborted and leaves the stored version as it was', async () => {
		const db = freshDb();
		await ingestBundle({ source: memorySource(v1), db });
		const controller = new AbortController();
		const source = memorySource(v2, {
			beforeFile: async () => controller.abort(new Error('closed'))
		});
		await expect(ingestBundle({ source, db, signal: controller.signal })).rejects.toThrow('closed');
		expect((await activeRow(db))?.version).toBe(v1.manifest.version);
		expect(await packsOf(db, v2.manifest.version)).toEqual([]);
	});
});
