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
import type { FirstRequest, FirstResponse, StoredAnswers } from './explore-first-view';

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
	 * At the start, on a page that asks the explore service as it opens: its stored first
	 * answers are read at once, and the worker reads the explore file before the search docs,
	 * so the page waits for its own data only. Resolves to the version those answers are for
	 * (the page may be drawn from them before the app's data is read), or undefined.
	 */
	preloadFor?(routeName: string): Promise<string | undefined>;
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
 * `firstAnswers` reads the active version's stored first answers (BundleStore.firstAnswers):
 * each page's first questions are answered from them, without the worker's engine.
 */
export function createExploreClient(
	rpc: RpcClient,
	firstAnswers: () => Promise<StoredAnswers | undefined> = () => Promise.resolve(undefined)
): ExploreClient {
	/** The first answers read as the app starts (preloadFor); each call's first ask takes them. */
	let early: Promise<StoredAnswers | undefined> | undefined;
	const taken = new Set<string>();
	async function ask<R extends FirstResponse>(request: FirstRequest): Promise<R> {
		const read = early && !taken.has(request.call) ? early : undefined;
		taken.add(request.call);
		const { isFirstRequest, isSameQuestion } = await loadFirstView();
		const stored = isFirstRequest(request) ? await (read ?? firstAnswers()) : undefined;
		const answer = stored?.answers.find((a) => isSameQuestion(a.request, request));
		if (answer) return answer.response as R;
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
			if (!ASKING_PAGES.includes(routeName)) return Promise.resolve(undefined);
			// Read now, before the worker's large reads reach the store; they are the start's, so
			// they wait only so long for the page's first asks.
			const read = firstAnswers().catch(() => undefined);
			early = read;
			setTimeout(() => (early = undefined), EARLY_KEPT_MS);
			void loadFirstView();
			rpc.call(EXPLORE_SERVICE, { call: 'preload' } satisfies ExploreRequest).catch(() => {});
			return read.then((stored) => stored?.version);
		}
	};
}
