/**
 * The explore pages listed on `#/explore`, in order: each overview adds its line here (its
 * route, its title, which is also its page title, and the line that says what it shows, in
 * the index's page area, messages/explore-index.ts).
 */
import type { MessageKey } from '../../lib/i18n/i18n.svelte';
import type { ExploreIndexKey } from '../../lib/i18n/messages/explore-index';
import type { Route } from '../../lib/router/routes';

export interface ExplorePage {
	route: Route;
	title: MessageKey;
	about: ExploreIndexKey;
}

export const EXPLORE_PAGES: readonly ExplorePage[] = [
	{
		route: { name: 'explore-donations' },
		title: 'explore.donations.title',
		about: 'explore.donations.about'
	},
	{ route: { name: 'explore-officials' }, title: 'officials.title', about: 'officials.about' },
	{ route: { name: 'explore-rankings' }, title: 'rankings.title', about: 'rankings.about' },
	{
		route: { name: 'explore-finances' },
		title: 'finances.explore.title',
		about: 'finances.about'
	},
	{ route: { name: 'flags' }, title: 'nav.flags', about: 'flags.about' }
];
