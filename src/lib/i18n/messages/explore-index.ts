/**
 * The #/explore index's words: a page area (messages/index.ts, PAGE_AREAS), loaded with the
 * index's chunk. Each explore page adds the line that says what it shows.
 */
import { defineMessages } from './define';

export const exploreIndexMessages = defineMessages(
	{
		'explore.intro':
			'Kopskati pār visiem datiem: izvēlieties joslu diagrammā, lai atlasītu, un atveriet profilu no tabulas.',
		'explore.donations.about':
			'Privātie ziedojumi un biedru naudas partijām: kam, kad, cik lieli, no kā.'
	},
	{
		'explore.intro':
			'Overviews of all the data: click a bar to select, and open a profile from the table.',
		'explore.donations.about':
			'Private donations and membership fees to parties: to whom, when, how large, from whom.'
	}
);

export type ExploreIndexKey = keyof typeof exploreIndexMessages.lv & string;
