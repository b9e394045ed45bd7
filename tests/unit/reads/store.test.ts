// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FactGroup } from '../../../src/model/bundle-format';
import type { FactPack, Pack, PackKind } from '../../../src/lib/storage/db';
import type { PackKey } from '../../../src/lib/storage/pack-reads';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import { BundleStore } from '../../../src/lib/reads/store';
import {
	ANNA,
	COMPANY_BOARD,
	COMPANY_SHARES,
	buildBundle,
	freshDb,
	manyRecords,
	memorySource,
	packsOf,
	profileRecords,
	rewrite,
	type TestBundle
} from '../../fixtures/bundle-fixture';
import { taxTotal } from '../../fixtures/records';

/** Watches the store's pack reads (one call, one transaction) and can hold one back. */
const reads = vi.hoisted(() => ({
	kinds: [] as string[][],
	before: undefined as (() => Promise<void>) | undefined
}));
vi.mock('../../../src/lib/storage/pack-reads', async (importOriginal) => {
	const actual = await importOriginal<typeof import('../../../src/lib/storage/pack-reads')>();
	return {
		...actual,
		readPacksWithActive: (
			db: Parameters<typeof actual.readPacksWithActive>[0],
			keys: PackKey[]
		) => {
			reads.kinds.push(keys.map((key) => key[1]));
			const before = reads.before;
			// Passed straight on unless a test holds it: "sends at once" is tested too.
			return before
				? before().then(() => actual.readPacksWithActive(db, keys))
				: actual.readPacksWithActive(db, keys);
		}
	};
});
afterEach(() => {
	reads.before = undefined;
});

// 2,500 people and 1,250 companies: several packs of each kind, files not aligned to packs.
const bundle = buildBundle([...manyRecords(2500), ...profileRecords()], {
	chunkEntities: 1500,
	chunkRecords: 1500
});
const version = bundle.manifest.version;
const db = freshDb();
const store = new BundleStore(db);
let packs: Pack[] = [];

beforeAll(async () => {
	await ingestBundle({ source: memorySource(bundle), db });
	packs = await packsOf(db, version);
});

const byKind = <K extends Pack['kind']>(kind: K) =>
	packs.filter((p): p is Extract<Pack, { kind: K }> => p.kind === kind);

describe('BundleStore pack lists', () => {
	it('reads them a few keys per request and finds every record the same', async () => {
		const whole = new BundleStore(db);
		const where = db.packs.where.bind(db.packs);
		let reads = 0;
		db.packs.where = ((index: string) => {
			reads++;
			return where(index);
		}) as typeof db.packs.where;
		try {
			// One key per request: every boundary between requests is crossed.
			const piecewise = new BundleStore(db, { firstsPerRead: 1 });
			for (const entity of [...bundle.data.people, ...bundle.data.organisations]) {
				expect(await piecewise.getEntity(entity.id), entity.id).toEqual(
					await whole.getEntity(entity.id)
				);
			}
			expect(byKind('entities').length).toBeGreaterThan(2);
			expect(reads).toBeGreaterThan(byKind('entities').length);
		} finally {
			db.packs.where = where;
		}
	});
});

describe('BundleStore.warm', () => {
	it('reads the pack lists ahead, so a profile then reads only the packs it needs', async () => {
		const anna = bundle.data.people.find((p) => p.name === ANNA.name)!;
		const warmed = new BundleStore(db);
		await warmed.warm();
		const where = db.packs.where;
		// A list read goes through where(); after warm() a profile must not need one.
		db.packs.where = () => {
			throw new Error('pack list read again');
		};
		try {
			const profile = await warmed.loadProfile(anna.id);
			expect(profile?.companies.map((c) => c.regNo)).toEqual(
				expect.arrayContaining([COMPANY_SHARES, COMPANY_BOARD])
			);
		} finally {
			db.packs.where = where;
		}
		// The control: without warm(), the same read needs the lists.
		db.packs.where = () => {
			throw new Error('pack list read again');
		};
		try {
			await expect(new BundleStore(db).loadProfile(anna.id)).rejects.toThrow('pack list read');
		} finally {
			db.packs.where = where;
		}
	});
});

describe('BundleStore', () => {
	it('reports the active bundle', async () => {
		expect(await store.activeBundle()).toMatchObject({ manifest: { version } });
		expect(await new BundleStore(freshDb()).activeBundle()).toBeUndefined();
	});

	it('finds the first and last entity of every pack', async () => {
		const entityPacks = byKind('entities');
		expect(entityPacks.length).toBeGreaterThan(3);
		for (const pack of entityPacks) {
			for (const item of [pack.items[0]!, pack.items.at(-1)!]) {
				expect(await store.getEntity(item.id)).toEqual(item);
			}
		}
	});

	it('finds the first and last group of every facts pack', async () => {
		const factPacks: FactPack[] = byKind('facts');
		expect(factPacks.length).toBeGreaterThan(3);
		for (const pack of factPacks) {
			for (const group of [pack.items[0]!, pack.items.at(-1)!]) {
				expect(await store.getGroup(group.entity)).toEqual(group);
			}
		}
	});

	it.each([
		['before the first id', '0'],
		['after the last id', 'zzz'],
		['just after a pack’s last id', () => byKind('entities')[0]!.last + '\u0000'],
		['empty', '']
	])('returns undefined for an id %s', async (_, id) => {
		const key = typeof id === 'function' ? id() : id;
		expect(await store.getEntity(key)).toBeUndefined();
		expect(await store.getGroup(key)).toBeUndefined();
	});

	it('returns undefined when nothing is installed', async () => {
		const empty = new BundleStore(freshDb());
		expect(await empty.getEntity('p-x')).toBeUndefined();
		expect(await empty.loadProfile('p-x')).toBeUndefined();
	});

	it('assembles a profile with linked companies and their tax totals, newest first', async () => {
		const anna = bundle.data.people.find((p) => p.name === ANNA.name)!;
		const profile = (await store.loadProfile(anna.id))!;
		expect(profile.kind).toBe('person');
		expect(profile.group.declarations).toHaveLength(1);
		const byRegNo = new Map(profile.companies.map((c) => [c.regNo, c]));
		const shares = byRegNo.get(COMPANY_SHARES)!;
		expect(shares.taxTotals.map((t) => t.year)).toEqual([2023, 2022, 2021]);
		expect(shares.declaredShares).toMatchObject([{ year: 2023, item: { count: 10 } }]);
		expect(shares.relations.map((r) => r.kind)).toEqual(['shareholder']);
		const board = byRegNo.get(COMPANY_BOARD)!;
		expect(board.relations.map((r) => r.kind)).toEqual(['board-member']);
		expect(board.taxTotals.map((t) => t.total?.cents)).toEqual([999_00]);
		// The Saeima is reached through holds-post; it pays no tax here.
		expect(profile.companies).toHaveLength(3);
		expect(profile.refs.get(shares.company.id)?.kind).toBe('company');
	});

	it('gives a company its own facts and no companies of its own', async () => {
		const company = bundle.data.organisations.find((o) => o.regNo === COMPANY_SHARES)!;
		const profile = (await store.loadProfile(company.id))!;
		expect(profile.kind).toBe('company');
		expect(profile.group.taxTotals).toHaveLength(3);
		expect(profile.companies).toEqual([]);
	});

	it('follows an update that replaced the version it had cached', async () => {
		const local = freshDb();
		const first = buildBundle(manyRecords(20, 'a'));
		const second = buildBundle(manyRecords(20, 'b'));
		await ingestBundle({ source: memorySource(first), db: local });
		const reader = new BundleStore(local);
		expect(await reader.getEntity(first.data.people[0]!.id)).toBeDefined();
		await ingestBundle({ source: memorySource(second), db: local });
		expect(await reader.getEntity(second.data.people[0]!.id)).toMatchObject({
			id: second.data.people[0]!.id
		});
		expect(await reader.getEntity(first.data.people[0]!.id)).toBeUndefined();
	});

	it('hands out every search document, a pack at a time', async () => {
		const seen: number[] = [];
		await store.eachSearchPack((docs) => seen.push(docs.length));
		expect(seen.length).toBeGreaterThan(1);
		expect(seen.reduce((a, b) => a + b, 0)).toBe(
			bundle.data.people.length + bundle.data.organisations.length
		);
	});
});

/** The kinds of pack each read asks for from now on, one list per read (transaction). */
function watchReads(): PackKind[][] {
	reads.kinds = [];
	return reads.kinds as PackKind[][];
}

/** The bundle as built before fact group refs carried the regNo. */
function withoutRefRegNos(built: TestBundle): TestBundle {
	let out = built;
	for (const file of built.manifest.files.filter((f) => f.kind === 'facts')) {
		out = rewrite(out, file.name, (groups) => {
			for (const group of groups as unknown as FactGroup[])
				group.refs = group.refs.map(({ id, name, kind }) => ({ id, name, kind }));
		});
	}
	return out;
}

describe('BundleStore.loadProfile reads', () => {
	const anna = bundle.data.people.find((p) => p.name === ANNA.name)!;

	it('reads the linked companies’ groups only, the refs naming their regNo', async () => {
		const local = freshDb();
		await ingestBundle({ source: memorySource(bundle), db: local });
		const reader = new BundleStore(local);
		await reader.warm();
		const calls = watchReads();
		const profile = (await reader.loadProfile(anna.id))!;
		expect(profile.companies.map((c) => c.regNo).sort()).toEqual(
			expect.arrayContaining([COMPANY_SHARES, COMPANY_BOARD])
		);
		// Two reads, one after the other: the person's own packs, then the companies' groups.
		expect(calls).toHaveLength(2);
		expect(calls[0]!.sort()).toEqual(['entities', 'facts']);
		expect(new Set(calls[1])).toEqual(new Set(['facts']));
	});

	it('sends its first read at once, before the page’s own microtasks, once warm', async () => {
		const local = freshDb();
		await ingestBundle({ source: memorySource(bundle), db: local });
		const reader = new BundleStore(local);
		await reader.warm();
		const calls = watchReads();
		const loading = reader.loadProfile(anna.id);
		// Synchronously: a render queued as a microtask would otherwise run before the request.
		expect(calls).toHaveLength(1);
		expect((await loading)?.entity.id).toBe(anna.id);
	});

	it('reads the companies’ entities for their regNo from a bundle whose refs lack it', async () => {
		const older = withoutRefRegNos(bundle);
		const local = freshDb();
		await ingestBundle({ source: memorySource(older), db: local });
		const reader = new BundleStore(local);
		const calls = watchReads();
		const profile = (await reader.loadProfile(anna.id))!;
		expect(calls.at(-1)).toContain('entities');
		const fresh = (await store.loadProfile(anna.id))!;
		// The same profile either way: names, regNos, tax totals.
		expect(profile.companies).toEqual(fresh.companies);
		expect(profile.companies.map((c) => c.regNo)).toEqual(
			expect.arrayContaining([COMPANY_SHARES, COMPANY_BOARD])
		);
	});

	it('reads nothing but the active row for a profile whose packs are all open', async () => {
		const local = freshDb();
		await ingestBundle({ source: memorySource(bundle), db: local });
		const reader = new BundleStore(local);
		const first = await reader.loadProfile(anna.id);
		const calls = watchReads();
		expect(await reader.loadProfile(anna.id)).toEqual(first);
		expect(calls.flat()).toEqual([]);
	});

	it('never mixes two versions: an update between its two reads gives the new version’s profile', async () => {
		// Enough records that the companies' groups are in other packs than the person's.
		const records = [...manyRecords(600), ...profileRecords()];
		const before = buildBundle([...records, taxTotal(COMPANY_BOARD, 2024, 1_00)]);
		const after = buildBundle([...records, taxTotal(COMPANY_BOARD, 2024, 2_00)]);
		expect(after.manifest.version).not.toBe(before.manifest.version);
		const local = freshDb();
		await ingestBundle({ source: memorySource(before), db: local });
		const reader = new BundleStore(local);
		await reader.warm();
		// The update lands, and removes the old version's packs, between the first read and the
		// second (each one transaction).
		let count = 0;
		let isUpdated = false;
		reads.before = async () => {
			if (++count !== 2) return;
			await ingestBundle({ source: memorySource(after), db: local });
			isUpdated = true;
		};
		const profile = (await reader.loadProfile(anna.id))!;
		expect(isUpdated).toBe(true);
		const board = profile.companies.find((c) => c.regNo === COMPANY_BOARD)!;
		expect(board.taxTotals.map((t) => t.total?.cents)).toEqual([2_00, 999_00]);
		expect(profile).toEqual(await new BundleStore(local).loadProfile(anna.id));
		expect((await reader.activeBundle())?.manifest.version).toBe(after.manifest.version);
	});

	it('finds no profile when the version it read was removed and none is active', async () => {
		const local = freshDb();
		await ingestBundle({ source: memorySource(bundle), db: local });
		const reader = new BundleStore(local);
		await reader.warm();
		await local.meta.delete('active');
		await local.packs.clear();
		expect(await reader.loadProfile(anna.id)).toBeUndefined();
	});
});

describe('BundleStore on a bundle with groups', () => {
	const split = buildBundle(profileRecords(), { splitFacts: true });
	const anna = split.data.people.find((p) => p.name === ANNA.name)!;
	const local = freshDb();

	beforeAll(async () => {
		await ingestBundle({ source: memorySource(split), db: local });
	});

	it('warm() reads the installed groups’ pack lists too, so a profile then reads no list', async () => {
		const warmed = new BundleStore(local);
		await warmed.warm();
		const where = local.packs.where;
		local.packs.where = () => {
			throw new Error('pack list read again');
		};
		try {
			const profile = await warmed.loadProfile(anna.id);
			expect(profile?.group.declarations).toHaveLength(1);
			expect(profile?.group.donations).toHaveLength(1);
		} finally {
			local.packs.where = where;
		}
	});

	it('getGroup reads only the parts asked for, or the core alone', async () => {
		const reader = new BundleStore(local);
		const whole = await reader.getGroup(anna.id);
		expect(whole?.declarations).toHaveLength(1);
		expect(whole?.donations).toHaveLength(1);
		expect(whole?.relations.map((r) => r.kind)).toEqual(
			expect.arrayContaining(['board-member', 'donated-to'])
		);
		const donations = await reader.getGroup(anna.id, ['donations']);
		expect(donations?.donations).toEqual(whole?.donations);
		expect(donations?.declarations).toEqual([]);
		expect(donations?.relations.some((r) => r.kind === 'board-member')).toBe(false);
		const core = await reader.getGroup(anna.id, []);
		expect(core?.entity).toBe(anna.id);
		expect(core?.donations).toEqual([]);
		expect(core?.declarations).toEqual([]);
		expect(core?.parts).toBeUndefined();
	});
});
