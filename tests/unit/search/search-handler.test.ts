import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, type Manifest } from '../../../src/model/bundle-format';
import {
	openDb,
	type MetaRow,
	type Pack,
	type PlainviewDb,
	type SearchPack
} from '../../../src/lib/data/db';
import { encodePack } from '../../../src/lib/data/pack-codec';
import { createSearchClient } from '../../../src/lib/search/search-client';
import { createLocalPort, createSearchHandler } from '../../../src/lib/search/search-handler';
import { readSearchDocs } from '../../../src/lib/search/search-source';
import type { SearchDoc } from '../../../src/model/types';
import { searchDoc } from './search-fixtures';

const docs = [
	searchDoc({ id: 'p-1', name: 'Jānis Bērziņš', parties: ['Zaļā Nākotne'], years: [2010, 2020] }),
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
	});

	it('says what to do when nothing is installed', async () => {
		db = openDb(`search-${Math.random()}`);
		await expect(readSearchDocs(db)).rejects.toThrow(/install a bundle/);
	});
});

describe('search worker protocol', () => {
	const connect = (read = async () => ({ version: 'v1', docs })) =>
		createSearchClient(createLocalPort(createSearchHandler(read)));

	it('takes a real Worker as its port (checked by the compiler)', () => {
		const connect = (worker: Worker) => createSearchClient(worker);
		expect(connect).toBeTypeOf('function');
	});

	it('loads, then answers queries with hits and timing', async () => {
		const client = connect();
		const loaded = await client.load('v1');
		expect(loaded).toMatchObject({
			version: 'v1',
			docs: 4,
			facets: { parties: ['Zaļā Nākotne'], years: [2010, 2020] }
		});
		const answer = await client.search({ text: 'berzins' });
		expect(answer.hits.map((hit) => hit.doc.id)).toEqual(['p-1']);
		expect(answer.tookMs).toBeGreaterThanOrEqual(0);
	});

	it('answers queries sent before the load has finished', async () => {
		const client = connect();
		const loading = client.load();
		const answer = client.search({ text: 'kalnina' });
		await loading;
		expect((await answer).hits[0]?.doc.id).toBe('p-2');
	});

	it('lists docs of given kinds by name for pickers', async () => {
		const client = connect();
		await client.load();
		const listed = await client.list(['institution', 'municipality']);
		expect(listed.map((doc) => doc.name)).toEqual(['Ādažu novada pašvaldība', 'Valsts kontrole']);
		expect(await client.list(['institution', 'municipality'], 1)).toHaveLength(1);
	});

	it('rejects a query when no index was loaded, and a load that failed', async () => {
		await expect(connect().search({ text: 'x' })).rejects.toThrow(/not loaded/);
		const broken = connect(() => Promise.reject(new Error('no active data version')));
		await expect(broken.load()).rejects.toThrow(/no active data version/);
		await expect(broken.search({ text: 'x' })).rejects.toThrow(/no active data version/);
	});
});
