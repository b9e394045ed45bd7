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
			'Lielākie ziedotāji kopā un katrai partijai, amatpersonas ar visvairāk saistītiem uzņēmumiem, uzņēmumi, kas saistīti ar visvairāk amatpersonām.',
		'finances.about':
			'Partiju ienākumi un izdevumi pa gadiem no gada pārskatiem un izdevumu izraksta, vairākas partijas blakus; katrs skaitlis ar avotu.',
		'flags.about':
			'Pazīmes, kas datos izceļas, ar noteikumu, skaitļiem un avotiem. Iemesls ieskatīties tuvāk, nevis apsūdzība.'
	},
	{
		'explore.intro':
			'Overviews of all the data: click a bar to select, and open a profile from the table.',
		'explore.donations.about':
			'Private donations and membership fees to parties: to whom, when, how large, from whom.',
		'officials.about':
			"Each official's declaration per year: posts outside the main post, income, shares and holdings, debts and linked companies. Rank by any column.",
		'rankings.about':
			'The largest donors overall and per party, the officials with the most company links, the companies linked to the most officials.',
		'finances.about':
			'Party income and expenditure per year from the annual reports and the expenditure extract, parties side by side; every figure with its source.',
		'flags.about':
			'Red flags: what stands out in the data, with its rule, figures and sources. A reason to look closer, not an accusation.'
	}
);

export type ExploreIndexKey = keyof typeof exploreIndexMessages.lv & string;
