import { defineMessages } from './define';

export const sourcesMessages = defineMessages(
	{
		'sources.title': 'Datu avoti',
		'sources.intro':
			'Visi dati nāk no oficiāliem publiskiem avotiem un ir parādīti tā, kā publicēti. Katram faktam ir norāde uz avota ierakstu.',
		'sources.dataset': 'Datu kopa',
		'sources.publisher': 'Izdevējs',
		'sources.licence': 'Licence',
		'sources.retrievedAt': 'Iegūts',
		'sources.records': 'Ieraksti',
		'sources.format': 'Formāts',
		'sources.file': 'Fails',
		'sources.bundle': 'Datu versija',
		'sources.version': 'Versija',
		'sources.builtAt': 'Sagatavota',
		'sources.storedAt': 'Saglabāta ierīcē',
		'sources.counts': 'Ierakstu skaits pa veidiem',
		'sources.none': 'Dati vēl nav ielādēti.',
		'sources.count.people': 'Personas',
		'sources.count.organisations': 'Organizācijas',
		'sources.count.declarations': 'Deklarācijas',
		'sources.count.donations': 'Ziedojumi',
		'sources.count.taxTotals': 'Nodokļu kopsummas',
		'sources.count.relations': 'Saites'
	},
	{
		'sources.title': 'Data sources',
		'sources.intro':
			'All data comes from official public sources and is shown as published. Every fact points to its source record.',
		'sources.dataset': 'Dataset',
		'sources.publisher': 'Publisher',
		'sources.licence': 'Licence',
		'sources.retrievedAt': 'Retrieved',
		'sources.records': 'Records',
		'sources.format': 'Format',
		'sources.file': 'File',
		'sources.bundle': 'Data version',
		'sources.version': 'Version',
		'sources.builtAt': 'Built',
		'sources.storedAt': 'Stored on this device',
		'sources.counts': 'Records by kind',
		'sources.none': 'The data is not loaded yet.',
		'sources.count.people': 'People',
		'sources.count.organisations': 'Organisations',
		'sources.count.declarations': 'Declarations',
		'sources.count.donations': 'Donations',
		'sources.count.taxTotals': 'Tax totals',
		'sources.count.relations': 'Links'
	}
);
