/**
 * The reader worker's explore service: the explore pack of the loaded version is read and
 * its engine built on the first call (not at start, so a warm start is not slowed), then kept
 * until reset (the reader worker resets it when a search load reads another version).
 */
import type { Service } from '../worker-rpc';
import { createExploreEngine, type ExploreEngine } from './explore-engine';
import type { ExploreRequest, ExploreResponse } from './explore-protocol';
import { FIRST_FILTER } from './explore-first-view';
import { flagsPager, type FlagsPage, type FlagsQuery } from '../flags/flags-page';
import { answerOfficials } from './officials-handler';
import type { ExploreSections, LoadedExplore } from './typed-columns';
import {
	isOfficialsRequest,
	type OfficialsRequest,
	type OfficialsResponse
} from './officials-protocol';

/** The donation explorer's calls and the officials page's (officials-protocol.ts). */
type Request = ExploreRequest | OfficialsRequest;
type Response = ExploreResponse | OfficialsResponse;

/** The explore file of a version; undefined when its bundle has none. */
export type ReadExplore = (version: string) => Promise<LoadedExplore | undefined>;

/** The version the reader worker loaded. */
export type LoadedVersion = () => Promise<string>;

export const EXPLORE_MISSING =
	'this bundle has no explore file (built before the explore pages, or its explore file was too big for the app)';

/** `warm`: work ahead of the next calls once the engine is built (off at install). */
export function createExploreHandler(
	readExplore: ReadExplore,
	loadedVersion: LoadedVersion,
	{ warm = true }: { warm?: boolean } = {}
) {
	let loading: Promise<ExploreEngine | undefined> | undefined;
	/** The flags page's answers over the loaded engine's flags, made on its first call. */
	let pager: ((query: FlagsQuery) => FlagsPage) | undefined;
	/** The officials and rankings pages' sections, parsed when one of them first asks. */
	let sections: () => Partial<ExploreSections> = () => ({});

	async function load(): Promise<ExploreEngine | undefined> {
		const body = await readExplore(await loadedVersion());
		if (!body) return undefined;
		sections = () => body.sections();
		const engine = createExploreEngine(body);
		// After the first answer has gone: a name typed later needs no pause.
		if (warm) setTimeout(() => engine.warm(FIRST_FILTER), 50);
		return engine;
	}

	async function handle(request: Request): Promise<Response> {
		try {
			loading ??= load();
			const engine = await loading;
			if (!engine) return { ok: false, missing: true, reason: EXPLORE_MISSING };
			if (isOfficialsRequest(request)) {
				const { officials, rankings } = sections();
				return answerOfficials({ officials, rankings }, request);
			}
			switch (request.call) {
				case 'overview':
					return { ok: true, overview: engine.overview(request.filter) };
				case 'table':
					return { ok: true, page: engine.table(request.query) };
				case 'rows':
					return { ok: true, page: engine.rows(request.filter, request.view) };
				case 'flags':
					pager ??= flagsPager(engine.flags());
					return { ok: true, flagsPage: pager(request.query) };
				case 'preload':
					return { ok: true, preloaded: true };
			}
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			return { ok: false, missing: false, reason };
		}
	}

	/** Settles once no explore load is in flight (whether it worked or not). */
	const idle = (): Promise<void> =>
		(loading ?? Promise.resolve()).then(
			() => undefined,
			() => undefined
		);
	/** Forgets the engine: the next call reads the newly loaded version's explore file. */
	const reset = () => {
		loading = undefined;
		pager = undefined;
	};
	/** Loads the engine before any page asks (a failure is reported to the first call instead). */
	const preload = () => {
		loading ??= load();
		loading.catch(() => (loading = undefined));
	};
	return { handle, reset, preload, idle } satisfies Service<Request, Response> & {
		reset(): void;
		preload(): void;
		idle(): Promise<void>;
	};
}
