import { describe, expect, it, vi } from 'vitest';
import type { SearchClient, SearchLoaded } from '../../../src/lib/search/search-client';
import { takeSnapshot } from '../../../src/lib/search/index-snapshot';
import { openIndex } from '../../../src/lib/search/page-search';
import { docLinesOf } from '../../../src/lib/search/packed-docs';
import { buildSearchIndex, searchIndex } from '../../../src/lib/search/search-index';
import type { SearchQuery } from '../../../src/lib/search/search-types';
import { SearchState } from '../../../src/lib/search/search.svelte';
import type { SearchDoc } from '../../../src/model/types';
import { searchDoc } from '../../fixtures/search-fixtures';

const DOCS = [
	searchDoc({ id: 'p-1', name: 'Jānis Bēldiņš', parties: ['A'] }),
	searchDoc({ id: 'p-2', name: 'Anna Bēldiņa' }),
	searchDoc({ id: 'p-3', name: 'Ilze Bēlda' }),
	searchDoc({ id: 'o-1', kind: 'company', name: 'SIA "Bēldiņi"' })
];

/** What the worker's load hands over, for `docs`, through a snapshot as the worker sends it. */
async function loadedOf(
	docs: SearchDoc[],
	version = 'v1',
	query?: SearchQuery
): Promise<SearchLoaded> {
	const built = buildSearchIndex(docs);
	// As the worker does: a query typed meanwhile is answered before the index leaves.
	const answer = query && { query, hits: searchIndex(built, query), tookMs: 2 };
	const snapshot = takeSnapshot(built, docLinesOf(docs));
	return {
		version,
		docs: docs.length,
		tookMs: 1,
		facets: { parties: ['A'] },
		...(await openIndex(structuredClone(snapshot))),
		...(answer && { answer })
	};
}

/** A client whose loads the test finishes by hand, in any order. */
function manualClient() {
	const loads: {
		version?: string;
		query?: SearchQuery;
		isEarly?: boolean;
		finish: (docs: SearchDoc[]) => void;
		fail: (error: Error) => void;
	}[] = [];
	const activated: string[] = [];
	const client: SearchClient = {
		load: (version, query, options) =>
			new Promise((resolve, reject) =>
				loads.push({
					version,
					query,
					...(options?.isEarly && { isEarly: true }),
					finish: (docs) => void loadedOf(docs, version, query).then(resolve),
					fail: reject
				})
			),
		activate: (version) => {
			activated.push(version);
			return Promise.resolve();
		}
	};
	return { client, loads, activated };
}

async function loadedState(docs = DOCS): Promise<SearchState> {
	const { client, loads } = manualClient();
	const search = new SearchState(client);
	const loading = search.load('v1');
	loads[0]!.finish(docs);
	await loading;
	return search;
}

const ids = (search: SearchState) => search.results.map((hit) => hit.doc.id);

describe('SearchState', () => {
	it('searches in the same task as each keystroke', async () => {
		const search = await loadedState();
		search.text = 'beldin';
		expect(ids(search).slice(0, 3)).toEqual(['p-2', 'p-1', 'o-1']);
		search.text = 'beldins';
		expect(ids(search)[0]).toBe('p-1');
		expect(search.isLoading).toBe(false);
		expect(search.lastTookMs).toBeGreaterThanOrEqual(0);
	});

	it('clears results for blank text', async () => {
		const search = await loadedState();
		search.text = 'anna';
		expect(ids(search)).toEqual(['p-2']);
		search.text = '   ';
		expect(search.results).toEqual([]);
	});

	it('searches again when a filter changes, and drops emptied filters', async () => {
		const search = await loadedState();
		search.text = 'beld';
		expect(ids(search)).toContain('o-1');
		search.setFilter('kinds', ['company']);
		expect(ids(search)).toEqual(['o-1']);
		search.setFilter('kinds', []);
		expect(search.filters).toEqual({});
		expect(ids(search)).toHaveLength(4);
	});

	it('answers text typed before the index is here once it is', async () => {
		const { client, loads } = manualClient();
		const search = new SearchState(client);
		const loading = search.load('v1');
		search.text = 'ilze';
		expect(search.isLoading).toBe(true);
		expect(search.isReady).toBe(false);
		expect(search.results).toEqual([]);
		loads[0]!.finish(DOCS);
		await loading;
		expect(search.isReady).toBe(true);
		expect(search.isLoading).toBe(false);
		expect(ids(search)).toEqual(['p-3']);
	});

	it("shows the worker's answer to the text there was when the load began", async () => {
		const { client, loads } = manualClient();
		const search = new SearchState(client);
		search.text = 'anna';
		const loading = search.load('v1');
		expect(loads[0]!.query).toEqual({ text: 'anna', filters: {}, limit: 50 });
		loads[0]!.finish(DOCS);
		await loading;
		expect(ids(search)).toEqual(['p-2']);
		expect(search.lastTookMs).toBe(2);
	});

	it('searches again when the text changed after the load began', async () => {
		const { client, loads } = manualClient();
		const search = new SearchState(client);
		search.text = 'anna';
		const loading = search.load('v1');
		search.text = 'ilze';
		loads[0]!.finish(DOCS);
		await loading;
		expect(ids(search)).toEqual(['p-3']);
		expect(search.lastTookMs).not.toBe(2);
	});

	it('keeps the latest load when an earlier one finishes after it', async () => {
		const { client, loads } = manualClient();
		const search = new SearchState(client);
		const first = search.load('v1');
		const second = search.load('v2');
		search.text = 'anna';
		loads[1]!.finish([searchDoc({ id: 'p-9', name: 'Anna Ozola' })]);
		await second;
		loads[0]!.finish(DOCS);
		await first;
		expect(ids(search)).toEqual(['p-9']);
	});

	it('says why a load failed', async () => {
		const client: SearchClient = {
			load: () => Promise.reject(new Error('no active data version')),
			activate: () => Promise.resolve()
		};
		const search = new SearchState(client);
		await search.load();
		expect(search.error).toBe('no active data version');
		expect(search.isLoading).toBe(false);
	});

	it('moves the active option with wrap-around', async () => {
		const search = await loadedState();
		search.text = 'beld';
		expect(search.active).toBe(-1);
		search.move(1);
		expect(search.activeHit?.doc.id).toBe(ids(search)[0]);
		search.move(-1);
		expect(search.activeHit?.doc.id).toBe(ids(search).at(-1));
		search.move(1);
		expect(search.activeHit?.doc.id).toBe(ids(search)[0]);
	});

	it('takes the filter choices from the loaded index', async () => {
		const search = await loadedState();
		expect(search.isReady).toBe(true);
		expect(search.facets.parties).toEqual(['A']);
	});

	it('answers a picker that asked before the index was here once it is', async () => {
		const { client, loads } = manualClient();
		const search = new SearchState(client);
		const loading = search.load('v1');
		const found = search.findWhenReady('ilze');
		loads[0]!.finish(DOCS);
		await loading;
		expect((await found).map((doc) => doc.id)).toEqual(['p-3']);
	});

	it('finds docs for pickers, none before the index is here', async () => {
		const { client } = manualClient();
		expect(new SearchState(client).find('anna')).toEqual([]);
		const search = await loadedState();
		expect(search.find('anna')).toEqual([DOCS[1]]);
		expect(search.find('beld', 2)).toHaveLength(2);
		expect(search.find(' ')).toEqual([]);
	});

	it('keeps the index loaded early when its version becomes active, and tells the worker', async () => {
		const { client, loads, activated } = manualClient();
		const search = new SearchState(client);
		const early = search.load('v1', { isEarly: true });
		expect(loads.map((l) => [l.version, l.isEarly])).toEqual([['v1', true]]);
		// The core is in while the index is still being built: no second build.
		const active = search.load('v1');
		loads[0]!.finish(DOCS);
		await Promise.all([early, active]);
		expect(loads).toHaveLength(1);
		expect(activated).toEqual(['v1']);
		search.text = 'anna';
		expect(ids(search)).toEqual(['p-2']);
	});

	it('builds the index again when the early load failed', async () => {
		const { client, loads, activated } = manualClient();
		const search = new SearchState(client);
		const early = search.load('v1', { isEarly: true });
		loads[0]!.fail(new Error('pack missing'));
		await early;
		const active = search.load('v1');
		await vi.waitFor(() => expect(loads).toHaveLength(2));
		expect(loads.map((l) => [l.version, l.isEarly])).toEqual([
			['v1', true],
			['v1', undefined]
		]);
		loads[1]!.finish(DOCS);
		await active;
		expect(activated).toEqual([]);
		expect(search.error).toBeUndefined();
		expect(search.isReady).toBe(true);
	});

	it('loads another version in full, whatever was loaded early', async () => {
		const { client, loads, activated } = manualClient();
		const search = new SearchState(client);
		const early = search.load('v1', { isEarly: true });
		loads[0]!.finish(DOCS);
		await early;
		const other = search.load('v2');
		loads[1]!.finish([searchDoc({ id: 'p-9', name: 'Anna Ozola' })]);
		await other;
		expect(loads.map((l) => l.version)).toEqual(['v1', 'v2']);
		expect(activated).toEqual([]);
	});

	it('clears the index and its results, and keeps no load still on its way', async () => {
		const { client, loads } = manualClient();
		const search = new SearchState(client);
		const early = search.load('v1', { isEarly: true });
		loads[0]!.finish(DOCS);
		await early;
		search.text = 'anna';
		expect(ids(search)).toEqual(['p-2']);
		const late = search.load('v2', { isEarly: true });
		search.clear();
		loads[1]!.finish(DOCS);
		await late;
		expect([search.isReady, search.results, search.find('anna')]).toEqual([false, [], []]);
		search.text = 'anna b';
		expect(search.results).toEqual([]);
	});
});
