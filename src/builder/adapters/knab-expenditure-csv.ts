/**
 * Party expenditure as Delna exports it for "Deputāti uz Delnas" (`a4.csv`): `Partija, Gads,
 * Veids, Vērtība`, one row per party, year and kind of expense as the annual report names it.
 * Amounts are written ` € 1,236.00 ` (padded, thousands grouped) or bare `28815.00`; the file is
 * in euros throughout. Columns are found by name, so a reordered export reads too.
 */
import { ValueError } from '../../model/errors';
import { parseMoney } from '../../model/parse-money';
import { headerCells } from '../sources/csv';
import type { Adapter, PartyFinanceRecord } from '../sources/source-records';
import type { ColumnSpec } from './columns';
import { KNAB_PUBLISHER } from './knab-donations';
import { collectRows, headerProblem, openTable } from './table';
import { recordRef } from '../sources/record-ref';

const FORMAT = 'knab-expenditure-csv';

/** KNAB's database of party reports, where the annual reports behind the extract are published. */
export const KNAB_REPORTS_URL = 'https://info.knab.gov.lv/lv/db/deklaracijas/';

const SPEC = {
	party: { names: ['Partija'] },
	year: { names: ['Gads'] },
	item: { names: ['Veids'] },
	amount: { names: ['Vērtība', 'Summa'] }
} as const satisfies ColumnSpec<string>;

/** A report year: four digits, nothing else. */
export function readYear(raw: string | undefined, column: string): number {
	const text = (raw ?? '').trim();
	const year = Number(text);
	if (!/^\d{4}$/.test(text) || year < 1990 || year > 2100)
		throw new ValueError(`${column}: not a year: ${JSON.stringify(text)}`);
	return year;
}

function requireText(raw: string | undefined, column: string): string {
	const text = (raw ?? '').trim();
	if (text === '') throw new ValueError(`${column}: empty`);
	return text;
}

export const knabExpenditureCsv: Adapter = {
	format: FORMAT,
	description: 'KNAB party expenditure lines per year, as exported by Delna (a4.csv layout)',
	provenance: {
		publisher: `${KNAB_PUBLISHER}, as exported by Delna (TI Latvia)`,
		title: 'Politisko partiju gada pārskati: izdevumi',
		url: KNAB_REPORTS_URL,
		licence: 'Public information published by KNAB; no licence stated'
	},
	// A donations export has Partija, Veids and Vērtība too, but no Gads and a date and donor.
	detect: (file) => {
		const header = headerCells(file.text);
		return headerProblem(header, SPEC) === undefined && header.length === 4;
	},
	read(file, options) {
		const table = openTable(file, FORMAT, SPEC);
		return collectRows(table, ({ values: v, line }) => {
			const record: PartyFinanceRecord = {
				type: 'party-finance',
				party: { type: 'organisation', kind: 'party', name: requireText(v.party, 'Partija') },
				year: readYear(v.year, 'Gads'),
				statement: 'expense',
				item: requireText(v.item, 'Veids'),
				amount: parseMoney(requireText(v.amount, 'Vērtība'), { currency: 'EUR', decimal: '.' }),
				source: { dataset: options.dataset, record: recordRef(file.name, line) }
			};
			return record;
		});
	}
};
