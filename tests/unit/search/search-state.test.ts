import { describe, expect, it } from 'vitest';
import type { SearchAnswer, SearchClient } from '../../../src/lib/search/search-client';
import { SearchState } from '../../../src/lib/search/search.svelte';
import type { SearchHit, SearchQuery } from '../../../src/lib/search/search-types';
import { searchDoc } from './search-fixtures';

const hit = (id: string): SearchHit => ({
	doc: searchDoc({ id, name: id }),
	score: 0,
	matchedName: id,
	ranges: []
});

/** A client whose answers the test releases by hand, in any order. */
function manualClient() {
	const sent: { query: SearchQuery; answer: (hits: SearchHit[]) => void }[] = [];
	const client: SearchClient = {
		load: async () => ({ version: 'v1', docs: 0, tookMs: 1, facets: { parties: ['A'] } }),
		search: (query) =>
			new Promise<SearchAnswer>((resolve) =>
				sent.push({ query, answer: (hits) => resolve({ hits, tookMs: 3 }) })
			),
		list: async () => [],
		close: () => {}
	};
	return { client, sent };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SearchState', () => {
	it('sends a query on every keystroke and ignores answers to older ones', async () => {
		const { client, sent } = manualClient();
		const search = new SearchState(client);
		search.text = 'b';
		search.text = 'be';
		expect(sent.map((request) => request.query.text)).toEqual(['b', 'be']);
		expect(search.isLoading).toBe(true);
		sent[1]?.answer([hit('new')]);
		await settle();
		sent[0]?.answer([hit('stale')]);
		await settle();
		expect(search.results.map((result) => result.doc.id)).toEqual(['new']);
		expect(search.isLoading).toBe(false);
		expect(search.lastTookMs).toBe(3);
	});

	it('clears results for blank text without asking the worker', () => {
		const { client, sent } = manualClient();
		const search = new SearchState(client);
		search.text = '   ';
		expect(sent).toHaveLength(0);
		expect(search.results).toEqual([]);
	});

	it('searches again when a filter changes, and drops emptied filters', () => {
		const { client, sent } = manualClient();
		const search = new SearchState(client);
		search.text = 'berz';
		search.setFilter('kinds', ['company']);
		search.setFilter('kinds', []);
		expect(sent.map((request) => request.query.filters)).toEqual([{}, { kinds: ['company'] }, {}]);
	});

	it('moves the active option with wrap-around', async () => {
		const { client, sent } = manualClient();
		const search = new SearchState(client);
		search.text = 'x';
		sent[0]?.answer([hit('a'), hit('b'), hit('c')]);
		await settle();
		expect(search.active).toBe(-1);
		search.move(1);
		expect(search.activeHit?.doc.id).toBe('a');
		search.move(-1);
		expect(search.activeHit?.doc.id).toBe('c');
		search.move(1);
		expect(search.activeHit?.doc.id).toBe('a');
	});

	it('takes the filter choices from the loaded index', async () => {
		const { client } = manualClient();
		const search = new SearchState(client);
		await search.load('v1');
		expect(search.isReady).toBe(true);
		expect(search.facets.parties).toEqual(['A']);
	});
});
