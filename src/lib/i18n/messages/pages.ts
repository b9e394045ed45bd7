import { defineMessages } from './define';

/** Page titles, the home page's data summary and its example searches. */
export const pagesMessages = defineMessages(
	{
		'title.page': '{page} · {app}',
		'title.search': 'Meklēšana: {q}',
		'title.network': 'Tīkls: {name}',
		'title.connections': 'Savienojumi: {a} → {b}',
		'title.notFound': 'Nav atrasts',
		'home.data': 'Ielādētie dati',
		'home.dataNone': 'Dati vēl nav ielādēti.',
		'home.dataBuilt': 'Datu kopa sagatavota {date}.',
		'home.dataPeriod': 'periods {from} – {to}',
		'home.dataPeriodOne': 'periods {year}',
		'home.dataRetrieved': 'iegūts {date}',
		'home.dataRecords': 'ieraksti: {count}',
		'home.examples': 'Piemēri:'
	},
	{
		'title.page': '{page} · {app}',
		'title.search': 'Search: {q}',
		'title.network': 'Network: {name}',
		'title.connections': 'Connections: {a} → {b}',
		'title.notFound': 'Not found',
		'home.data': 'Data loaded',
		'home.dataNone': 'No data loaded yet.',
		'home.dataBuilt': 'This data set was built on {date}.',
		'home.dataPeriod': 'covering {from} – {to}',
		'home.dataPeriodOne': 'covering {year}',
		'home.dataRetrieved': 'retrieved {date}',
		'home.dataRecords': '{count} records',
		'home.examples': 'Try:'
	}
);
