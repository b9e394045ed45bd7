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

/**
 * The pages that ask the explore service as they open, with the calls they ask first: the
 * calls of explore-first-view.ts FIRST_ASKED (which its test checks), kept here so that the
 * start reads only those answers without waiting for that chunk.
 */
export const ASKED_CALLS: Readonly<Record<string, readonly string[]>> = {
	'explore-donations': ['overview', 'table'],
	'explore-officials': ['official-options', 'officials', 'official-map'],
	'explore-rankings': ['rankings'],
	flags: ['flags']
};

/** Reads the active version's stored answers to the calls named (BundleStore.firstAnswers). */
export type ReadAnswers = (calls: readonly string[]) => Promise<StoredAnswers | undefined>;

/** The stored first answers of the page an address opens, read before the client is made. */
export interface ReadAhead {
	route: string;
	calls: readonly string[];
	read: Promise<StoredAnswers | undefined>;
}

/**
 * Starts reading the stored answers to the first questions of `route`'s page (src/main.ts,
 * as soon as the database is opened); undefined for a page that does not ask as it opens.
 */
export function readAhead(route: string, firstAnswers: ReadAnswers): ReadAhead | undefined {
	const calls = ASKED_CALLS[route];
	return calls && { route, calls, read: firstAnswers(calls).catch(() => undefined) };
}

/** The app's explore client (App.svelte sets it over the reader worker; pages get it). */
export const [getExploreClient, setExploreClient] = createContext<ExploreClient>();

/**
 * Calls over the reader worker's client (reader/reader.ts), or one in process (tests).
 * `firstAnswers` reads stored answers: each page's first questions are answered from them,
 * without the worker's engine. `ahead`: those of the page opened, already being read.
 */
export function createExploreClient(
	rpc: RpcClient,
	firstAnswers: ReadAnswers = () => Promise.resolve(undefined),
	ahead?: ReadAhead
): ExploreClient {
	/** The first answers read as the app starts (preloadFor); each call's first ask takes them. */
	let early: ReadAhead | undefined;
	const taken = new Set<string>();
	async function ask<R extends FirstResponse>(request: FirstRequest): Promise<R> {
		const isEarly = early?.calls.includes(request.call) === true && !taken.has(request.call);
		const read = isEarly ? early?.read : undefined;
		taken.add(request.call);
		const { isFirstRequest, isSameQuestion } = await loadFirstView();
		const stored = isFirstRequest(request)
			? await (read ?? firstAnswers([request.call]))
			: undefined;
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
			// Read now (or already), before the worker's large reads reach the store; they are the
			// start's, so they wait only so long for the page's first asks.
			early = ahead?.route === routeName ? ahead : readAhead(routeName, firstAnswers);
			if (!early) return Promise.resolve(undefined);
			const { read } = early;
			setTimeout(() => (early = undefined), EARLY_KEPT_MS);
			void loadFirstView();
			rpc.call(EXPLORE_SERVICE, { call: 'preload' } satisfies ExploreRequest).catch(() => {});
			return read.then((stored) => stored?.version);
		}
	};
}
