/**
 * The officials' declarations and rankings pages as the page titles and the explore index name
 * them. Their own words come with their chunk as a page area (explore-officials.ts).
 */
import { defineMessages } from './define';

export const officialsMessages = defineMessages(
	{
		'officials.title': 'Amatpersonu deklarācijas',
		'rankings.title': 'Reitingi'
	},
	{
		'officials.title': "Officials' declarations",
		'rankings.title': 'Rankings'
	}
);
