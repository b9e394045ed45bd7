/**
 * The finances explore page's download: every finance line of the parties shown for the year
 * shown, one row each, as published, with its source record. Lines are not summed here; a
 * reader adds one source's lines (a4's, or a report's non-total lines) as the page does.
 */
import { money } from '../../lib/export/party-ledger';
import type { ExportTable } from '../../lib/export/table';
import type { PartyFinanceLine } from '../../model/types';
import type { LineSource } from './finance-figures';
import type { FinanceParty } from './party-finance-list.svelte';

const COLUMNS = [
	'party_id',
	'party',
	'year',
	'source_kind',
	'statement',
	'heading',
	'item',
	'is_total',
	'amount',
	'currency'
] as const;

const collator = new Intl.Collator('en', { numeric: true });

export function financeTable(
	parties: readonly FinanceParty[],
	year: number,
	sourceOf: (line: PartyFinanceLine) => LineSource
): ExportTable {
	const rows = parties.flatMap((party) =>
		(party.group.partyFinances ?? [])
			.filter((line) => line.year === year)
			.sort((a, b) => collator.compare(a.source.record, b.source.record))
			.map((line) => ({
				values: {
					party_id: party.id,
					party: party.name,
					year: line.year,
					source_kind: sourceOf(line),
					statement: line.statement,
					heading: line.heading,
					item: line.item,
					is_total: line.isTotal === true,
					...money(line.amount)
				},
				sources: [line.source]
			}))
	);
	return { columns: COLUMNS, rows };
}
