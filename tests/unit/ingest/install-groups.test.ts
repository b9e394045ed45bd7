// @vitest-environment node
// Selective install end to end in Node: the real builder, ingest and reads over fake-indexeddb.
import { describe, expect, it } from 'vitest';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import { keepGroups } from '../../../src/lib/ingest/install-groups';
import { BundleStore } from '../../../src/lib/reads/store';
import { readSearchDocs } from '../../../src/lib/search/search-source';
import { activeRow, readChoice, saveChoice } from '../../../src/lib/storage/versions';
import {
	ANNA,
	buildBundle,
	freshDb,
	memorySource,
	profileRecords
} from '../../fixtures/bundle-fixture';

// The same records for both (each fixture call cites new source lines).
const records = profileRecords();
const split = buildBundle(structuredClone(records), { splitFacts: true });
const whole = buildBundle(structuredClone(records));
const anna = split.data.people.find((p) => p.name === ANNA.name)!;

async function wholeProfile() {
	const db = freshDb();
	await ingestBundle({ source: memorySource(whole), db });
	return new BundleStore(db).loadProfile(anna.id);
}

describe('selective install', () => {
	it('makes the core active before any group is stored, so search works while the rest installs', async () => {
		const db = freshDb();
		const seen: (string[] | undefined)[] = [];
		const source = memorySource(split, {
			beforeFile: async (name) => {
				if (name.startsWith('facts-donations')) seen.push((await activeRow(db))?.installed);
			}
		});
		let coreAt = -1;
		let storing: string[] = [];
		await ingestBundle({
			source,
			db,
			onCore: (_manifest, groups) => {
				coreAt = source.calls.length;
				storing = groups;
			}
		});
		// What follows the core is said with it: those groups are on their way, not left out.
		expect(storing).toEqual(split.manifest.groups!.map((g) => g.id));
		const core =
			split.manifest.files.length - split.manifest.groups!.flatMap((g) => g.files).length;
		expect(coreAt).toBe(core);
		expect(source.calls[0]).toMatch(/^search-/);
		expect(seen).toEqual([['declarations-2023']]);
		expect((await activeRow(db))?.installed).toEqual(split.manifest.groups!.map((g) => g.id));
	});

	it.each([
		['with groups', split],
		['without', whole]
	])(
		'has a first install (%s) searchable once its search docs are stored, before the rest',
		async (_name, bundle) => {
			const db = freshDb();
			const source = memorySource(bundle);
			const early: { version: string; fetched: string[]; docs: number; active?: string }[] = [];
			const searchFiles = bundle.manifest.files.filter((f) => f.kind === 'search');
			await ingestBundle({
				source,
				db,
				onSearch: async (version) => {
					const fetched = [...source.calls];
					const { docs } = await readSearchDocs(db, version);
					early.push({
						version,
						fetched,
						docs: docs.length,
						active: (await activeRow(db))?.version
					});
				}
			});
			await expect.poll(() => early.length).toBe(1);
			expect(early[0]).toEqual({
				version: bundle.manifest.version,
				fetched: searchFiles.map((f) => f.name),
				docs: bundle.data.people.length + bundle.data.organisations.length
			});
			expect(bundle.manifest.files.length).toBeGreaterThan(searchFiles.length);
			// An update is searched once it is active, as before: the old version answers meanwhile.
			expect(early[0]!.active).toBeUndefined();
			let again = 0;
			const update = await ingestBundle({
				source: memorySource(bundle === split ? whole : split),
				db,
				onSearch: () => void again++
			});
			expect(update.isNew).toBe(true);
			expect(again).toBe(0);
		}
	);

	it('reads a whole profile from the parts exactly as from an unsplit bundle', async () => {
		const db = freshDb();
		await ingestBundle({ source: memorySource(split), db });
		const profile = await new BundleStore(db).loadProfile(anna.id);
		expect(profile?.missing).toBeUndefined();
		expect(profile).toEqual(await wholeProfile());
	});

	it('names the datasets left out, then fetches them and reads the profile whole', async () => {
		const db = freshDb();
		await saveChoice(db, ['donations', 'tax-totals']);
		const source = memorySource(split);
		await ingestBundle({ source, db });
		expect(source.calls.some((name) => name.startsWith('facts-donations'))).toBe(false);
		const store = new BundleStore(db);
		const partial = await store.loadProfile(anna.id);
		expect(partial?.missing).toEqual(['donations', 'tax-totals']);
		expect(partial?.group.donations).toEqual([]);
		expect(partial?.group.declarations).toHaveLength(1);
		expect(partial?.companies.every((c) => c.taxTotals.length === 0)).toBe(true);

		const all = split.manifest.groups!.map((g) => g.id);
		await keepGroups({ source, db, keep: all });
		expect(await readChoice(db)).toEqual([]);
		await store.activeBundle();
		expect(await store.loadProfile(anna.id)).toEqual(await wholeProfile());
	});

	it('removes a group no longer kept, its packs with it, and remembers the choice', async () => {
		const db = freshDb();
		await ingestBundle({ source: memorySource(split), db });
		const keep = ['declarations-2023', 'register', 'tax-totals'];
		await keepGroups({ source: memorySource(split), db, keep });
		expect((await activeRow(db))?.installed).toEqual(keep);
		expect(await readChoice(db)).toEqual(['donations']);
		const spaces = (await db.packs.orderBy('version').uniqueKeys()) as string[];
		expect(spaces.some((s) => s.endsWith('/donations'))).toBe(false);
		const store = new BundleStore(db);
		await store.activeBundle();
		expect((await store.loadProfile(anna.id))?.missing).toEqual(['donations']);
	});

	it('keeps what is stored when the fetch fails (offline), and says which file', async () => {
		const db = freshDb();
		await saveChoice(db, ['donations']);
		await ingestBundle({ source: memorySource(split), db });
		const name = split.manifest.groups!.find((g) => g.id === 'donations')!.files[0]!;
		const offline = memorySource(split, { files: { [name]: null } });
		await expect(
			keepGroups({ source: offline, db, keep: split.manifest.groups!.map((g) => g.id) })
		).rejects.toThrow(name);
		expect((await activeRow(db))?.installed).toEqual([
			'declarations-2023',
			'register',
			'tax-totals'
		]);
	});

	it('on the next start, stores the groups a first install did not finish', async () => {
		const db = freshDb();
		const name = split.manifest.groups!.find((g) => g.id === 'register')!.files[0]!;
		await expect(
			ingestBundle({ source: memorySource(split, { files: { [name]: null } }), db })
		).rejects.toThrow(name);
		expect((await activeRow(db))?.installed).toEqual(['declarations-2023', 'donations']);
		const result = await ingestBundle({ source: memorySource(split), db });
		expect(result.isNew).toBe(false);
		expect((await activeRow(db))?.installed).toEqual(split.manifest.groups!.map((g) => g.id));
	});
});
