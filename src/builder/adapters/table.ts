/**
 * The row loop the register-style CSV adapters share: columns found by name, a file that lacks
 * them refused with the names, and every row either read or reported with its line and reason.
 */
import { ValueError } from '../../model/errors';
import { readCsv, sniffDelimiter, type CsvRow } from '../sources/csv';
import type { AdapterResult, SourceFile, SourceRecord } from '../sources/source-records';
import { findColumns, pickColumns, type ColumnMatch, type ColumnSpec } from './columns';

export interface Table<K extends string> {
	columns: ColumnMatch<K>;
	rows: CsvRow[];
	broken: { line: number; reason: string }[];
}

export interface RowContext<K extends string> {
	values: Partial<Record<K, string>>;
	line: number;
	/** Notes something worth a look that did not stop the row; the line is added. */
	warn(message: string): void;
}

/** Why a header is not this format, or undefined when it is. */
export function headerProblem<K extends string>(
	header: readonly string[],
	spec: ColumnSpec<K>,
	extraMissing: (columns: ColumnMatch<K>) => string[] = () => []
): string | undefined {
	const columns = findColumns(header, spec);
	const missing = [...columns.missing, ...extraMissing(columns)];
	return missing.length > 0 ? `no column ${missing.map((m) => `“${m}”`).join(', ')}` : undefined;
}

/**
 * Parses the file and finds its columns; throws, naming the missing columns, when the file is
 * not this format (a file forced on the wrong adapter must fail loudly, not yield nothing).
 */
export function openTable<K extends string>(
	file: SourceFile,
	format: string,
	spec: ColumnSpec<K>,
	extraMissing?: (columns: ColumnMatch<K>) => string[],
	delimiter = sniffDelimiter(file.text)
): Table<K> {
	const csv = readCsv(file.text, delimiter);
	const problem = headerProblem(csv.header, spec, extraMissing);
	if (problem) throw new Error(`${file.name}: not a ${format} file: ${problem}`);
	return { columns: findColumns(csv.header, spec), rows: csv.rows, broken: csv.broken };
}

/** Reads every row; a ValueError from `readRow` rejects that row with its line, nothing is dropped. */
export function collectRows<K extends string>(
	table: Table<K>,
	readRow: (row: RowContext<K>) => SourceRecord,
	fileWarnings: readonly string[] = []
): AdapterResult {
	const result: AdapterResult = {
		records: [],
		rejected: table.broken.map(({ line, reason }) => ({ line, reason })),
		warnings: [...fileWarnings],
		rowsRead: table.rows.length + table.broken.length
	};
	if (table.columns.unused.length > 0) {
		result.warnings.push(`columns not read: ${table.columns.unused.join(', ')}`);
	}
	for (const { line, cells } of table.rows) {
		const values = pickColumns(cells, table.columns.index);
		const warn = (message: string) => result.warnings.push(`line ${line}: ${message}`);
		try {
			result.records.push(readRow({ values, line, warn }));
		} catch (error) {
			if (!(error instanceof ValueError)) throw error;
			result.rejected.push({ line, reason: error.message });
		}
	}
	result.rejected.sort((a, b) => a.line - b.line);
	return result;
}

/** `''` and VID's `?` both mean the source states nothing: the field is absent, not zero. */
export function optionalText(raw: string | undefined): string | undefined {
	const text = raw?.trim();
	return text === undefined || text === '' || text === '?' ? undefined : text;
}

/** An 11-digit Latvian registration number, or a ValueError naming the column. */
export function readRegNo(raw: string | undefined, column: string): string {
	const text = (raw ?? '').trim();
	if (!/^\d{11}$/.test(text)) {
		throw new ValueError(`${column}: not an 11-digit registration number: ${JSON.stringify(text)}`);
	}
	return text;
}

/** The object without its undefined fields, so records carry only what the source stated. */
export function compact<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
