/**
 * The explorer's download: exactly the selected donations, one line each, with the source
 * record it was read from. Amounts as published, refunds marked, never netted. Pure.
 */
import type { DonationRow } from '../explore/explore-protocol';
import type { ExportTable } from './table';

const COLUMNS = [
	'id',
	'date',
	'party_id',
	'party',
	'donor_id',
	'donor',
	'kind',
	'amount',
	'currency',
	'refund',
	'office'
];

/**
 * Cents as a plain decimal, as the other exports write them ("-100.00"): written here, not
 * imported from party-ledger.ts, so the explorer's chunk does not share (and pull into the
 * first load) the profile export's code.
 */
function decimal(cents: number): string {
	const abs = Math.abs(cents);
	return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function donationsTable(rows: readonly DonationRow[]): ExportTable {
	return {
		columns: COLUMNS,
		rows: rows.map((row) => ({
			values: {
				id: row.id,
				date: row.date,
				party_id: row.party,
				party: row.partyName,
				donor_id: row.donor,
				donor: row.donorName,
				kind: row.kind,
				amount: decimal(row.cents),
				currency: row.currency,
				refund: row.isRefund,
				office: row.office
			},
			sources: [row.source]
		}))
	};
}
