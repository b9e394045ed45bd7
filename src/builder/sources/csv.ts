/**
 * CSV reading for adapters, on csv-parse: RFC 4180 quoting (`""`, quoted `;` and line breaks)
 * is easy to get subtly wrong by hand, and csv-parse reports the line of each record.
 */
import { Parser } from 'csv-parse';
import { parse } from 'csv-parse/sync';

export interface CsvRow {
	/** Line number of the row's first line in the file (the header is line 1). */
	line: number;
	/** Values keyed by header name (trimmed); made anew at each read, so read it once per row. */
	readonly values: Record<string, string>;
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
	const rows: CsvRow[] = [];
	const { header, broken } = scanCsv(text, (row) => rows.push(row), delimiter);
	return { header, rows, broken };
}

/**
 * csv-parse's own synchronous core, the one `csv-parse/sync` runs over a whole buffer: fed a
 * piece at a time it keeps its state (an open quote, the line count) between pieces. Its
 * stream class holds it as `api`, which the package's types leave out.
 */
interface PieceParser {
	/** Counts so far; `lines` is where the record just pushed ends. */
	info: { lines: number };
	parse(
		piece: Buffer,
		end: boolean,
		push: (record: unknown) => void,
		close: () => void
	): Error | undefined;
}

/** Cells up to this long are shared between rows (longer ones are rarely repeated). */
const INTERN_CHARS = 64;

/** Text parsed per step: big files are read a piece at a time, never copied whole. */
const CHUNK_CHARS = 1 << 20;

/**
 * readCsv without keeping the rows: each good row goes to `visit` as it is parsed and can be
 * let go, so a big file costs its records, not its records and every row's cells too.
 */
export function scanCsv(
	text: string,
	visit: (row: CsvRow, header: readonly string[]) => void,
	delimiter = sniffDelimiter(text),
	chunkChars = CHUNK_CHARS
): Omit<CsvTable, 'rows'> & { rows: number } {
	const parser = (
		new Parser({
			delimiter,
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: true
		}) as unknown as { api: PieceParser }
	).api;
	let header: string[] | undefined;
	let rows = 0;
	// A party, a date or a type repeats on many rows: each row gets the one copy, not its own.
	const known = new Map<string, string>();
	const intern = (cell: string) => {
		if (cell.length > INTERN_CHARS) return cell;
		const found = known.get(cell);
		if (found !== undefined) return found;
		known.set(cell, cell);
		return cell;
	};
	const broken: CsvTable['broken'] = [];
	const push = (parsed: unknown) => {
		// Read from the parser rather than asked for per record (`info: true`), which makes two objects a row.
		const record = parsed as string[];
		const info = parser.info;
		if (!header) {
			header = record.map((cell) => cell.trim());
			return;
		}
		// info.lines is where the record ends; a quoted field may span lines, so count back.
		const line = info.lines - record.reduce((n, cell) => n + countBreaks(cell), 0);
		if (record.length !== header.length) {
			broken.push({
				line,
				reason: `${record.length} fields where the header has ${header.length}`
			});
			return;
		}
		for (let i = 0; i < record.length; i++) record[i] = intern(record[i]!);
		rows++;
		visit(new Row(line, record, header), header);
	};
	const body = stripBom(text);
	for (let start = 0; start < body.length;) {
		// Pieces end after a line break, so a CRLF is never cut in two.
		const cut = body.indexOf('\n', start + chunkChars - 1);
		const end = cut < 0 ? body.length : cut + 1;
		// csv-parse counts CRLF inside quoted fields as two lines; one kind of break keeps line numbers true.
		const piece = body.slice(start, end).replace(/\r\n?/g, '\n');
		const error = parser.parse(Buffer.from(piece), end === body.length, push, () => {});
		if (error) throw error;
		start = end;
	}
	if (body.length === 0) parser.parse(Buffer.alloc(0), true, push, () => {});
	return { header: header ?? [], rows, broken };
}

/** A row whose `values` are made when read: the big files' adapters read `cells`, and 700,000 objects are work. */
class Row implements CsvRow {
	constructor(
		readonly line: number,
		readonly cells: string[],
		private readonly header: readonly string[]
	) {}

	get values(): Record<string, string> {
		const values: Record<string, string> = {};
		this.header.forEach((name, i) => (values[name] = this.cells[i] ?? ''));
		return values;
	}
}

function countBreaks(cell: string): number {
	let n = 0;
	for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
	return n;
}
