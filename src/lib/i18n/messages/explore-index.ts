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
			'Privātie ziedojumi un biedru naudas partijām: kam, kad, cik lieli, no kā.',
		'officials.about':
			'Katras amatpersonas deklarācija gadā: amati ārpus pamatdarba, ienākumi, kapitāla daļas, parādi un saistītie uzņēmumi. Kārtojiet pēc jebkuras kolonnas.',
		'rankings.about':
			'Lielākie ziedotāji kopā un katrai partijai, amatpersonas ar visvairāk saistītiem uzņēmumiem, uzņēmumi, kas saistīti ar visvairāk amatpersonām.'
	},
	{
		'explore.intro':
			'Overviews of all the data: click a bar to select, and open a profile from the table.',
		'explore.donations.about':
			'Private donations and membership fees to parties: to whom, when, how large, from whom.',
		'officials.about':
			"Each official's declaration per year: posts outside the main post, income, shares and holdings, debts and linked companies. Rank by any column.",
		'rankings.about':
			'The largest donors overall and per party, the officials with the most company links, the companies linked to the most officials.'
	}
);

export type ExploreIndexKey = keyof typeof exploreIndexMessages.lv & string;
