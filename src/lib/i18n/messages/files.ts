import { defineMessages } from './define';

/** Loading a bundle from local files, and downloading what a page shows (issue #6). */
export const filesMessages = defineMessages(
	{
		'files.title': 'Ielādēt datus no failiem',
		'files.intro':
			'Bez tīkla: izvēlieties manifest.json kopā ar visiem tā datu failiem vai vienu datu arhīvu (.tar). Faili tiek pārbaudīti (sha256 un katrs ieraksts) un saglabāti šajā ierīcē.',
		'files.choose': 'Izvēlēties failus',
		'files.drop': 'Vai ievelciet failus šeit',
		'files.loading': 'Ielādē: {name}',
		'files.progress': 'Failu ielādes gaita',
		'files.loaded': 'Ielādēta datu versija {version}.',
		'files.failed': 'Failus neizdevās ielādēt: {message}',
		'files.count': '{count} faili',
		'files.export': 'Lejupielādēt redzamo',
		'files.exportCsv': 'Lejupielādēt CSV',
		'files.exportJson': 'Lejupielādēt JSON',
		'files.exportFailed': 'Lejupielāde neizdevās: {message}'
	},
	{
		'files.title': 'Load data from files',
		'files.intro':
			'No network needed: choose manifest.json together with all its chunk files, or one bundle archive (.tar). The files are checked (sha256 and every record) and stored on this device.',
		'files.choose': 'Choose files',
		'files.drop': 'Or drop the files here',
		'files.loading': 'Loading: {name}',
		'files.progress': 'Loading the files',
		'files.loaded': 'Loaded data version {version}.',
		'files.failed': 'The files could not be loaded: {message}',
		'files.count': '{count} files',
		'files.export': 'Download what is shown',
		'files.exportCsv': 'Download CSV',
		'files.exportJson': 'Download JSON',
		'files.exportFailed': 'Download failed: {message}'
	}
);
