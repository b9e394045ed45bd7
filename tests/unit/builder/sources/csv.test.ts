import { describe, expect, it } from 'vitest';
import { readCsv, scanCsv, type CsvRow } from '../../../../src/builder/sources/csv';

// Quoted breaks (LF and CRLF), a quoted delimiter, doubled quotes, a short row, empty lines.
const TRICKY = [
	'\uFEFFname;note;amount',
	'Ann;"two\r\nlines";1',
	'Bob;"a ""quoted"" word; and more";2',
	'',
	'Cid;short',
	'Dan;"three\nlong\nlines";4',
	'Eve;plain;5',
	''
].join('\r\n');

function scanned(text: string, chunkChars: number) {
	const rows: CsvRow[] = [];
	const table = scanCsv(text, (row) => rows.push(row), ';', chunkChars);
	return { ...table, rows };
}

describe('scanCsv', () => {
	it('reads a file piece by piece exactly as in one go, whatever the piece size', () => {
		const whole = readCsv(TRICKY, ';');
		expect(whole.rows.map((r) => [r.line, r.values.name, r.values.note])).toEqual([
			[2, 'Ann', 'two\nlines'],
			[4, 'Bob', 'a "quoted" word; and more'],
			[7, 'Dan', 'three\nlong\nlines'],
			[10, 'Eve', 'plain']
		]);
		expect(whole.broken).toEqual([{ line: 6, reason: '2 fields where the header has 3' }]);
		for (const size of [1, 2, 5, 17, 40, 1000]) {
			const pieces = scanned(TRICKY, size);
			expect(pieces.header).toEqual(whole.header);
			expect(pieces.rows).toEqual(whole.rows);
			expect(pieces.broken).toEqual(whole.broken);
		}
	});

	it('gives no header and no rows for an empty file', () => {
		expect(scanned('', 4)).toEqual({ header: [], rows: [], broken: [] });
	});
});
