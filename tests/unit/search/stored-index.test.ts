// @vitest-environment node
// The search index stored beside its version: built and kept at the first start, read at the
// next, with the reader worker's services in process over a database of its own.
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createGraphClient } from '../../../src/lib/graph/graph-client';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import { readerServices } from '../../../src/lib/reader/reader-services';
import { createSearchClient, type SearchLoaded } from '../../../src/lib/search/search-client';
import {
	buildSearchIndex,
	listDocs,
	nameOrderOf,
	type SearchIndex
} from '../../../src/lib/search/search-index';
import { searchReads } from '../../../src/lib/search/search-source';
import { BlockedDocs, PackedDocs } from '../../../src/lib/search/packed-docs';
import {
	DOCS_FORMAT,
	INDEX_FORMAT,
	packPostings,
	unpackPostings,
	type StoredDocs,
	type StoredIndex
} from '../../../src/lib/search/stored-index';
import type { MetaRow, PlainviewDb } from '../../../src/lib/storage/db';
import { readGraph } from '../../../src/lib/storage/pack-reads';
import {
	activeRow,
	discardVersion,
	readStoredIndex,
	removeLeftovers,
	removeOtherVersions,
	storeIndex
} from '../../../src/lib/storage/versions';
import { createRpcClient, localPort } from '../../../src/lib/worker-rpc';
import type { SearchDoc } from '../../../src/model/types';
import { buildBundle, freshDb, manyRecords, memorySource } from '../../fixtures/bundle-fixture';
import { boardMember, donation, person } from '../../fixtures/records';
import { random, randomPersonName, searchDoc } from '../../fixtures/search-fixtures';

const ANNA = person('Anna Dzērvīte', { maskedCode: '010180-*****' });
const BRUNO = person('Bruno Smilgāns', { maskedCode: '020280-*****' });
const bundle = buildBundle(
	[
		donation(ANNA, 'Partija A'),
		donation(BRUNO, 'Partija A'),
		boardMember(BRUNO, '40003000009'),
		...manyRecords(600)
	],
	{ chunkEntities: 200 }
);

/**
 * A start of the app: the reader worker's services as the worker wires them, over `db`;
 * `linesRead` counts the reads of a version's lines for its blocks.
 */
function start(db: PlainviewDb) {
	const reads = searchReads(db);
	const linesRead: string[] = [];
	const rpc = createRpcClient(
		localPort(
			readerServices(reads.readDocs, {
				readAllDocs: reads.readAllDocs,
				keep: reads.keep,
				readLines: (version) => {
					linesRead.push(version);
					return reads.readLines(version);
				},
				readGraph: (version) => readGraph(db, version)
			})
		)
	);
	return { search: createSearchClient(rpc), graph: createGraphClient(rpc), linesRead };
}

async function installed(): Promise<{ db: PlainviewDb; version: string }> {
	const db = freshDb();
	await ingestBundle({ source: memorySource(bundle), db });
	return { db, version: (await activeRow(db))!.version };
}

/** The three rows are in once the tables and the docs' blocks, made after the load's reply, are stored. */
async function whenStored(db: PlainviewDb, version: string) {
	await vi.waitFor(async () => {
		const stored = await readStoredIndex(db, version);
		expect(Object.keys(stored).sort()).toEqual(['docs', 'index', 'tables']);
	});
	const { index, tables } = await readStoredIndex(db, version);
	return { index: index as StoredIndex | undefined, tables };
}

const ids = (loaded: SearchLoaded, text: string) =>
	loaded.search({ text, limit: 50 }).map((hit) => hit.doc.id);

const QUERIES = [
	'persona 12',
	'prsona 31',
	'anna dzervite',
	'smilgans bruno',
	'pers',
	'b',
	'5000000'
];

describe('the stored search index', () => {
	it('is built and kept at the first start, and read at the next, which searches alike', async () => {
		const { db, version } = await installed();
		const first = await start(db).search.load();
		expect(first.isStored).toBeUndefined();
		await whenStored(db, version);

		const next = await start(db).search.load();
		expect(next.isStored).toBe(true);
		expect(next.docs).toBe(first.docs);
		expect(next.docs).toBeGreaterThan(600);
		expect(next.facets).toEqual(first.facets);
		for (const text of QUERIES) {
			expect(ids(next, text), text).toEqual(ids(first, text));
			expect(ids(next, text).length, text).toBeGreaterThan(0);
		}
		// The name-order tables came stored too: lists in name order, and numbers found.
		await vi.waitFor(() => expect(next.index.isTablesPending).toBe(false));
		await vi.waitFor(() => expect(first.index.isTablesPending).toBe(false));
		const people = (index: SearchIndex) => listDocs(index, ['person'], 20).map((d) => d.id);
		expect(people(next.index)).toEqual(people(first.index));
		expect(ids(next, '40003000009')).toEqual(ids(first, '40003000009'));
		expect(ids(next, '40003000009')).toHaveLength(1);
	});

	it('gives the graph its names after a stored index, reading the docs when it first asks', async () => {
		const { db, version } = await installed();
		await start(db).search.load();
		await whenStored(db, version);
		const { search, graph } = start(db);
		const loaded = await search.load();
		expect(loaded.isStored).toBe(true);
		const party = loaded.search({ text: 'partija a' })[0]!.doc.id;
		const around = await graph.neighbours(party);
		expect(around.total).toBe(2);
		expect(around.nodes.map((node) => node.name).sort()).toEqual(
			['Anna Dzērvīte', 'Bruno Smilgāns', 'Partija A'].sort()
		);
	});

	it('keeps the docs as blocks: sent after the first start’s tables, and read as stored at the next', async () => {
		const { db, version } = await installed();
		const first = start(db);
		const built = await first.search.load();
		expect(built.index.docs).toBeInstanceOf(PackedDocs);
		await vi.waitFor(() => expect(built.index.docs).toBeInstanceOf(BlockedDocs));
		expect(first.linesRead).toEqual([version]);
		const { docs } = await readStoredIndex(db, version);
		expect((docs as StoredDocs).blocks.count).toBe(built.docs);

		const next = start(db);
		const read = await next.search.load();
		expect(read.isStored).toBe(true);
		expect(read.index.docs).toBeInstanceOf(BlockedDocs);
		for (const text of QUERIES) expect(ids(read, text), text).toEqual(ids(built, text));
		expect(read.search({ text: 'anna dzervite' })[0]?.doc).toMatchObject({
			name: 'Anna Dzērvīte',
			kind: 'person'
		});
		// Nothing to make: the lines were not read, neither for the page nor for blocks.
		await vi.waitFor(() => expect(read.index.isTablesPending).toBe(false));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(next.linesRead).toEqual([]);
	});

	it('still serves an index stored without its blocks, or with blocks that do not serve, and stores them then', async () => {
		const { db, version } = await installed();
		await start(db).search.load();
		const stored = await whenStored(db, version);
		const blocks = (await readStoredIndex(db, version)).docs as StoredDocs;

		const docsRow = (docs: unknown): MetaRow => ({ key: `search-docs/${version}`, version, docs });
		for (const change of [
			() => db.meta.delete(`search-docs/${version}`),
			() => db.meta.put(docsRow({ ...blocks, format: 0 })),
			() => db.meta.put(docsRow({ ...blocks, blocks: { ...blocks.blocks, count: 3 } }))
		]) {
			await change();
			const next = start(db);
			const read = await next.search.load();
			expect(read.isStored).toBe(true);
			expect(read.index.docs).toBeInstanceOf(PackedDocs);
			expect(ids(read, 'anna dzervite')).toHaveLength(1);
			await vi.waitFor(() => expect(read.index.docs).toBeInstanceOf(BlockedDocs));
			expect(next.linesRead).toEqual([version]);
			expect(ids(read, 'anna dzervite')).toHaveLength(1);
			const again = (await readStoredIndex(db, version)).docs as StoredDocs;
			expect(again.format).toBe(DOCS_FORMAT);
			expect(again.blocks.count).toBe(stored.index!.docs);
		}
	});

	it('is built again, and kept anew, when the stored one is of another format or other docs', async () => {
		const { db, version } = await installed();
		await start(db).search.load();
		const stored = await whenStored(db, version);

		const key = `search-index/${version}` as const;
		const withIndex = (index: StoredIndex): MetaRow => ({ key, version, index });
		await db.meta.put(withIndex({ ...stored.index!, format: 0 }));
		const rebuilt = await start(db).search.load();
		expect(rebuilt.isStored).toBeUndefined();
		await vi.waitFor(async () =>
			expect(((await readStoredIndex(db, version)).index as StoredIndex).format).toBe(INDEX_FORMAT)
		);
		expect((await start(db).search.load()).isStored).toBe(true);

		// Format 2 kept the names as a string: one such row under this format's number is not read.
		const asString = new TextDecoder().decode(stored.index!.names) as unknown as Uint8Array;
		await db.meta.put(withIndex({ ...stored.index!, names: asString }));
		expect((await start(db).search.load()).isStored).toBeUndefined();
		await vi.waitFor(async () =>
			expect(((await readStoredIndex(db, version)).index as StoredIndex).names).toBeInstanceOf(
				Uint8Array
			)
		);

		await db.meta.put(withIndex({ ...stored.index!, docs: 3 }));
		const again = await start(db).search.load();
		expect(again.isStored).toBeUndefined();
		// Its tables are stored before the page has them: wait, so they are not stored after the delete.
		await vi.waitFor(() => expect(again.index.isTablesPending).toBe(false));

		await db.meta.delete(`search-tables/${version}`);
		expect((await start(db).search.load()).isStored).toBeUndefined();
	});

	it('goes with its version, and a stray row with the next start’s clean-up', async () => {
		const { db, version } = await installed();
		await start(db).search.load();
		const stored = await whenStored(db, version);

		// A version replaced while its index was built: its row is gone at the next start.
		await storeIndex(db, 'replaced', { index: stored.index! });
		expect(Object.keys(await readStoredIndex(db, 'replaced'))).toEqual(['index']);
		expect(await removeLeftovers(db)).toBeUndefined();
		expect(await readStoredIndex(db, 'replaced')).toEqual({});
		expect(Object.keys(await readStoredIndex(db, version)).sort()).toEqual([
			'docs',
			'index',
			'tables'
		]);

		const pending: MetaRow = {
			key: 'pending',
			version: 'next',
			manifest: bundle.manifest,
			startedAt: ''
		};
		await db.meta.put(pending);
		await storeIndex(db, 'next', { index: stored.index! });
		await discardVersion(db, 'next');
		expect(await readStoredIndex(db, 'next')).toEqual({});

		await removeOtherVersions(db, 'another');
		expect(await readStoredIndex(db, version)).toEqual({});
	});

	it('keeps searching when the index cannot be stored', async () => {
		const { db } = await installed();
		const reads = searchReads(db);
		const failing = readerServices(reads.readDocs, {
			keep: () => Promise.reject(new Error('QuotaExceededError'))
		});
		const loaded = await createSearchClient(createRpcClient(localPort(failing))).load();
		expect(ids(loaded, 'anna dzervite')).toHaveLength(1);
		await vi.waitFor(() => expect(loaded.index.isTablesPending).toBe(false));
	});
});

describe('INDEX_FORMAT', () => {
	/** What a stored index holds, as bytes: it changes when building makes other arrays. */
	function fingerprint(docs: readonly SearchDoc[]): string {
		const index = buildSearchIndex(docs);
		const tables = nameOrderOf(index);
		const hash = createHash('sha256');
		const add = (value: unknown): void => {
			if (ArrayBuffer.isView(value)) {
				hash.update(value.constructor.name);
				hash.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
			} else if (Array.isArray(value)) value.forEach(add);
			else if (value instanceof Map) [...value].sort(([a], [b]) => (a < b ? -1 : 1)).forEach(add);
			else if (value && typeof value === 'object') {
				for (const key of Object.keys(value).sort()) {
					hash.update(key);
					add((value as Record<string, unknown>)[key]);
				}
			} else hash.update(JSON.stringify(value) ?? 'undefined');
		};
		add({
			names: index.names,
			trigrams: index.trigrams,
			columns: index.columns,
			idRank: index.idRank,
			tables
		});
		return hash.digest('hex').slice(0, 16);
	}

	it('names how the index is built: bump it, and this fingerprint, when the arrays change', () => {
		const next = random(11);
		const docs = Array.from({ length: 300 }, (_, i) =>
			searchDoc({
				id: `p-${String(i).padStart(3, '0')}`,
				name: randomPersonName(next),
				otherNames: i % 7 === 0 ? [randomPersonName(next)] : [],
				codes: i % 3 === 0 ? [`${String(10 + (i % 18)).padStart(2, '0')}0${i % 9}8${i % 10}`] : [],
				parties: i % 5 === 0 ? ['Partija A'] : [],
				roles: i % 4 === 0 ? ['donor'] : ['official'],
				years: [2010 + (i % 5), 2020]
			})
		);
		docs.push(
			searchDoc({ id: 'o-1', kind: 'company', name: 'SIA "Dzērves Būve"', regNo: '40003000009' })
		);
		// A stored index of the old format is built again (stored-index.ts); one of the same
		// format but other arrays would be searched wrongly.
		expect({ format: INDEX_FORMAT, fingerprint: fingerprint(docs) }).toEqual({
			format: 3,
			fingerprint: '4be402d79a173dab'
		});
	});
});

describe('stored postings', () => {
	const offsetsOf = (lists: number[][]) =>
		Uint32Array.from(lists.reduce((ends, list) => [...ends, ends.at(-1)! + list.length], [0]));

	it('read back as they were: ascending, empty, any order, and the largest doc numbers', () => {
		const next = random(5);
		const ascending = Array.from({ length: 3000 }, () => Math.floor(next() * 2_000_000)).sort(
			(a, b) => a - b
		);
		const lists = [ascending, [], [0], [7, 3, 3, 0xffffffff, 0], [0x7fffffff, 0x80000000]];
		const postings = Uint32Array.from(lists.flat());
		const offsets = offsetsOf(lists);
		const packed = packPostings(postings, offsets);
		expect(unpackPostings(packed, offsets)).toEqual(postings);
		// Gaps of ascending lists take a byte or three where the numbers take four.
		expect(
			packPostings(Uint32Array.from(ascending), offsetsOf([ascending])).bytes.length
		).toBeLessThan(ascending.length * 3);
	});

	it('refuse bytes cut short or running on, so the index is built again', () => {
		const lists = [[1, 2, 300], [5]];
		const offsets = offsetsOf(lists);
		const packed = packPostings(Uint32Array.from(lists.flat()), offsets);
		const cut = { ...packed, bytes: packed.bytes.slice(0, -1) };
		expect(() => unpackPostings(cut, offsets)).toThrow(/cut short/);
		const longer = { ...packed, bytes: Uint8Array.from([...packed.bytes, 1]) };
		expect(() => unpackPostings(longer, offsets)).toThrow(/run on/);
	});

	it('are stored at about a quarter of their size for a real index', async () => {
		const { db, version } = await installed();
		await start(db).search.load();
		const { index } = await whenStored(db, version);
		const { count, bytes } = index!.trigrams.postings;
		expect(bytes.length).toBeLessThan(count * 2);
	});
});
