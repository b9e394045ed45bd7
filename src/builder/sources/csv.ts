/**
 * CSV reading for adapters, on csv-parse: RFC 4180 quoting (`""`, quoted `;` and line breaks)
 * is easy to get subtly wrong by hand, and csv-parse reports the line of each record.
 */
import { parse } from 'csv-parse/sync';

export interface CsvRow {
	/** Line number of the row's first line in the file (the header is line 1). */
	line: number;
	/** Values keyed by header name (trimmed). */
	values: Record<string, string>;
	/** Values in column order, for files with unnamed columns. */
	cells: string[];
}

export interface CsvTable {
	header: string[];
	rows: CsvRow[];
	/** Rows that could not be split into the header's columns. */
	broken: { line: number; reason: string }[];
}

/** Guesses the delimiter from the header line: the one of `,;\t` that occurs most. */
export function sniffDelimiter(text: string): string {
	const firstLine = firstLineOf(text);
	const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
	counts.sort((a, b) => b[1] - a[1]);
	return counts[0]![0];
}

/** The first line of a file, for detection; quoted header cells unquoted. */
export function headerCells(text: string, delimiter = sniffDelimiter(text)): string[] {
	const line = stripBom(firstLineOf(text)).replace(/\r$/, '');
	try {
		const [cells] = parse(line, { delimiter, relax_quotes: true }) as string[][];
		return (cells ?? []).map((cell) => cell.trim());
	} catch {
		return line.split(delimiter).map((cell) => cell.replace(/^"|"$/g, '').trim());
	}
}

/** Headers are short: a "first line" past 64 KiB is not a CSV header, and reading it all is slow. */
const MAX_HEADER = 16_384;

function firstLineOf(text: string): string {
	const end = text.indexOf('\n');
	return text.slice(0, Math.min(end < 0 ? text.length : end, MAX_HEADER));
}

export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses a whole CSV file with a header row. A row with the wrong column count is reported, not dropped silently. */
export function readCsv(text: string, delimiter = sniffDelimiter(text)): CsvTable {
	// csv-parse counts CRLF inside quoted fields as two lines; one kind of break keeps line numbers true.
	const records = parse(stripBom(text).replace(/\r\n?/g, '\n'), {
		delimiter,
		relax_column_count: true,
		relax_quotes: true,
		skip_empty_lines: true,
		info: true
	}) as unknown as { record: string[]; info: { lines: number } }[];
	const [head, ...body] = records;
	if (!head) return { header: [], rows: [], broken: [] };
	const header = head.record.map((cell) => cell.trim());
	const rows: CsvRow[] = [];
	const broken: CsvTable['broken'] = [];
	for (const { record, info } of body) {
		// info.lines is where the record ends; a quoted field may span lines, so count back.
		const line = info.lines - record.reduce((n, cell) => n + countBreaks(cell), 0);
		if (record.length !== header.length) {
			broken.push({
				line,
				reason: `${record.length} fields where the header has ${header.length}`
			});
			continue;
		}
		const values: Record<string, string> = {};
		header.forEach((name, i) => (values[name] = record[i] ?? ''));
		rows.push({ line, values, cells: record });
	}
	return { header, rows, broken };
}

function countBreaks(cell: string): number {
	let n = 0;
	for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
	return n;
}
