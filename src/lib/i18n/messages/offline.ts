import { defineMessages } from './define';

/**
 * Data updates and storage: what DataNotice.svelte says beside the views, and the question
 * before a bundle far smaller than the installed one replaces it (ShrinkQuestion.svelte).
 */
export const offlineMessages = defineMessages(
	{
		'offline.updateFound':
			'Atrasta jauna datu versija ({version}). Tā tiek lejupielādēta blakus pašreizējai; līdz tam var strādāt ar esošajiem datiem.',
		'offline.updated': 'Dati atjaunināti uz versiju {version}. Vecā versija ir izdzēsta.',
		'offline.quota':
			'Jaunajai datu versijai ierīcē nepietiek vietas: vajag {needed}, pārlūks atļauj vēl {free}. Atbrīvojiet vismaz {missing} un atveriet lapu vēlreiz. Iepriekšējie dati ir saglabāti.',
		'offline.quotaUnknown':
			'Jaunajai datu versijai ierīcē nepietiek vietas: vajag {needed}. Atbrīvojiet vietu un atveriet lapu vēlreiz. Iepriekšējie dati ir saglabāti.',
		'offline.dismiss': 'Aizvērt',
		'offline.installing': 'Saglabā datus: {done} no {total}. Meklēt jau var.',
		'offline.shrinkTitle': 'Aizstāt datus ar daudz mazāk datiem?',
		'offline.shrinkFiles':
			'Saglabātajos datos ir personas un organizācijas: {entities}, ieraksti: {records}. Izvēlētajos failos — tikai {newEntities} un {newRecords}. Ja tos ielādēsiet, tie aizstās visus saglabātos datus, un atrast varēs tikai to, kas ir šajos failos.',
		'offline.shrinkSite':
			'Atrasta jauna datu versija ({version}), bet tajā ir tikai personas un organizācijas: {newEntities}, ieraksti: {newRecords} (saglabātajos datos: {entities} un {records}). Tā var būt kļūdaina, tāpēc saglabātie dati ir atstāti. Ja to ielādēsiet, tā aizstās visus saglabātos datus.',
		'offline.shrinkInstall': 'Tomēr ielādēt',
		'offline.shrinkKeep': 'Paturēt pašreizējos datus',
		'offline.shrinkKept': 'Pašreizējie dati ir paturēti.'
	},
	{
		'offline.updateFound':
			'A new version of the data was found ({version}). It is being downloaded beside the current one; until then you can keep working with the data you have.',
		'offline.updated':
			'The data has been updated to version {version}. The old version was deleted.',
		'offline.quota':
			'There is not enough storage space for the new data: it needs {needed}, the browser allows {free} more. Free at least {missing} and open the page again. The earlier data has been kept.',
		'offline.quotaUnknown':
			'There is not enough storage space for the new data: it needs {needed}. Free some space and open the page again. The earlier data has been kept.',
		'offline.dismiss': 'Close',
		'offline.installing': 'Storing data: {done} of {total}. Search works meanwhile.',
		'offline.shrinkTitle': 'Replace the data with far less?',
		'offline.shrinkFiles':
			'The installed data lists {entities} people and organisations in {records} records; the chosen files list only {newEntities} in {newRecords}. Installing them replaces all of the installed data, and only what these files list can be found afterwards.',
		'offline.shrinkSite':
			'A new version of the data ({version}) was found, but it lists only {newEntities} people and organisations in {newRecords} records, where the installed data lists {entities} in {records}. It may be a broken update, so the installed data has been kept. Installing it replaces all of the installed data.',
		'offline.shrinkInstall': 'Install anyway',
		'offline.shrinkKeep': 'Keep current data',
		'offline.shrinkKept': 'The current data was kept.'
	}
);
