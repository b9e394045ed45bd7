// @vitest-environment node
// The explore pages' first answers: stored at install, equal to the service's, read only for
// the active version, and answering the pages' first questions without the worker.
import { describe, expect, it, vi } from 'vitest';
import { createExploreClient } from '../../../src/lib/explore/explore-client';
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
			const stored = await store.firstAnswer(request.call);
			expect(stored?.request, request.call).toEqual(request);
			expect(stored?.response).toEqual(await rpc.call(EXPLORE_SERVICE, request));
		}
		// Hand-counted: three EUR gifts (1,200 + two of the fixture's default), one refund.
		const overview = await store.firstAnswer('overview');
		expect(overview?.response).toMatchObject({
			ok: true,
			overview: { count: 3, refunds: 1, refundCents: -10_000 }
		});
		const table = await store.firstAnswer('table');
		expect(table?.response).toMatchObject({ ok: true, page: { total: 4 } });
	});

	it('answer the first questions without the worker; any other question goes to it', async () => {
		const { rpc, store } = await installed();
		const { rpc: counted, asked } = counting(rpc);
		const explore = createExploreClient(counted, (call) => store.firstAnswer(call));
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

	it('are read as the app starts on an explore page, and taken by the page’s first asks', async () => {
		const { rpc, store } = await installed();
		const reads: string[] = [];
		const explore = createExploreClient(rpc, (call) => {
			reads.push(call);
			return store.firstAnswer(call);
		});
		explore.preloadFor!('explore-officials');
		await vi.waitFor(() =>
			expect(reads).toEqual(['official-options', 'officials', 'official-map'])
		);
		for (const request of FIRST_ASKED['explore-officials']!)
			expect((await explore.officials!(request as OfficialsRequest)).ok).toBe(true);
		// Taken once: a later ask reads again.
		expect(reads).toHaveLength(3);
		await explore.officials!({ call: 'official-options' });
		expect(reads).toHaveLength(4);
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
		expect(await store.firstAnswer('overview')).toBeUndefined();
		await db.meta.put(active);
		expect(await store.firstAnswer('overview')).toBeDefined();
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
