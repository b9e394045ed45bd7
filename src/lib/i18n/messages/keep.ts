import { defineMessages } from './define';

/**
 * Selective install, a page area (messages/index.ts): what to keep on this device
 * (KeepChoice.svelte) and a profile whose facts are not here (MissingFacts.svelte); read
 * through keepWords (lib/keep/keep-words.ts), which adds the area as its chunk loads.
 */
export const keepMessages = defineMessages(
	{
		'keep.title': 'Ko glabāt šajā ierīcē',
		'keep.intro':
			'Meklēšana un visas personas, partijas un uzņēmumi tiek glabāti vienmēr ({size}). Izvēlieties, kurus faktus glabāt vēl; neglabātos var ielādēt vēlāk, kad ir tīkls.',
		'keep.save': 'Glabāt atzīmētos ({size})',
		'keep.saved': 'Izvēle saglabāta.',
		'keep.dataset.donations': 'Ziedojumi un biedru naudas',
		'keep.dataset.declarations': 'Deklarācijas, {year}',
		'keep.dataset.register': 'Uzņēmumu reģistra amati un daļas',
		'keep.dataset.tax-totals': 'Uzņēmumu nodokļi',
		'keep.dataset.party-finances': 'Partiju finanses',
		'keep.missing': 'Daļa šī profila faktu nav šajā ierīcē: {datasets}.',
		'keep.storing':
			'Daļa šī profila faktu vēl tiek saglabāta šajā ierīcē: {datasets}. Lapa tos parādīs, tiklīdz tie būs saglabāti.',
		'keep.fetch': 'Ielādēt tos ({size})',
		'keep.fetching': 'Ielādē…',
		'keep.offline': 'Nav tīkla savienojuma: tos tagad nevar ielādēt.',
		'keep.notHere': 'Šie dati nav šajā ierīcē.',
		'keep.stillStoring': 'Šie dati vēl tiek saglabāti šajā ierīcē.'
	},
	{
		'keep.title': 'What to keep on this device',
		'keep.intro':
			'Search and every person, party and company are always kept ({size}). Choose which facts to keep as well; what you leave out can be fetched later, when online.',
		'keep.save': 'Keep the ticked data ({size})',
		'keep.saved': 'Your choice is saved.',
		'keep.dataset.donations': 'Donations and membership fees',
		'keep.dataset.declarations': 'Declarations, {year}',
		'keep.dataset.register': 'Enterprise Register posts and shares',
		'keep.dataset.tax-totals': 'Company tax totals',
		'keep.dataset.party-finances': 'Party finances',
		'keep.missing': 'Some of this profile’s facts are not on this device: {datasets}.',
		'keep.storing':
			'Some of this profile’s facts are still being stored on this device: {datasets}. The page shows them once they are in.',
		'keep.fetch': 'Fetch them ({size})',
		'keep.fetching': 'Fetching…',
		'keep.offline': 'You are offline: they cannot be fetched now.',
		'keep.notHere': 'This data is not on this device.',
		'keep.stillStoring': 'This data is still being stored on this device.'
	}
);

export type KeepKey = keyof typeof keepMessages.lv & string;
