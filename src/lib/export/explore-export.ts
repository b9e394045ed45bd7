/**
 * The explorer's download: exactly the selected donations, one line each, with the source
 * record it was read from. Amounts as published, refunds marked, never netted. Pure.
 */
import type { DonationRow } from '../explore/explore-protocol';
import { money } from './party-ledger';
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
				...money({ cents: row.cents, currency: row.currency }),
				refund: row.isRefund,
				office: row.office
			},
			sources: [row.source]
		}))
	};
}
