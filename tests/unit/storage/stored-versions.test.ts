// @vitest-environment node
// The versions that have packs, found by seeks rather than by reading every key (versions.ts).
import { describe, expect, it } from 'vitest';
import type { PackKind, StoredPack } from '../../../src/lib/storage/db';
import { removeOtherVersions, storedVersions } from '../../../src/lib/storage/versions';
import { freshDb } from '../../fixtures/bundle-fixture';

const pack = (version: string, kind: PackKind, first: string): StoredPack => ({
	version,
	kind,
	first,
	last: first,
	records: 1,
	data: new Uint8Array([1])
});

/** Many packs in each of versions whose names start with one another's. */
function packs(): StoredPack[] {
	const versions = ['v1', 'v1/donations', 'v1/declarations-2024', 'v10', 'v1\u0000odd', 'v2'];
	return versions.flatMap((version) =>
		Array.from({ length: 40 }, (_, i) =>
			pack(version, i % 2 ? 'facts' : 'entities', `e-${String(i).padStart(3, '0')}`)
		)
	);
}

describe('storedVersions', () => {
	it('lists each version and group space with packs once, in key order', async () => {
		const db = freshDb();
		expect(await storedVersions(db)).toEqual([]);
		await db.packs.bulkPut(packs());
		expect(await storedVersions(db)).toEqual([...new Set(packs().map((p) => p.version))].sort());
		expect(await storedVersions(db)).toEqual(
			((await db.packs.orderBy('version').uniqueKeys()) as string[]).sort()
		);
	});

	it('lets removeOtherVersions keep the active version and its installed groups only', async () => {
		const db = freshDb();
		await db.packs.bulkPut(packs());
		await removeOtherVersions(db, 'v1', ['donations']);
		expect(await storedVersions(db)).toEqual(['v1', 'v1/donations']);
		expect(await db.packs.count()).toBe(80);
		await removeOtherVersions(db, undefined);
		expect(await storedVersions(db)).toEqual([]);
	});
});
