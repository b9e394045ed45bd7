/** The page's side of the explore pages: the reader worker's explore service, as functions. */
import { createContext } from 'svelte';
import type { FlagsPage, FlagsQuery } from '../flags/flags-page';
import type { RpcClient } from '../worker-rpc';
import type { OfficialsRequest, OfficialsResponse } from './officials-protocol';
import {
	EXPLORE_SERVICE,
	type DonationFilter,
	type DonationOverview,
	type DonationRow,
	type DonorRow,
	type ExploreRequest,
	type ExploreResponse,
	type TablePage,
	type TableQuery,
	type TableView
} from './explore-protocol';
import type { FirstAnswer, FirstRequest, FirstResponse } from './explore-first-view';

/** The installed bundle has no explore file: the explore pages say their data is missing. */
export class ExploreMissingError extends Error {
	override name = 'ExploreMissingError';
}

export interface ExploreClient {
	overview(filter: DonationFilter): Promise<DonationOverview>;
	table(query: TableQuery): Promise<TablePage<DonationRow> | TablePage<DonorRow>>;
	rows(
		filter: DonationFilter,
		view: TableView
	): Promise<TablePage<DonationRow> | TablePage<DonorRow>>;
	/** A page of the red flags (flags-page.ts), counted in the worker. */
	flags(query: FlagsQuery): Promise<FlagsPage>;
	/** The officials and rankings pages' calls (officials-protocol.ts), replies as sent. */
	officials?(request: OfficialsRequest): Promise<OfficialsResponse>;
	/**
	 * At the start, on a page that asks the explore service as it opens: the worker reads the
	 * explore file before the search docs, so the page waits for its own data only.
	 */
	preloadFor?(routeName: string): void;
}

/** How long first answers read at the start wait for the page's first ask. */
const EARLY_KEPT_MS = 10_000;

/** The first questions' code: a chunk of its own, loaded with the first explore call. */
let firstViewCode: Promise<typeof import('./explore-first-view')> | undefined;
const loadFirstView = () => (firstViewCode ??= import('./explore-first-view'));

/** The pages that ask the explore service as they open. */
const ASKING_PAGES = ['explore-donations', 'explore-officials', 'explore-rankings', 'flags'];

/** The app's explore client (App.svelte sets it over the reader worker; pages get it). */
export const [getExploreClient, setExploreClient] = createContext<ExploreClient>();

/**
 * Calls over the reader worker's client (reader/reader.ts), or one in process (tests).
 * `firstAnswer` reads the active version's stored first answer to a call (BundleStore.firstAnswer):
 * each page's first questions are answered from them, without the worker's engine.
 */
export function createExploreClient(
	rpc: RpcClient,
	firstAnswer: (call: string) => Promise<FirstAnswer | undefined> = () => Promise.resolve(undefined)
): ExploreClient {
	/** First answers read as the app starts (preloadFor), each taken by the page's first ask. */
	const early = new Map<string, Promise<FirstAnswer | undefined>>();
	async function ask<R extends FirstResponse>(request: FirstRequest): Promise<R> {
		const read = early.get(request.call);
		early.delete(request.call);
		const { isFirstRequest, isSameQuestion } = await loadFirstView();
		const stored = isFirstRequest(request) ? await (read ?? firstAnswer(request.call)) : undefined;
		if (stored && isSameQuestion(stored.request, request)) return stored.response as R;
		return rpc.call<R>(EXPLORE_SERVICE, request);
	}
	async function send(request: ExploreRequest): Promise<ExploreResponse & { ok: true }> {
		const response = await ask<ExploreResponse>(request);
		if (response.ok) return response;
		throw response.missing ? new ExploreMissingError(response.reason) : new Error(response.reason);
	}
	const unexpected = () => new Error('unexpected explore reply');
	return {
		async overview(filter) {
			const response = await send({ call: 'overview', filter });
			if (!('overview' in response)) throw unexpected();
			return response.overview;
		},
		async table(query) {
			const response = await send({ call: 'table', query });
			if (!('page' in response)) throw unexpected();
			return response.page;
		},
		async rows(filter, view) {
			const response = await send({ call: 'rows', filter, view });
			if (!('page' in response)) throw unexpected();
			return response.page;
		},
		async flags(query) {
			const response = await send({ call: 'flags', query });
			if (!('flagsPage' in response)) throw unexpected();
			return response.flagsPage;
		},
		officials: (request) => ask<OfficialsResponse>(request),
		preloadFor(routeName) {
			if (!ASKING_PAGES.includes(routeName)) return;
			// The page's first answers are read now, before the worker's large reads reach the
			// store; they are the start's, so they wait only so long for the page's first ask.
			void loadFirstView().then(({ FIRST_ASKED }) => {
				for (const { call } of FIRST_ASKED[routeName] ?? []) {
					const read = firstAnswer(call).catch(() => undefined);
					early.set(call, read);
				}
				setTimeout(() => early.clear(), EARLY_KEPT_MS);
			});
			rpc.call(EXPLORE_SERVICE, { call: 'preload' } satisfies ExploreRequest).catch(() => {});
		}
	};
}
