/**
 * The explore pages listed on `#/explore`, in order: each overview adds its line here (its
 * route, its title and its one-line description in the message catalogue).
 */
import type { MessageKey } from '../../lib/i18n/i18n.svelte';
import type { Route } from '../../lib/router/routes';

export interface ExplorePage {
	route: Route;
	title: MessageKey;
	about: MessageKey;
}

export const EXPLORE_PAGES: readonly ExplorePage[] = [
	{
		route: { name: 'explore-donations' },
		title: 'explore.donations.title',
		about: 'explore.donations.about'
	},
	{ route: { name: 'explore-officials' }, title: 'officials.title', about: 'officials.about' },
	{ route: { name: 'explore-rankings' }, title: 'rankings.title', about: 'rankings.about' }
];
