/**
 * KNAB donations as exported by Delna for "Deputāti uz Delnas" (`a1.csv` money, `a2.csv`
 * membership fees): `,Partija,Veids,Vērtība,Name,Personas Kods,Datums,Flags,Dāvinātājs`,
 * the last column `Biedrs` in a2. Columns are found by name, so a reordered export reads too.
 */
import { headerCells, scanCsv, type CsvRow } from '../sources/csv';
import type { Adapter, AdapterResult, SourceFile } from '../sources/source-records';
import { columnKey, findColumn } from './header-columns';
import {
	KNAB_PUBLISHER,
	KNAB_TITLE,
	KNAB_URL,
	readDonationRows,
	rejectAll,
	type DonationRow
} from './knab-donations';
import { recordRef } from '../sources/record-ref';

const COLUMNS = {
	party: [/^partija$/],
	type: [/^veids$/],
	amount: [/^vertiba$/, /^summa$/],
	name: [/^name$/, /^vards$/],
	code: [/^personaskods$/, /^kods$/],
	date: [/^datums$/],
	flags: [/^flags$/],
	donor: [/^davinatajs$/, /^biedrs$/]
} as const;

type Field = keyof typeof COLUMNS;
type Columns = Partial<Record<Field, string>>;
/** Each found column's index in the header: a row's cells are read by it. */
type Indexes = Partial<Record<Field, number>>;

const REQUIRED: readonly Field[] = ['party', 'type', 'amount', 'code', 'date'];

function findColumns(header: readonly string[]): Columns {
	const columns: Columns = {};
	for (const field of Object.keys(COLUMNS) as Field[]) {
		const found = findColumn(header, COLUMNS[field]);
		if (found !== undefined) columns[field] = found;
	}
	return columns;
}

function missingColumns(columns: Columns): Field[] {
	const missing = REQUIRED.filter((field) => columns[field] === undefined);
	// A donor needs a name, from either the Name column or the Dāvinātājs/Biedrs one.
	if (columns.name === undefined && columns.donor === undefined) missing.push('name');
	return missing;
}

function indexesOf(columns: Columns, header: readonly string[]): Indexes {
	const indexes: Indexes = {};
	// lastIndexOf: a name the header repeats reads its last column, as values keyed by name did.
	for (const field of Object.keys(columns) as Field[])
		indexes[field] = header.lastIndexOf(columns[field]!);
	return indexes;
}

function cell(row: CsvRow, index: number | undefined): string {
	return index === undefined ? '' : (row.cells[index] ?? '').trim();
}

function toDonationRow(
	row: CsvRow,
	columns: Indexes,
	file: SourceFile,
	dataset: string
): DonationRow {
	return {
		line: row.line,
		where: `line ${row.line}`,
		raw: {
			party: cell(row, columns.party),
			typeText: cell(row, columns.type),
			amount: cell(row, columns.amount),
			donorName: cell(row, columns.name) || cell(row, columns.donor),
			code: cell(row, columns.code),
			date: cell(row, columns.date),
			// Delna's own markers, e.g. `above_yearly_limit`; more than one is `;`- or `,`-separated.
			flags: cell(row, columns.flags)
				.split(/[;,]/)
				.map((flag) => flag.trim())
				.filter((flag) => flag !== '')
		},
		source: { dataset, record: recordRef(file.name, row.line) }
	};
}

export const knabDonationsCsv: Adapter = {
	format: 'knab-donations-csv',
	description: "KNAB party donations, Delna's CSV export (a1.csv money, a2.csv membership fees)",
	provenance: {
		publisher: KNAB_PUBLISHER,
		title: KNAB_TITLE,
		url: KNAB_URL,
		licence: 'Compiled by Delna (TI Latvia); no licence stated'
	},

	detect(file) {
		const header = headerCells(file.text);
		return missingColumns(findColumns(header)).length === 0 && !header.some(isSaeimaColumn);
	},

	read(file, options): AdapterResult {
		let columns: Columns | undefined;
		let indexes: Indexes | undefined;
		const rows: DonationRow[] = [];
		const lines: number[] = [];
		const mismatched: number[] = [];
		// Each row is kept only as the donation it states, not with its cells.
		const table = scanCsv(file.text, (row, header) => {
			columns ??= findColumns(header);
			indexes ??= indexesOf(columns, header);
			lines.push(row.line);
			if (missingColumns(columns).length > 0) return;
			rows.push(toDonationRow(row, indexes, file, options.dataset));
			const name = cell(row, indexes.name);
			const donor = cell(row, indexes.donor);
			if (name !== '' && donor !== '' && name !== donor) mismatched.push(row.line);
		});
		const missing = missingColumns(columns ?? findColumns(table.header));
		const broken = table.broken.map(({ line, reason }) => ({ line, reason }));
		if (missing.length > 0) {
			return rejectAll(
				[...lines, ...broken.map((row) => row.line)].sort((a, b) => a - b),
				`header has no ${missing.join(', ')} column`
			);
		}
		const result = readDonationRows(rows, options.dateOrder);
		for (const line of mismatched) {
			result.warnings.push(`line ${line}: Name and ${columns!.donor} differ; Name used`);
		}
		return {
			...result,
			rejected: [...result.rejected, ...broken].sort((a, b) => a.line - b.line),
			rowsRead: result.rowsRead + broken.length
		};
	}
};

// A Saeima deputies list also has a `Partija`-like column; its faction column tells them apart.
function isSaeimaColumn(header: string): boolean {
	return columnKey(header) === 'frakcija';
}
