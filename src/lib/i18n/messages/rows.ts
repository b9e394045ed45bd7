import { defineMessages } from './define';

/** Long tables draw their first rows at once and the rest on request (MoreRows.svelte). */
export const rowsMessages = defineMessages(
	{
		'rows.shown': 'Parādītas pirmās {shown} no {total} rindām.',
		'rows.showAll': 'Rādīt visas {total}'
	},
	{
		'rows.shown': 'Showing the first {shown} of {total} rows.',
		'rows.showAll': 'Show all {total}'
	}
);
