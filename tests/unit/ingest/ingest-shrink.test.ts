// @vitest-environment node
// As ingest.test.ts: the ingest runs in a worker, and WebCrypto rejects jsdom's typed arrays.
import { describe, expect, it } from 'vitest';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import { activeRow } from '../../../src/lib/storage/versions';
import { ShrinkError } from '../../../src/model/bundle-shrink';
import {
	buildBundle,
	freshDb,
	manyRecords,
	memorySource,
	packsOf
} from '../../fixtures/bundle-fixture';

const big = buildBundle(manyRecords(60), { chunkRecords: 20 });
const tiny = buildBundle(manyRecords(2, 't'), { chunkRecords: 20 });

async function installedBig() {
	const db = freshDb();
	await ingestBundle({ source: memorySource(big), db });
	return db;
}

describe('ingestBundle with a bundle far smaller than the installed one', () => {
	it('downloads no file and writes nothing, and says what would be lost', async () => {
		const db = await installedBig();
		const source = memorySource(tiny);
		const install = ingestBundle({ source, db });
		await expect(install).rejects.toBeInstanceOf(ShrinkError);
		await expect(install).rejects.toMatchObject({ shrink: { version: tiny.manifest.version } });
		expect(source.calls).toEqual([]);
		expect((await activeRow(db))?.version).toBe(big.manifest.version);
		expect(await db.meta.get('pending')).toBeUndefined();
		expect(await packsOf(db, tiny.manifest.version)).toEqual([]);
	});

	it('installs it when the person agreed to that version, and only that one', async () => {
		const db = await installedBig();
		await expect(
			ingestBundle({ source: memorySource(tiny), db, allowShrink: 'another-version' })
		).rejects.toBeInstanceOf(ShrinkError);
		const result = await ingestBundle({
			source: memorySource(tiny),
			db,
			allowShrink: tiny.manifest.version
		});
		expect(result.isNew).toBe(true);
		expect((await activeRow(db))?.version).toBe(tiny.manifest.version);
	});
});
