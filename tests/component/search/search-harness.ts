/** A SearchState backed by the real index in this thread, and the English messages as `t`. */
import { searchMessages } from '../../../src/lib/i18n/messages/search';
import { createSearchClient } from '../../../src/lib/search/search-client';
import { createSearchHandler } from '../../../src/lib/search/search-handler';
import { SEARCH_SERVICE } from '../../../src/lib/search/search-protocol';
import { SearchState } from '../../../src/lib/search/search.svelte';
import { createRpcClient, localPort } from '../../../src/lib/worker-rpc';
import type { SearchDoc } from '../../../src/model/types';

const english: Readonly<Record<string, string>> = searchMessages.en;

export const t = (key: string, vars: Record<string, string | number> = {}) =>
	(english[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));

export const doc = (extra: Partial<SearchDoc> & Pick<SearchDoc, 'id' | 'name'>): SearchDoc => ({
	kind: 'person',
	otherNames: [],
	roles: [],
	posts: [],
	parties: [],
	...extra
});

export const DOCS: SearchDoc[] = [
	doc({
		id: 'p-janis',
		name: 'Jānis Bērziņš',
		roles: ['saeima-deputy'],
		posts: ['Saeimas deputāts'],
		parties: ['Zaļā Nākotne'],
		years: [2010, 2022]
	}),
	doc({ id: 'p-anna', name: 'Anna Bērziņa', roles: ['donor'], years: [2018, 2018] }),
	doc({ id: 'c-saw', kind: 'company', name: 'SIA "Bērziņu Kokzāģētava"' }),
	doc({ id: 'o-green', kind: 'party', name: 'Zaļā Nākotne' }),
	doc({ id: 'o-audit', kind: 'institution', name: 'Valsts kontrole' }),
	doc({ id: 'p-hostile', name: '<img src=x onerror=alert(1)> Ozols' })
];

export async function loadedSearch(docs: SearchDoc[] = DOCS): Promise<SearchState> {
	const port = localPort({
		[SEARCH_SERVICE]: createSearchHandler(async () => ({ version: 'v1', docs }))
	});
	const search = new SearchState(createSearchClient(createRpcClient(port)));
	await search.load('v1');
	// The worker's name-order tables follow its reply in a timer set before it: one more
	// turn of the timers and they are here, so every test sees the finished index.
	await new Promise((resolve) => setTimeout(resolve, 0));
	return search;
}
