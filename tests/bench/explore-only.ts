/**
 * `npm run bench -- --only explore`: the explore rows alone, on the same set, bundles and site
 * as the whole run (run.ts builds them): opening the donations explorer on a warm start in
 * Chromium (explore-open.ts), and the engine in Node beside the naive way (explore.ts).
 */
import { serveFolder } from '../e2e/static-server';
import { measureExplore } from './explore';
import { measureExploreOpen, type ExploreOpenResult } from './explore-open';
import { exploreOpenRows } from './explore-open-rows';
import { exploreRows } from './explore-rows';
import type { Row } from './table';

export interface ExploreOnly {
	rows: Row[];
	open: ExploreOpenResult;
	explore: ReturnType<typeof measureExplore>;
}

export async function measureExploreOnly(options: {
	site: string;
	bundlesDir: string;
	workDir: string;
	installTimeoutMs: number;
	opens: number;
	log: (line: string) => void;
}): Promise<ExploreOnly> {
	const server = await serveFolder(options.site);
	options.log('explore page in Chromium:');
	const open = await measureExploreOpen({ ...options, url: server.url }).finally(() =>
		server.close()
	);
	options.log('explore engine (Node):');
	const explore = measureExplore(options.bundlesDir);
	return { rows: [...exploreOpenRows(open), ...exploreRows(explore)], open, explore };
}
