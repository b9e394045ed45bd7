/**
 * The explore pages (issue 15) as the header and the page titles name them. Each page's own
 * words come with its chunk as a page area (explore-index.ts, explore-donations.ts).
 */
import { defineMessages } from './define';

export const exploreMessages = defineMessages(
	{
		'nav.explore': 'Pārskats',
		'explore.donations.title': 'Nauda partijām'
	},
	{
		'nav.explore': 'Explore',
		'explore.donations.title': 'Money to parties'
	}
);
