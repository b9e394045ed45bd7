import { defineMessages } from './define';

/** Data updates and storage: what DataNotice.svelte says beside the views. */
export const offlineMessages = defineMessages(
	{
		'offline.updateFound':
			'Atrasta jauna datu versija ({version}). Tā tiek lejupielādēta blakus pašreizējai; līdz tam var strādāt ar esošajiem datiem.',
		'offline.updated': 'Dati atjaunināti uz versiju {version}. Vecā versija ir izdzēsta.',
		'offline.quota':
			'Jaunajai datu versijai ierīcē nepietiek vietas: vajag {needed}, pārlūks atļauj vēl {free}. Atbrīvojiet vismaz {missing} un atveriet lapu vēlreiz. Iepriekšējie dati ir saglabāti.',
		'offline.quotaUnknown':
			'Jaunajai datu versijai ierīcē nepietiek vietas: vajag {needed}. Atbrīvojiet vietu un atveriet lapu vēlreiz. Iepriekšējie dati ir saglabāti.',
		'offline.dismiss': 'Aizvērt'
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
		'offline.dismiss': 'Close'
	}
);
