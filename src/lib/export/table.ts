/**
 * What a page exports: rows of plain values, each with the source records it comes from,
 * written as CSV or JSON. Pure, so the formats are tested without a DOM.
 */
import type { SourceRef } from '../../model/types';

export type Cell = string | number | boolean | null | undefined;

export interface ExportRow {
	values: Readonly<Record<string, Cell>>;
	/** Never empty in practice: every fact in a bundle says where it came from. */
	sources: readonly SourceRef[];
}

export interface ExportTable {
	/** Value columns in order; the source columns are added after them. */
	columns: readonly string[];
	rows: readonly ExportRow[];
}

const SOURCE_COLUMNS = ['source_dataset', 'source_record', 'source_url'] as const;
/** Between several sources of one row, inside one cell. */
const JOIN = ' | ';

/**
 * RFC 4180 CSV (CRLF, quotes doubled), one line per row with its sources in the last three
 * columns. A text cell that a spreadsheet would run as a formula is defused.
 * @example toCsv({ columns: ['name'], rows: [{ values: { name: '=1+1' }, sources: [] }] })
 * // 'name,source_dataset,source_record,source_url\r\n\'=1+1,,,\r\n'
 */
export function toCsv(table: ExportTable): string {
	const header = [...table.columns, ...SOURCE_COLUMNS];
	const lines = [header.map(csvCell)];
	for (const row of table.rows) {
		const sources = [
			row.sources.map((s) => s.dataset).join(JOIN),
			row.sources.map((s) => s.record).join(JOIN),
			row.sources.map((s) => s.url ?? '').join(JOIN)
		];
		lines.push([...table.columns.map((c) => row.values[c]), ...sources].map(csvCell));
	}
	return lines.map((cells) => cells.join(',') + '\r\n').join('');
}

/** JSON: an array of objects, each row's values with its sources as a list. */
export function toJson(table: ExportTable): string {
	const rows = table.rows.map((row) => ({
		...Object.fromEntries(table.columns.map((c) => [c, row.values[c] ?? null])),
		sources: row.sources.map((s) => ({ dataset: s.dataset, record: s.record, url: s.url ?? null }))
	}));
	return JSON.stringify(rows, null, '\t') + '\n';
}

export function csvCell(value: Cell): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'string' ? defuse(value) : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// A plain number ("-12.50") is not a formula and stays a number for the spreadsheet.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Prefixes a quote to text that starts like a formula (= + - @, or a tab or carriage return
 * that some spreadsheets skip before one), so opening the file never runs what a source said.
 */
export function defuse(text: string): string {
	return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
