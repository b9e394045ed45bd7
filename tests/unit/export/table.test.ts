import { describe, expect, it } from 'vitest';
import { csvCell, defuse, toCsv, toJson, type ExportTable } from '../../../src/lib/export/table';

const SOURCE = { dataset: 'knab', record: 'donations.csv:2', url: 'https://knab.example/2' };

describe('csvCell', () => {
	it.each([
		['plain', 'plain'],
		['Bēldiņš, Jānis', '"Bēldiņš, Jānis"'],
		['SIA "Koks"', '"SIA ""Koks"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rhere', '"cr\rhere"'],
		[42, '42'],
		[-12.5, '-12.5'],
		[true, 'true'],
		[undefined, ''],
		[null, '']
	])('writes %j as %j', (value, expected) => expect(csvCell(value)).toBe(expected));
});

describe('defuse', () => {
	it.each([
		['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
		['+371 2000', `'+371 2000`],
		['-cmd', `'-cmd`],
		['@SUM(A1)', `'@SUM(A1)`],
		['\t=1', `'\t=1`],
		['\r=1', `'\r=1`],
		['-12.50', '-12.50'],
		['150', '150'],
		['a=b', 'a=b'],
		['', '']
	])('makes %j safe as %j', (text, expected) => expect(defuse(text)).toBe(expected));

	it('defuses inside quoting too', () => {
		expect(csvCell('=1+1,2')).toBe(`"'=1+1,2"`);
	});
});

describe('toCsv and toJson', () => {
	const table: ExportTable = {
		columns: ['name', 'amount'],
		rows: [
			{ values: { name: 'Anna Liepa', amount: '100.00' }, sources: [SOURCE] },
			{
				values: { name: '=evil()' },
				sources: [SOURCE, { dataset: 'ur', record: 'officers.csv:9' }]
			}
		]
	};

	it('writes a header, CRLF lines, and the sources of every row in the last three columns', () => {
		expect(toCsv(table)).toBe(
			'name,amount,source_dataset,source_record,source_url\r\n' +
				'Anna Liepa,100.00,knab,donations.csv:2,https://knab.example/2\r\n' +
				"'=evil(),,knab | ur,donations.csv:2 | officers.csv:9,https://knab.example/2 | \r\n"
		);
	});

	it('writes JSON objects with every column (null when empty) and the sources as a list', () => {
		expect(JSON.parse(toJson(table))).toEqual([
			{ name: 'Anna Liepa', amount: '100.00', sources: [SOURCE] },
			{
				name: '=evil()',
				amount: null,
				sources: [SOURCE, { dataset: 'ur', record: 'officers.csv:9', url: null }]
			}
		]);
	});
});
