import { defineMessages } from './define';

/** The flags page's own words (#/flags): a page area, added by its chunk as it loads. */
export const flagsPageMessages = defineMessages(
	{
		'flags.page.title': 'Pazīmes',
		'flags.page.intro':
			'Visas pazīmes, ko Plainview aprēķināja no datiem. Pazīme ir iemesls ieskatīties tuvāk, ne apsūdzība.',
		'flags.page.kind': 'Veids',
		'flags.page.year': 'Gads',
		'flags.page.party': 'Partija',
		'flags.page.institution': 'Iestāde',
		'flags.page.all': 'Visi',
		'flags.page.sort': 'Kārtot',
		'flags.page.sortYear': 'pēc gada',
		'flags.page.sortName': 'pēc vārda',
		'flags.page.sortKind': 'pēc veida',
		'flags.page.name': 'Kam',
		'flags.page.summary': 'Galvenais skaitlis',
		'flags.page.counts': 'Pazīmes pa veidiem',
		'flags.page.shown': 'Parādītas {shown} no {total} pazīmēm',
		'flags.page.none': 'Šajos datos nav neviena pazīmes.',
		'flags.page.noneMatch': 'Nav pazīmju, kas atbilst filtriem.',
		'flags.page.loading': 'Ielādē pazīmes…',
		'flags.page.prev': 'Iepriekšējās',
		'flags.page.next': 'Nākamās',
		'flags.page.rows': '{first}–{last} no {total}'
	},
	{
		'flags.page.title': 'Flags',
		'flags.page.intro':
			'Every flag Plainview computed from the data. A flag is a reason to look closer, not an accusation.',
		'flags.page.kind': 'Kind',
		'flags.page.year': 'Year',
		'flags.page.party': 'Party',
		'flags.page.institution': 'Institution',
		'flags.page.all': 'All',
		'flags.page.sort': 'Sort',
		'flags.page.sortYear': 'by year',
		'flags.page.sortName': 'by name',
		'flags.page.sortKind': 'by kind',
		'flags.page.name': 'Who',
		'flags.page.summary': 'Main figure',
		'flags.page.counts': 'Flags by kind',
		'flags.page.shown': 'Showing {shown} of {total} flags',
		'flags.page.none': 'These data have no flags.',
		'flags.page.noneMatch': 'No flags match the filters.',
		'flags.page.loading': 'Loading flags…',
		'flags.page.prev': 'Previous',
		'flags.page.next': 'Next',
		'flags.page.rows': '{first}–{last} of {total}'
	}
);

export type FlagsPageKey = keyof typeof flagsPageMessages.lv & string;
