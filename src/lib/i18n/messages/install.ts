import { defineMessages } from './define';

export const installMessages = defineMessages(
	{
		'install.title': 'Datu ielāde',
		'install.intro': 'Pirmajā reizē dati tiek lejupielādēti un saglabāti šajā ierīcē.',
		'install.progress': 'Ielādes gaita',
		'install.phase.idle': 'Gaida',
		'install.phase.checking': 'Pārbauda datus',
		'install.phase.downloading': 'Lejupielādē',
		'install.phase.indexing': 'Saglabā un indeksē',
		'install.phase.ready': 'Gatavs',
		'install.phase.failed': 'Neizdevās',
		'install.files': 'Faili',
		'install.bytes': 'Apjoms',
		'install.records': 'Ieraksti',
		'install.eta': 'Atlikušais laiks',
		'install.etaUnknown': 'aprēķina…',
		'install.of': '{done} no {total}',
		'install.failed':
			'Datu ielāde neizdevās: {error}. Iepriekšējie dati, ja tādi bija, ir saglabāti.'
	},
	{
		'install.title': 'Loading the data',
		'install.intro': 'On the first visit the data is downloaded and stored on this device.',
		'install.progress': 'Progress',
		'install.phase.idle': 'Waiting',
		'install.phase.checking': 'Checking the data',
		'install.phase.downloading': 'Downloading',
		'install.phase.indexing': 'Storing and indexing',
		'install.phase.ready': 'Ready',
		'install.phase.failed': 'Failed',
		'install.files': 'Files',
		'install.bytes': 'Size',
		'install.records': 'Records',
		'install.eta': 'Time left',
		'install.etaUnknown': 'estimating…',
		'install.of': '{done} of {total}',
		'install.failed': 'Loading the data failed: {error}. Any earlier data has been kept.'
	}
);
