import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../../src/builder/sources/read-source';
import { vidDeclarationJson } from '../../../../src/builder/adapters/vid-declaration-json';
import type { DeclarationRecord } from '../../../../src/builder/sources/source-records';
import type { DeclarationItem, DeclarationSection } from '../../../../src/model/types';
import { runAdapter, sourceFile } from '../../../fixtures/adapters';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/sources/vid');
const fixture = (name: string) => resolve(FIXTURES, name);

function declarations(path: string) {
	const result = runAdapter(vidDeclarationJson, path);
	return { ...result, declarations: result.records as DeclarationRecord[] };
}

function itemsOf<S extends DeclarationSection>(record: DeclarationRecord | undefined, section: S) {
	return (record?.items ?? []).filter(
		(item): item is Extract<DeclarationItem, { section: S }> => item.section === section
	);
}

describe('vidDeclarationJson on fictional declarations', () => {
	const {
		declarations: records,
		rejected,
		warnings,
		rowsRead
	} = declarations(fixture('declarations.json'));
	const [annual, takingOffice] = records;

	it('reads every declaration of the array and rejects the unreadable ones', () => {
		expect(rowsRead).toBe(4);
		expect(records).toHaveLength(2);
		expect(rejected).toEqual([
			{ line: 1, reason: 'declaration #1, section 7 row 3: no currency for amount "500.00"' },
			{ line: 3, reason: 'declaration #3: no name of the official' },
			{ line: 4, reason: 'declaration #4: not an object' }
		]);
	});

	it('reads the header fields', () => {
		expect(annual).toMatchObject({
			type: 'declaration',
			person: {
				type: 'person',
				name: 'ROBERTS PARAUDZIŅŠ',
				institution: 'TESTA VALSTS AĢENTŪRA'
			},
			year: 2012,
			kind: 'annual',
			kindText: 'Kārtējā gada deklarācija - par 2012. gadu',
			institution: { type: 'organisation', name: 'TESTA VALSTS AĢENTŪRA', kind: 'institution' },
			post: 'Direktors',
			filed: '2013-03-28',
			published: '2013-04-12',
			source: { dataset: 'test', record: 'declarations.json#1' }
		});
	});

	it('reads mixed share and security rows, and cash and bank rows, by their columns', () => {
		expect(itemsOf(annual, 'shares')).toEqual([
			{
				section: 'shares',
				company: { name: 'SIA "Testa Dārzs"', regNo: '40009876543' },
				count: 120,
				value: { cents: 12000, currency: 'LVL' }
			},
			{
				section: 'shares',
				company: { name: 'AS "Testa Banka"', regNo: '40000000003' },
				type: 'Obligācijas',
				count: 30,
				value: { cents: 300000, currency: 'EUR' }
			}
		]);
		expect(itemsOf(annual, 'savings')).toEqual([
			{ section: 'savings', type: 'cash', amount: { cents: 70000, currency: 'LVL' } },
			{
				section: 'savings',
				type: 'bank',
				amount: { cents: 1234567, currency: 'LVL' },
				holder: 'AS "Testa Banka"'
			}
		]);
	});

	it('splits payers into name and reg. no.', () => {
		expect(itemsOf(annual, 'income').map((item) => item.payer)).toEqual([
			{ name: 'TESTA VALSTS AĢENTŪRA', regNo: '90000000004' },
			{ name: 'JĀNIS PIEMĒRS' }
		]);
	});

	it('counts every section of the 2011-style numbering', () => {
		const counts = Object.fromEntries(
			['post', 'vehicle', 'income', 'transaction', 'debt', 'loan-given', 'other', 'family'].map(
				(section) => [section, itemsOf(annual, section as DeclarationSection).length]
			)
		);
		expect(counts).toEqual({
			post: 1,
			vehicle: 1,
			income: 2,
			transaction: 1,
			debt: 1,
			'loan-given': 1,
			other: 1,
			family: 2
		});
		expect(itemsOf(annual, 'loan-given')).toEqual([
			{ section: 'loan-given', amount: { cents: 450000, currency: 'USD' } }
		]);
	});

	it('finds sections by title in another numbering, and keeps an unknown one with a warning', () => {
		expect(takingOffice).toMatchObject({
			person: { name: 'Inga Līdaciņa', institution: 'Zaļkalnu novada pašvaldība' },
			year: 2021,
			kind: 'taking-office',
			institution: { kind: 'municipality' },
			filed: '2021-09-03',
			source: { record: 'declarations.json#2' }
		});
		expect(takingOffice?.published).toBeUndefined();
		expect(takingOffice?.items).toEqual([
			{ section: 'family', name: 'GUNTA LĪDACIŅA', relation: 'Māte' },
			{ section: 'other', text: 'Darba nosaukums: Testa ainava; Autors: Testa gleznotājs' },
			{ section: 'real-estate', type: 'Zeme', location: 'Latvija, Zaļkalni' }
		]);
		expect(warnings).toEqual([
			"declaration #2, section 9: unknown section title; 1 row(s) kept as 'other'",
			'declaration #2: published date "31.02.2021" unreadable; left out'
		]);
	});

	it('accepts a single object', () => {
		const single = declarations(fixture('declaration-single.json'));
		expect(single.rowsRead).toBe(1);
		expect(single.declarations).toEqual([
			expect.objectContaining({
				kind: 'leaving-office',
				year: 2018,
				items: [
					{
						section: 'post',
						title: 'Padomes loceklis',
						organisation: { name: 'Biedrība "Testa Osta"', regNo: '40008000009' }
					}
				],
				source: { dataset: 'test', record: 'declaration-single.json#1' }
			})
		]);
	});

	it('prefers the year in the type text, and says when the year field disagrees', () => {
		const text = JSON.stringify({
			type: 'Kārtējā gada deklarācija - par 2016. gadu',
			name: 'TESTS TESTIŅŠ',
			year: '2015',
			workplace_role: 'Tests',
			date_added: '01.04.2017'
		});
		const result = vidDeclarationJson.read(sourceFile('one.json', text), { dataset: 'test' });
		expect(result.records).toEqual([expect.objectContaining({ year: 2016, filed: '2017-04-01' })]);
		expect(result.warnings).toEqual([
			'declaration #1: the type says 2016, the year field 2015; 2016 is used'
		]);
	});

	it('refuses a file that is not JSON, naming it', () => {
		const file = sourceFile('broken.json', '[{"workplace_role": "x", "date_added": ');
		expect(() => vidDeclarationJson.read(file, { dataset: 'test' })).toThrow(
			/^broken\.json: not valid JSON: /
		);
	});
});

describe('vidDeclarationJson.detect', () => {
	it.each([
		['declarations.json', true],
		['declaration-single.json', true],
		['declaration-renumbered.html', false],
		['interests-delna.csv', false]
	])('%s → %s', (name, expected) => {
		const file = sourceFile(name, readFileSync(fixture(name), 'utf8'));
		expect(vidDeclarationJson.detect(file)).toBe(expected);
	});

	it('refuses other JSON', () =>
		expect(vidDeclarationJson.detect(sourceFile('x.json', '[{"party": "A"}]'))).toBe(false));
});

describeRealData('vidDeclarationJson', () => {
	const path = realPath('lv-vid-declaration-pages', 'data.json');
	const { declarations: records, rejected, warnings, rowsRead, file } = declarations(path);
	const [record] = records;
	const counts = (section: DeclarationSection) => itemsOf(record, section).length;
	// The file as this test reads it, apart from the adapter: what each test expects is taken
	// from here at run time (the sample is a real person's declaration; none of it is copied).
	const raw = JSON.parse(readFileSync(path, 'utf8')) as {
		name: string;
		date_added: string;
		date_published: string;
		sectionData: Record<string, Record<string, string>[]>;
	};
	/** The rows of the section numbered `n`. */
	const sectionRows = (n: number) =>
		Object.entries(raw.sectionData).find(([title]) => title.startsWith(`${n}. `))?.[1] ?? [];
	/** The cell whose column header starts with `prefix`. */
	const cell = (row: Record<string, string>, prefix: string) =>
		Object.entries(row).find(([header]) => header.startsWith(prefix))?.[1];
	/** `12345.67` → 1234567. */
	const centsOf = (text: string | undefined) => {
		const match = /^(\d+)\.(\d\d)$/.exec(text ?? '');
		if (!match) throw new Error(`not an amount: ${text}`);
		return Number(match[1]) * 100 + Number(match[2]);
	};
	/** `01.02.2030` → 2030-02-01. */
	const isoDay = (text: string) => text.replace(/^(\d\d)\.(\d\d)\.(\d{4})$/, '$3-$2-$1');

	it('reads the 2011 declaration whole', () => {
		expect(vidDeclarationJson.detect(file)).toBe(true);
		expect([rowsRead, records.length, rejected, warnings]).toEqual([1, 1, [], []]);
		expect(isoDay(raw.date_added)).toMatch(/^2012-\d\d-\d\d$/);
		expect(record).toMatchObject({
			// As the file writes it (read from it here: the sample names a real person).
			person: { name: raw.name },
			year: 2011,
			kind: 'annual',
			post: 'Valsts prezidents',
			institution: { name: 'LATVIJAS VALSTS PREZIDENTA KANCELEJA', kind: 'institution' },
			filed: isoDay(raw.date_added),
			published: isoDay(raw.date_published)
		});
	});

	it('counts the items of every section', () => {
		expect(record?.items).toHaveLength(80);
		expect(
			[
				'post',
				'real-estate',
				'shares',
				'vehicle',
				'savings',
				'income',
				'transaction',
				'debt',
				'loan-given',
				'other',
				'family'
			].map((section) => counts(section as DeclarationSection))
		).toEqual([2, 41, 3, 3, 5, 6, 2, 1, 10, 1, 6]);
	});

	it('keeps LVL amounts exactly as published', () => {
		const income = sectionRows(7);
		expect(income.some((row) => row['Valūta'] === 'LVL')).toBe(true);
		expect(itemsOf(record, 'income').map((item) => item.amount)).toEqual(
			income.map((row) => ({ cents: centsOf(row['Summa']), currency: row['Valūta'] }))
		);
		// The pension's payer: `'NAME', reg. no., address` in one cell.
		const pension = income.find((row) => row['Ienākumu veids'] === 'Pensija')!;
		const [payer = '', regNo] = cell(pension, 'Ienākumu gūšanas vieta')!.split(', ');
		expect(regNo).toMatch(/^\d{11}$/);
		expect(itemsOf(record, 'income')).toContainEqual({
			section: 'income',
			payer: { name: payer.replace(/^'|'$/g, ''), regNo },
			type: 'Pensija',
			amount: { cents: centsOf(pension['Summa']), currency: pension['Valūta'] }
		});
		const bank = sectionRows(6).filter((row) => cell(row, 'Bezkaidrās naudas uzkrājuma summa'));
		expect(bank.some((row) => row['Valūta'] === 'USD')).toBe(true);
		expect(
			itemsOf(record, 'savings')
				.filter((item) => item.type === 'bank')
				.map((item) => item.amount)
		).toEqual(
			bank.map((row) => ({
				cents: centsOf(cell(row, 'Bezkaidrās naudas uzkrājuma summa')),
				currency: row['Valūta']
			}))
		);
	});

	it('names family members by relation (counted, not copied)', () => {
		const relations = itemsOf(record, 'family').map((item) => item.relation);
		expect(relations).toHaveLength(6);
		expect(relations.sort()).toEqual(
			sectionRows(12)
				.map((row) => row['Radniecība'])
				.sort()
		);
	});

	it('refuses the other real samples', () => {
		for (const other of [
			realPath('lv-vid-declaration-pages', 'slesers-2024.html'),
			realPath('lv-vid-declarations-interests-delna-iw', 'interests_and_assets.csv')
		]) {
			expect(vidDeclarationJson.detect(readSource(other))).toBe(false);
		}
	});
});
