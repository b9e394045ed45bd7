import { defineMessages } from './define';

/**
 * Party finances (issue 15), the words of the first load: the explore page's title (the menu,
 * the page title). The rest is in finances-page.ts, a page area.
 */
export const financesMessages = defineMessages(
	{
		'finances.explore.title': 'Partiju finanses'
	},
	{
		'finances.explore.title': 'Party finances'
	}
);
