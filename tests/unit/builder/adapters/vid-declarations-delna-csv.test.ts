import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../../src/builder/sources/read-source';
import { vidDeclarationsDelnaCsv } from '../../../../src/builder/adapters/vid-declarations-delna-csv';
import type { DeclarationRecord } from '../../../../src/builder/sources/source-records';
import { runAdapter, sourceFile } from '../../../fixtures/adapters';
import { csvRows } from '../../../fixtures/cited-records';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/sources/vid');
const fixture = (name: string) => resolve(FIXTURES, name);

/** Items without their row, to compare what they say; their rows are checked on their own. */
const said = (record: DeclarationRecord | undefined) =>
	record?.items.map(({ source: _source, ...item }) => item);
const rowsOf = (record: DeclarationRecord | undefined) =>
	record?.items.map((item) => item.source?.record);

function declarations(path: string) {
	const result = runAdapter(vidDeclarationsDelnaCsv, path);
	return { ...result, declarations: result.records as DeclarationRecord[] };
}

describe('vidDeclarationsDelnaCsv on a fictional extract', () => {
	const {
		declarations: records,
		rejected,
		warnings,
		rowsRead
	} = declarations(fixture('interests-delna.csv'));
	const [anete2020, anete2019, janis2019, liga2019] = records;

	it('groups rows into declarations in first-seen order, at their first row', () => {
		expect(rowsRead).toBe(13);
		expect(
			records.map((record) => [record.person.name, record.year, record.source.record])
		).toEqual([
			['Anete Bērzkalne', 2020, 'interests-delna.csv:2'],
			['Anete Bērzkalne', 2019, 'interests-delna.csv:5'],
			['Jānis Liepkalniņš', 2019, 'interests-delna.csv:9'],
			['Līga Kalnāre', 2019, 'interests-delna.csv:10']
		]);
	});

	it('rejects broken rows, unreadable amounts and unknown interest types, by line', () => {
		expect(rejected).toEqual([
			{ line: 11, reason: '8 fields where the header has 20' },
			{ line: 8, reason: 'not an amount: "abc €"' },
			{ line: 13, reason: 'unknown Interest_Type "Gift | Other"' }
		]);
	});

	it('reads positions, incomes and holdings, a later row joining its declaration', () => {
		expect(anete2020).toMatchObject({
			person: {
				type: 'person',
				name: 'Anete Bērzkalne',
				party: 'Testa frakcija',
				institution: 'Latvijas Republikas Saeima',
				// Every row is a deputy's with a mandate status: the Saeima corroborates the person.
				mandateIn: 'Latvijas Republikas Saeima'
			},
			kind: 'annual',
			post: 'Deputāte',
			committees: 'Testa komisija',
			institution: { type: 'organisation', name: 'Latvijas Republikas Saeima', kind: 'institution' }
		});
		expect(rowsOf(anete2020)).toEqual([
			'interests-delna.csv:2',
			'interests-delna.csv:3',
			'interests-delna.csv:4',
			'interests-delna.csv:7'
		]);
		expect(said(anete2020)).toEqual([
			{
				section: 'post',
				title: 'Valdes locekle',
				organisation: { name: 'Biedrība "Testa Bite"', regNo: '40008000001' }
			},
			{
				section: 'income',
				payer: { name: 'Mākoņu Fabrika', regNo: '40001234567' },
				type: 'Alga',
				amount: { cents: 1234567, currency: 'EUR' }
			},
			{
				section: 'shares',
				company: { name: 'Testa Osta', regNo: '50001234560' },
				type: 'Akcijas',
				value: { cents: 150000, currency: 'EUR' }
			},
			{
				section: 'income',
				payer: { name: 'Testa Universität', regNo: 'T0900000001' },
				type: 'Honorārs',
				amount: { cents: 9900, currency: 'EUR' }
			}
		]);
		expect(anete2019?.items).toHaveLength(1);
	});

	it('reads a row as what it carries, and says so', () => {
		expect(janis2019?.person.party).toBeUndefined();
		expect(rowsOf(janis2019)).toEqual([
			'interests-delna.csv:9',
			'interests-delna.csv:12',
			'interests-delna.csv:14'
		]);
		expect(said(janis2019)).toEqual([
			{
				section: 'income',
				payer: { name: 'Testa Lauki', regNo: '44100000002' },
				type: 'Dividendes',
				amount: { cents: 200000, currency: 'EUR' }
			},
			{
				section: 'shares',
				company: { name: 'Testa Krājbanka', regNo: '40000000003' },
				type: 'Kompensācijas sertifikāti'
			},
			{
				section: 'income',
				payer: { name: 'Vecā Firma' },
				type: 'Procenti',
				amount: { cents: 5917, currency: 'EUR' }
			}
		]);
	});

	it('keeps an empty declaration, its end note with the post and a municipality', () => {
		expect(liga2019).toMatchObject({
			post: 'Deputāte (beidzot darbu - 1.02)',
			institution: { name: 'Ķemeru novada pašvaldība', kind: 'municipality' },
			items: []
		});
	});

	it('warns, by line, about everything it read with a doubt', () => {
		expect(warnings).toEqual([
			'line 6: no declaration for Liepkalniņš, Jānis 2020: Deputātam šogad nebija pienākuma iesniegt deklarāciju, jo viņš nebija valsts amatpersona',
			'line 9: Interest_Type "Position | Private Sector" but the row carries income; read as such',
			'line 14: Entity_RegNum "4000123" is not a registration number; left out',
			'line 14: amount "59.17" has no currency; read as EUR like the rest'
		]);
	});
});

describe('vidDeclarationsDelnaCsv.detect', () => {
	it.each([
		['interests-delna.csv', true],
		['declarations.json', false],
		['declaration-renumbered.html', false]
	])('%s → %s', (name, expected) => {
		const file = sourceFile(name, readFileSync(fixture(name), 'utf8'));
		expect(vidDeclarationsDelnaCsv.detect(file)).toBe(expected);
	});

	it('refuses other Delna files', () =>
		expect(
			vidDeclarationsDelnaCsv.detect(sourceFile('a1.csv', ',Partija,Veids,Vērtība,Name\n'))
		).toBe(false));
});

describeRealData('vidDeclarationsDelnaCsv', () => {
	const path = realPath('lv-vid-declarations-interests-delna-iw', 'interests_and_assets.csv');
	const { declarations: records, rejected, warnings, rowsRead, file } = declarations(path);
	// A declaration by the line its first row is on (never by name: the sample names real people).
	const at = (line: number) =>
		records.find((record) => record.source.record === `interests_and_assets.csv:${line}`);
	/** The declaration that holds the item read from a line. */
	const declarationHolding = (line: number) =>
		records.find((record) =>
			record.items.some((item) => item.source?.record === `interests_and_assets.csv:${line}`)
		);
	// The file's cells, read with this test's own CSV reader: the rows a test checks are found
	// here at run time, and what it expects is taken from their cells.
	const raw = (() => {
		const rows = csvRows(readFileSync(path, 'utf8'));
		const header = rows.get(1)!;
		rows.delete(1);
		return {
			lines: [...rows.keys()],
			cell: (line: number, column: string) =>
				(rows.get(line)?.[header.indexOf(column)] ?? '').replace(/\s+/g, ' ').trim(),
			/** `  1,234.56 € ` or ` € 12.34 ` → cents. */
			cents: (text: string) => {
				const match = /^(?:€ *)?([\d,]+)\.(\d\d)(?: *€)?$/.exec(text);
				if (!match) throw new Error(`not an amount: ${text}`);
				return Number(match[1]!.replace(/,/g, '')) * 100 + Number(match[2]);
			}
		};
	})();

	it('reads every row and groups them into declarations', () => {
		expect(vidDeclarationsDelnaCsv.detect(file)).toBe(true);
		expect([rowsRead, rejected.length, records.length]).toEqual([1270, 0, 283]);
		// 18 rows say no declaration was due; 23 declarations list none of these interests.
		expect(warnings.filter((w) => w.includes('nebija pienākuma'))).toHaveLength(18);
		expect(records.filter((record) => record.items.length === 0)).toHaveLength(23);
		expect(new Set(records.map((record) => record.person.name)).size).toBe(95);
	});

	it('counts items per section', () => {
		const counts: Record<string, number> = {};
		for (const item of records.flatMap((record) => record.items)) {
			counts[item.section] = (counts[item.section] ?? 0) + 1;
		}
		expect(counts).toEqual({ post: 486, income: 522, shares: 224 });
	});

	it('reads an income with its payer reg. no. and exact cents', () => {
		// The first income row with an 11-digit payer number and an amount with cents.
		const line = raw.lines.find(
			(l) =>
				/^\d{11}$/.test(raw.cell(l, 'Entity_RegNum')) &&
				raw.cell(l, 'Income_type') !== '' &&
				/\.(?!00)\d\d\b/.test(raw.cell(l, 'Income_value'))
		)!;
		expect(line).toBeDefined();
		expect(declarationHolding(line)?.year).toBe(Number(raw.cell(line, 'DeclYear')));
		expect(said(declarationHolding(line))).toContainEqual({
			section: 'income',
			payer: { name: raw.cell(line, 'Entity_name'), regNo: raw.cell(line, 'Entity_RegNum') },
			type: raw.cell(line, 'Income_type'),
			amount: { cents: raw.cents(raw.cell(line, 'Income_value')), currency: 'EUR' }
		});
	});

	it('reads a holding with its value', () => {
		// The first holding row with an 11-digit company number and a value.
		const line = raw.lines.find(
			(l) =>
				/^\d{11}$/.test(raw.cell(l, 'Entity_RegNum')) &&
				raw.cell(l, 'Fin_v') !== '' &&
				raw.cell(l, 'Fin_v_value') !== ''
		)!;
		expect(line).toBeDefined();
		expect(said(declarationHolding(line))).toContainEqual({
			section: 'shares',
			company: { name: raw.cell(line, 'Entity_name'), regNo: raw.cell(line, 'Entity_RegNum') },
			type: raw.cell(line, 'Fin_v'),
			value: { cents: raw.cents(raw.cell(line, 'Fin_v_value')), currency: 'EUR' }
		});
	});

	it('keeps two declarations of one year when they were filed for two posts', () => {
		// A person and year whose rows name two posts (`Post - Institution`): the first row of each.
		const firstRows = new Map<string, number>();
		for (const line of raw.lines) {
			const id = ['Surname_name', 'DeclYear', 'filed_as']
				.map((column) => raw.cell(line, column))
				.join('|');
			if (!firstRows.has(id)) firstRows.set(id, line);
		}
		const byYear = new Map<string, number[]>();
		for (const [id, line] of firstRows) {
			const personYear = id.split('|').slice(0, 2).join('|');
			byYear.set(personYear, [...(byYear.get(personYear) ?? []), line]);
		}
		const [lines = []] = [...byYear.values()].filter((l) => l.length === 2);
		expect(lines).toHaveLength(2);
		const [first, second] = lines.map(at);
		const year = Number(raw.cell(lines[0]!, 'DeclYear'));
		expect([first?.year, second?.year]).toEqual([year, year]);
		expect(first?.person.name).toBe(second?.person.name);
		expect([first?.post, second?.post]).toEqual(
			lines.map((line) => raw.cell(line, 'filed_as').split(' - ')[0])
		);
		expect(first?.post).not.toBe(second?.post);
	});

	it('keeps the number VID gives foreign entities', () => {
		const regNos = records.flatMap((record) =>
			record.items.flatMap((item) => (item.section === 'shares' ? [item.company.regNo] : []))
		);
		// The T-numbers published on holding rows, as the file writes them.
		const foreign = raw.lines
			.filter((line) => raw.cell(line, 'Fin_v') !== '')
			.map((line) => raw.cell(line, 'Entity_RegNum'))
			.filter((regNo) => /^T\d{10}$/.test(regNo));
		expect(foreign.length).toBeGreaterThan(0);
		for (const regNo of foreign) expect(regNos).toContain(regNo);
	});

	it('refuses the other real samples', () => {
		for (const other of [
			realPath('lv-vid-declaration-pages', 'data.json'),
			realPath('lv-vid-declaration-pages', 'slesers-2024.html')
		]) {
			expect(vidDeclarationsDelnaCsv.detect(readSource(other))).toBe(false);
		}
	});
});
