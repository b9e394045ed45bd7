import { defineMessages } from './define';

/**
 * Red flags (issue 16), the words of the first load: the menu entry, the section's heading and
 * count, and the search marker. Each kind's rule is in flag-details.ts, the flags page's words in
 * flags-page.ts (page areas, loaded with the pages that show them). A flag is a reason to look
 * closer, never an accusation.
 */
export const flagsMessages = defineMessages(
	{
		'nav.flags': 'Pazīmes',
		'sources.count.flags': 'Pazīmes (kam pievērst uzmanību)',
		'flags.title': 'Pazīmes, kam pievērst uzmanību',
		'flags.count.one': '{count} pazīme',
		'flags.count.other': '{count} pazīmes',
		'flags.marker': 'Pazīmes: {count}'
	},
	{
		'nav.flags': 'Flags',
		'sources.count.flags': 'Flags (reasons to look closer)',
		'flags.title': 'Flags: reasons to look closer',
		'flags.count.one': '{count} flag',
		'flags.count.other': '{count} flags',
		'flags.marker': 'Flags: {count}'
	}
);
