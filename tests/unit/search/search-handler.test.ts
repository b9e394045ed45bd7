import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLE_FORMAT, type Manifest } from '../../../src/model/bundle-format';
import {
	openDb,
	type MetaRow,
	type Pack,
	type PlainviewDb,
	type SearchPack
} from '../../../src/lib/storage/db';
import { encodePack } from '../../../src/lib/storage/pack-codec';
import { createSearchClient } from '../../../src/lib/search/search-client';
import { createSearchHandler } from '../../../src/lib/search/search-handler';
import { SEARCH_SERVICE } from '../../../src/lib/search/search-protocol';
import { listDocs, searchIndex } from '../../../src/lib/search/search-index';
import { readSearchDocs } from '../../../src/lib/search/search-source';
import { createRpcClient, localPort } from '../../../src/lib/worker-rpc';
import type { SearchDoc } from '../../../src/model/types';
import { searchDoc } from '../../fixtures/search-fixtures';

const docs = [
	searchDoc({ id: 'p-1', name: 'Jānis Bēldiņš', parties: ['Zaļā Nākotne'], years: [2010, 2020] }),
	searchDoc({ id: 'p-2', name: 'Anna Kalniņa' }),
	searchDoc({ id: 'o-1', kind: 'institution', name: 'Valsts kontrole' }),
	searchDoc({ id: 'o-2', kind: 'municipality', name: 'Ādažu novada pašvaldība' })
];

const pack = (version: string, items: SearchDoc[]): SearchPack => ({
	version,
	kind: 'search',
	first: items[0]?.id ?? '',
	last: items[items.length - 1]?.id ?? '',
	records: items.length,
	items
});

describe('readSearchDocs', () => {
	let db: PlainviewDb;
	afterEach(() => db.delete());

	it('reads every search pack of a version, the active one by default', async () => {
		db = openDb(`search-${Math.random()}`);
		const packs: Pack[] = [
			pack('v1', docs.slice(0, 2)),
			pack('v1', docs.slice(2)),
			pack('v0', [searchDoc({ id: 'old', name: 'Vecs Ieraksts' })]),
			{ ...pack('v1', []), kind: 'entities', first: 'a', items: [] }
		];
		await db.packs.bulkPut(await Promise.all(packs.map((p) => encodePack(p))));
		const manifest: Manifest = {
			format: BUNDLE_FORMAT,
			version: 'v1',
			builtAt: '',
			sources: [],
			counts: {},
			files: []
		};
		const active: MetaRow = { key: 'active', version: 'v1', manifest, storedAt: '' };
		await db.meta.put(active);

		const read = await readSearchDocs(db);
		expect(read.version).toBe('v1');
		expect(read.docs.map((doc) => doc.id).sort()).toEqual(['o-1', 'o-2', 'p-1', 'p-2']);
		expect((await readSearchDocs(db, 'v0')).docs.map((doc) => doc.id)).toEqual(['old']);
		// The lines the page keeps are the packs' own, one per doc in the same order.
		const lines = new TextDecoder().decode(read.lines.bytes).split('\n').slice(0, -1);
		expect(lines.map((line) => JSON.parse(line) as SearchDoc)).toEqual(read.docs);
		expect(read.lines.ends).toHaveLength(read.docs.length);
	});

	it('says what to do when nothing is installed', async () => {
		db = openDb(`search-${Math.random()}`);
		await expect(readSearchDocs(db)).rejects.toThrow(/install a bundle/);
	});
});

describe('search service', () => {
	const connect = (read = async () => ({ version: 'v1', docs })) =>
		createSearchClient(createRpcClient(localPort({ [SEARCH_SERVICE]: createSearchHandler(read) })));

	it('loads, and hands over an index the page searches', async () => {
		const client = connect();
		const loaded = await client.load('v1');
		expect(loaded).toMatchObject({
			version: 'v1',
			docs: 4,
			facets: { parties: ['Zaļā Nākotne'], years: [2010, 2020] }
		});
		expect(searchIndex(loaded.index, { text: 'beldins' }).map((hit) => hit.doc)).toEqual([docs[0]]);
		// Lists are in name order once the worker's name-order tables are here (next test).
		await vi.waitFor(() => expect(loaded.index.isTablesPending).toBe(false));
		expect(listDocs(loaded.index, ['institution', 'municipality']).map((d) => d.name)).toEqual([
			'Ādažu novada pašvaldība',
			'Valsts kontrole'
		]);
	});

	it('answers the name-order tables after the load’s reply, and the page index takes them', async () => {
		const loaded = await connect().load('v1');
		await vi.waitFor(() => expect(loaded.index.isTablesPending).toBe(false));
		expect(loaded.index.byName).toHaveLength(4);
		expect(loaded.search({ text: 'va' }).map((hit) => hit.doc.id)).toEqual(['o-1']);
	});

	it('matches each reply to its load when two are under way', async () => {
		const client = connect(async (version = 'v1') => {
			// The first load is the slower: its reply comes second.
			if (version === 'v1') await new Promise((resolve) => setTimeout(resolve, 20));
			return { version, docs: version === 'v1' ? docs : docs.slice(1, 2) };
		});
		const [first, second] = await Promise.all([client.load('v1'), client.load('v2')]);
		expect([first.version, first.docs]).toEqual(['v1', 4]);
		expect([second.version, second.docs]).toEqual(['v2', 1]);
	});

	it('answers the query sent with the load, from the index before it leaves', async () => {
		const loaded = await connect().load('v1', { text: 'kalnina', limit: 5 });
		expect(loaded.answer?.query).toEqual({ text: 'kalnina', limit: 5 });
		expect(loaded.answer?.hits.map((hit) => hit.doc.id)).toEqual(['p-2']);
		expect(loaded.answer?.tookMs).toBeGreaterThanOrEqual(0);
		expect((await connect().load('v1')).answer).toBeUndefined();
	});

	it('rejects a load that failed, with the reason', async () => {
		const broken = connect(() => Promise.reject(new Error('no active data version')));
		await expect(broken.load()).rejects.toThrow(/no active data version/);
	});
});
