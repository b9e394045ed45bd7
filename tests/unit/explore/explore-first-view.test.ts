// @vitest-environment node
// The explore pages' first answers: stored at install, equal to the service's, read only for
// the active version, and answering the pages' first questions without the worker.
import { describe, expect, it } from 'vitest';
import {
	ASKED_CALLS,
	createExploreClient,
	readAhead
} from '../../../src/lib/explore/explore-client';
import {
	FIRST_ASKED,
	FIRST_FILTER,
	FIRST_QUERY,
	FIRST_REQUESTS,
	isFirstRequest,
	isSameQuestion,
	type FirstRequest
} from '../../../src/lib/explore/explore-first-view';
import type { ExploreRequest } from '../../../src/lib/explore/explore-protocol';
import type { OfficialsRequest } from '../../../src/lib/explore/officials-protocol';
import { EXPLORE_SERVICE } from '../../../src/lib/explore/explore-protocol';
import { BundleStore } from '../../../src/lib/reads/store';
import { activeRow, removeOtherVersions, type ActiveRow } from '../../../src/lib/storage/versions';
import type { RpcClient } from '../../../src/lib/worker-rpc';
import { installExplore } from '../../fixtures/explore-service';

async function installed() {
	const { db, rpc } = await installExplore();
	return { db, rpc, store: new BundleStore(db) };
}

/** The active version's stored first answer to `call`, if any. */
async function storedAnswer(store: BundleStore, call: string) {
	return (await store.firstAnswers([call]))?.answers.find((answer) => answer.request.call === call);
}

/** The worker's client, with every explore call it is asked counted. */
function counting(rpc: RpcClient): { rpc: RpcClient; asked: ExploreRequest[] } {
	const asked: ExploreRequest[] = [];
	return {
		asked,
		rpc: {
			...rpc,
			call: <T>(service: string, request: unknown) => {
				asked.push(request as ExploreRequest);
				return rpc.call<T>(service, request);
			}
		} as RpcClient
	};
}

describe('the explore pages’ first answers', () => {
	it('are stored at install, one per first question, each what the service answers', async () => {
		const { rpc, store } = await installed();
		for (const request of FIRST_REQUESTS) {
			const stored = await storedAnswer(store, request.call);
			expect(stored?.request, request.call).toEqual(request);
			expect(stored?.response).toEqual(await rpc.call(EXPLORE_SERVICE, request));
		}
		// Hand-counted: three EUR gifts (1,200 + two of the fixture's default), one refund.
		const overview = await storedAnswer(store, 'overview');
		expect(overview?.response).toMatchObject({
			ok: true,
			overview: { count: 3, refunds: 1, refundCents: -10_000 }
		});
		const table = await storedAnswer(store, 'table');
		expect(table?.response).toMatchObject({ ok: true, page: { total: 4 } });
	});

	it('answer the first questions without the worker; any other question goes to it', async () => {
		const { rpc, store } = await installed();
		const { rpc: counted, asked } = counting(rpc);
		const explore = createExploreClient(counted, (calls) => store.firstAnswers(calls));
		const overview = await explore.overview({ ...FIRST_FILTER });
		// The same question with its keys in another order is the same question.
		const reordered = Object.fromEntries(Object.entries(FIRST_QUERY).reverse());
		const page = await explore.table(reordered as typeof FIRST_QUERY);
		const rankings = await explore.officials!({ call: 'rankings' });
		expect(asked).toEqual([]);
		expect(overview.count).toBe(3);
		expect(page.total).toBe(4);
		expect(rankings.ok).toBe(true);
		const fees = await explore.overview({ ...FIRST_FILTER, measure: 'fees' });
		await explore.table({ ...FIRST_QUERY, offset: 50 });
		expect(asked.map((r) => r.call)).toEqual(['overview', 'table']);
		expect(fees).toMatchObject({ count: 1, cents: 2_400 });
	});

	it('are read as the app starts on an explore page, with their version, and taken by the page’s first asks', async () => {
		const { db, rpc, store } = await installed();
		let reads = 0;
		const read: string[][] = [];
		const explore = createExploreClient(
			rpc,
			(calls) => (reads++, read.push([...calls]), store.firstAnswers(calls))
		);
		const version = await explore.preloadFor!('explore-officials');
		expect(version).toBe((await activeRow(db))!.version);
		expect(reads).toBe(1);
		for (const request of FIRST_ASKED['explore-officials']!)
			expect((await explore.officials!(request as OfficialsRequest)).ok).toBe(true);
		// Taken once per call: a later ask reads again.
		expect(reads).toBe(1);
		await explore.officials!({ call: 'official-options' });
		expect(reads).toBe(2);
		// Only the answers the page asks for are read: not the rankings page's, say.
		expect(read).toEqual([['official-options', 'officials', 'official-map'], ['official-options']]);
	});

	it('are read by the calls each page asks first, as FIRST_ASKED lists them', async () => {
		const calls = (requests: readonly FirstRequest[]) => requests.map((r) => r.call);
		expect(Object.keys(ASKED_CALLS).sort()).toEqual(Object.keys(FIRST_ASKED).sort());
		for (const [route, requests] of Object.entries(FIRST_ASKED))
			expect(ASKED_CALLS[route], route).toEqual(calls(requests));
		const { store } = await installed();
		const stored = await store.firstAnswers(['overview', 'rankings', 'no-such-call']);
		expect(stored?.answers.map((answer) => answer.request.call)).toEqual(['overview', 'rankings']);
	});

	it('are read ahead of the client by the start, and taken for that page without another read', async () => {
		const { db, rpc, store } = await installed();
		let reads = 0;
		const read = (calls: readonly string[]) => (reads++, store.firstAnswers(calls));
		expect(readAhead('search', read)).toBeUndefined();
		const ahead = readAhead('explore-donations', read);
		expect(ahead?.calls).toEqual(['overview', 'table']);
		const explore = createExploreClient(rpc, read, ahead);
		expect(await explore.preloadFor!('explore-donations')).toBe((await activeRow(db))!.version);
		expect((await explore.overview({ ...FIRST_FILTER })).count).toBe(3);
		expect(reads).toBe(1);
		// Another page than the one read ahead reads its own.
		const other = createExploreClient(rpc, read, ahead);
		await other.preloadFor!('flags');
		expect(reads).toBe(2);
	});

	it('are not read, and give no version, for a page that does not ask the explore service', async () => {
		const { rpc, store } = await installed();
		let reads = 0;
		const explore = createExploreClient(rpc, (calls) => (reads++, store.firstAnswers(calls)));
		expect(await explore.preloadFor!('search')).toBeUndefined();
		expect(reads).toBe(0);
	});

	it('are read for the active version only, and removed with their version', async () => {
		const { db, store } = await installed();
		const active = (await activeRow(db))!;
		const answerRows = () => db.meta.where('key').startsWith('explore-answer/').toArray();
		expect((await answerRows()).map((row) => row.key)).toContain(
			`explore-answer/${active.version}/overview`
		);
		const another: ActiveRow = { ...active, version: 'another-version' };
		await db.meta.put(another);
		expect(await storedAnswer(store, 'overview')).toBeUndefined();
		await db.meta.put(active);
		expect(await storedAnswer(store, 'overview')).toBeDefined();
		await removeOtherVersions(db, active.version);
		expect(await answerRows()).toHaveLength(FIRST_REQUESTS.length);
		await removeOtherVersions(db, 'another-version');
		expect(await answerRows()).toEqual([]);
	});

	it('compare questions by value, not by the order of their keys', () => {
		expect(isSameQuestion({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
		expect(isSameQuestion({ a: 1, b: [1, 2] }, { a: 1, b: [2, 1] })).toBe(false);
		expect(isFirstRequest({ call: 'overview', filter: { ...FIRST_FILTER, name: 'x' } })).toBe(
			false
		);
		expect(isFirstRequest({ call: 'rankings' } as FirstRequest)).toBe(true);
	});
});
