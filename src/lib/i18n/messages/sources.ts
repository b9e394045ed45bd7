import { defineMessages } from './define';

/** The source formats the builder reads, named in words on the Sources page. */
export const SOURCE_FORMATS = [
	'knab-donations-csv',
	'knab-donations-html',
	'knab-donations-json',
	'saeima-deputies-csv',
	'ur-register-csv',
	'ur-officers-csv',
	'ur-members-csv',
	'ur-beneficial-owners-csv',
	'vid-declaration-html',
	'vid-declaration-json',
	'vid-declarations-delna-csv',
	'vid-tax-totals-csv',
	'party-register'
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export const sourcesMessages = defineMessages(
	{
		'sources.title': 'Datu avoti',
		'sources.intro':
			'Visi dati nāk no oficiāliem publiskiem avotiem un ir parādīti tā, kā publicēti. Katram faktam ir norāde uz avota ierakstu.',
		'sources.dataset': 'Datu kopa',
		'sources.publisher': 'Izdevējs',
		'sources.licence': 'Licence',
		'sources.retrievedAt': 'Iegūts',
		'sources.period': 'Periods',
		'sources.noPeriod': '—',
		'sources.retrievedUnstated': 'nav norādīts',
		'sources.format.knab-donations-csv': 'KNAB ziedojumu tabula (CSV, Delnas eksports)',
		'sources.format.knab-donations-html': 'KNAB ziedojumu meklēšanas lapa (HTML)',
		'sources.format.knab-donations-json': 'KNAB ziedojumu API (JSON)',
		'sources.format.saeima-deputies-csv': 'Saeimas deputātu saraksts (CSV, Delnas eksports)',
		'sources.format.ur-register-csv': 'Uzņēmumu reģistrs: reģistrs (register.csv)',
		'sources.format.ur-officers-csv': 'Uzņēmumu reģistrs: amatpersonas (officers.csv)',
		'sources.format.ur-members-csv': 'Uzņēmumu reģistrs: dalībnieki (members.csv)',
		'sources.format.ur-beneficial-owners-csv':
			'Uzņēmumu reģistrs: patiesie labuma guvēji (beneficial_owners.csv)',
		'sources.format.vid-declaration-html': 'VID amatpersonu deklarāciju portāla lapa (HTML)',
		'sources.format.vid-declaration-json': 'VID deklarācija opendata.lv skripta formātā (JSON)',
		'sources.format.vid-declarations-delna-csv': 'VID deklarāciju izvilkums (CSV, Delnas eksports)',
		'sources.format.vid-tax-totals-csv': 'VID komersantu samaksāto nodokļu kopsummas (CSV)',
		'sources.format.party-register': 'Plainview pārskatītais partiju reģistrs (JSON)',
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
		'sources.count.donations': 'Partiju finansējuma ieraksti (ziedojumi, biedru naudas, atmaksas)',
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
		'sources.period': 'Period',
		'sources.noPeriod': '—',
		'sources.retrievedUnstated': 'not stated',
		'sources.format.knab-donations-csv': "KNAB donations table (CSV, Delna's export)",
		'sources.format.knab-donations-html': 'KNAB donations search page (HTML)',
		'sources.format.knab-donations-json': 'KNAB donations API (JSON)',
		'sources.format.saeima-deputies-csv': "Saeima deputies list (CSV, Delna's export)",
		'sources.format.ur-register-csv': 'Enterprise Register: register (register.csv)',
		'sources.format.ur-officers-csv': 'Enterprise Register: officers (officers.csv)',
		'sources.format.ur-members-csv': 'Enterprise Register: members (members.csv)',
		'sources.format.ur-beneficial-owners-csv':
			'Enterprise Register: beneficial owners (beneficial_owners.csv)',
		'sources.format.vid-declaration-html': "VID officials' declarations portal page (HTML)",
		'sources.format.vid-declaration-json':
			'VID declaration as scraped by the opendata.lv script (JSON)',
		'sources.format.vid-declarations-delna-csv':
			"Extract of VID declarations (CSV, Delna's export)",
		'sources.format.vid-tax-totals-csv': 'VID tax totals per company (CSV)',
		'sources.format.party-register': "Plainview's reviewed party register (JSON)",
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
		'sources.count.donations': 'Party finance records (donations, fees, refunds)',
		'sources.count.taxTotals': 'Tax totals',
		'sources.count.relations': 'Links'
	}
);
