/**
 * The code of the page the address opens, fetched as the app starts (src/main.ts), beside the
 * app's own chunks instead of after them: the explore pages and the flags page, each a chunk of
 * its own that App.svelte imports when it draws the page. Its own chunk, so that index.html
 * preloads only this list, not the pages (vite.config.ts, preloadStart).
 */
import { parseHash } from './lib/router/routes';

const explore = () => import('./views/ExploreView.svelte');
const officials = () => [explore(), import('./views/explore/OfficialsPages.svelte')];

const PAGE_CODE: Record<string, () => Promise<unknown>[]> = {
	'explore-donations': () => [explore(), import('./views/explore/DonationsExplorer.svelte')],
	'explore-officials': () => [...officials(), import('./views/explore/OfficialsView.svelte')],
	'explore-rankings': () => [...officials(), import('./views/explore/RankingsView.svelte')],
	flags: () => [import('./views/FlagsView.svelte')]
};

/** Starts fetching the code of the page `hash` names, if it has code of its own. */
export function fetchPageCode(hash: string): void {
	for (const loading of PAGE_CODE[parseHash(hash).name]?.() ?? []) loading.catch(() => {});
}
