/**
 * The reader worker's explore service: the explore pack of the loaded version is read and
 * its engine built on the first call (not at start, so a warm start is not slowed), then kept
 * until reset (the reader worker resets it when a search load reads another version).
 */
import type { ExploreBody } from '../../model/explore-file';
import type { Service } from '../worker-rpc';
import { createExploreEngine, type ExploreEngine } from './explore-engine';
import type { ExploreRequest, ExploreResponse } from './explore-protocol';

/** The explore file of a version; undefined when its bundle has none. */
export type ReadExplore = (version: string) => Promise<ExploreBody | undefined>;

/** The version the reader worker loaded. */
export type LoadedVersion = () => Promise<string>;

export const EXPLORE_MISSING =
	'this bundle has no explore file (it was built before the explore pages); rebuild it with npm run build:data';

export function createExploreHandler(readExplore: ReadExplore, loadedVersion: LoadedVersion) {
	let loading: Promise<ExploreEngine | undefined> | undefined;

	async function load(): Promise<ExploreEngine | undefined> {
		const body = await readExplore(await loadedVersion());
		if (!body) return undefined;
		const engine = createExploreEngine(body);
		// After the first answer has gone: a name typed later needs no pause.
		setTimeout(() => engine.warm(), 50);
		return engine;
	}

	async function handle(request: ExploreRequest): Promise<ExploreResponse> {
		try {
			loading ??= load();
			const engine = await loading;
			if (!engine) return { ok: false, missing: true, reason: EXPLORE_MISSING };
			switch (request.call) {
				case 'overview':
					return { ok: true, overview: engine.overview(request.filter) };
				case 'table':
					return { ok: true, page: engine.table(request.query) };
				case 'rows':
					return { ok: true, page: engine.rows(request.filter, request.view) };
				case 'flags':
					return { ok: true, flags: engine.flags() };
			}
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			return { ok: false, missing: false, reason };
		}
	}

	/** Forgets the engine: the next call reads the newly loaded version's explore file. */
	const reset = () => (loading = undefined);
	return { handle, reset } satisfies Service<ExploreRequest, ExploreResponse> & {
		reset(): void;
	};
}
