import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../../src/builder/sources/read-source';
import { vidDeclarationHtml } from '../../../../src/builder/adapters/vid-declaration-html';
import type { DeclarationRecord } from '../../../../src/builder/sources/source-records';
import type { DeclarationItem, DeclarationSection } from '../../../../src/model/types';
import { runAdapter, sourceFile } from '../../../fixtures/adapters';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/sources/vid');
const fixture = (name: string) => resolve(FIXTURES, name);

function declaration(path: string) {
	const result = runAdapter(vidDeclarationHtml, path);
	return { ...result, record: result.records[0] as DeclarationRecord | undefined };
}

function itemsOf<S extends DeclarationSection>(record: DeclarationRecord | undefined, section: S) {
	return (record?.items ?? []).filter(
		(item): item is Extract<DeclarationItem, { section: S }> => item.section === section
	);
}

/** The 1-based line of the first line in `text` holding `marker`. */
function lineOf(text: string, marker: string): number {
	return text.split('\n').findIndex((line) => line.includes(marker)) + 1;
}

describe('vidDeclarationHtml on a fictional page with its own numbering', () => {
	const { record, records, rejected, warnings, rowsRead, file } = declaration(
		fixture('declaration-renumbered.html')
	);

	it('reads the header table', () => {
		expect(records).toHaveLength(1);
		expect(record).toMatchObject({
			person: { type: 'person', name: 'ANETE BĒRZKALNE', institution: 'Ķemeru novada dome' },
			year: 2022,
			kind: 'annual',
			kindText: 'Kārtējā gada deklarācija - par 2022. gadu',
			institution: { type: 'organisation', name: 'Ķemeru novada dome', kind: 'municipality' },
			post: 'Domes deputāte',
			filed: '2023-03-14',
			published: '2023-04-02',
			source: { dataset: 'test', record: 'declaration-renumbered.html' }
		});
	});

	it('rejects the rows it cannot read, at their lines', () => {
		expect(rowsRead).toBe(13);
		expect(rejected).toEqual([
			{
				line: lineOf(file.text, '<td>Padomes locekle</td>'),
				reason: 'declaration-renumbered.html, section 1: 2 cells where the table header has 3'
			},
			{
				line: lineOf(file.text, "'TESTA APDROŠINĀŠANA'"),
				reason: 'declaration-renumbered.html, section 8 row 2: not an amount: "12,5"'
			}
		]);
	});

	it('finds every section by its title, whatever its number', () => {
		expect(record?.items.map((item) => item.section)).toEqual([
			'post',
			'real-estate',
			'shares',
			'shares',
			'savings',
			'savings',
			'income',
			'other',
			'family',
			'family',
			'other'
		]);
	});

	it('reads shares and the unnumbered securities table', () => {
		expect(itemsOf(record, 'shares')).toEqual([
			{
				section: 'shares',
				company: { name: 'SIA "Mākoņu Fabrika"', regNo: '40001234567' },
				type: 'Kapitāla daļas',
				count: 250,
				value: { cents: 250000, currency: 'EUR' }
			},
			{
				section: 'shares',
				company: { name: 'Testa Fund Inc.' },
				type: 'Obligācijas',
				count: 12,
				value: { cents: 120050, currency: 'USD' }
			}
		]);
	});

	it('reads both tables of the savings section', () => {
		expect(itemsOf(record, 'savings')).toEqual([
			{ section: 'savings', type: 'cash', amount: { cents: 1500000, currency: 'EUR' } },
			{
				section: 'savings',
				type: 'bank',
				amount: { cents: 2034567, currency: 'EUR' },
				holder: 'AS "Testa Banka"'
			}
		]);
	});

	it('keeps the pension flags and the unknown section as text, warning about the unknown one', () => {
		expect(itemsOf(record, 'other')).toEqual([
			{
				section: 'other',
				text: 'Privātie pensiju fondi: ir; Dzīvības apdrošināšana (ar līdzekļu uzkrāšanu): nav'
			},
			{ section: 'other', text: 'Kriptoaktīva nosaukums: Testa monēta; Daudzums: 3' }
		]);
		expect(warnings).toEqual([
			"declaration-renumbered.html, section 16: unknown section title; 1 row(s) kept as 'other'"
		]);
	});
});

describe('vidDeclarationHtml.detect', () => {
	it.each([
		['declaration-renumbered.html', true],
		['declarations.json', false],
		['interests-delna.csv', false]
	])('%s → %s', (name, expected) => {
		const file = sourceFile(name, readFileSync(fixture(name), 'utf8'));
		expect(vidDeclarationHtml.detect(file)).toBe(expected);
	});

	it('refuses other HTML tables', () =>
		expect(
			vidDeclarationHtml.detect(sourceFile('knab.html', '<h2>Ziedojumi</h2><table></table>'))
		).toBe(false));

	it('rejects a page with no name', () => {
		const page = '<table><tr><td>Deklarācijas veids:</td><td>Cita</td></tr></table><h2>x</h2>';
		expect(vidDeclarationHtml.read(sourceFile('x.html', page), { dataset: 'test' })).toEqual({
			records: [],
			rejected: [{ line: 1, reason: 'x.html: no name of the official' }],
			warnings: [],
			rowsRead: 0
		});
	});
});

describeRealData('vidDeclarationHtml', () => {
	const path = realPath('lv-vid-declaration-pages', 'slesers-2024.html');
	// The declarant's name as the page's line 94 prints it, `GIVEN&nbsp;SURNAME`, with a plain
	// space: read from the page, not written here (the sample names a real person).
	const declarantOnPage = () =>
		readFileSync(path, 'utf8').split('\n')[93]!.trim().replace('&nbsp;', ' ');
	const { record, records, rejected, warnings, rowsRead, file } = declaration(path);

	it('reads the 2024 page whole', () => {
		expect(vidDeclarationHtml.detect(file)).toBe(true);
		expect([rowsRead, records.length, rejected, warnings]).toEqual([27, 1, [], []]);
		expect(record).toMatchObject({
			person: { name: declarantOnPage(), institution: 'Latvijas Republikas Saeima' },
			year: 2024,
			kind: 'annual',
			post: 'Saeimas deputāts',
			filed: '2025-03-27',
			published: '2025-04-17'
		});
	});

	it('counts the items of every section', () => {
		const sections = ['post', 'real-estate', 'shares', 'vehicle', 'savings', 'income'] as const;
		expect(sections.map((section) => itemsOf(record, section).length)).toEqual([4, 4, 1, 1, 4, 4]);
		expect(itemsOf(record, 'loan-given')).toHaveLength(2);
		expect(itemsOf(record, 'transaction')).toHaveLength(0);
		expect(itemsOf(record, 'debt')).toHaveLength(0);
		expect(itemsOf(record, 'family')).toHaveLength(6);
		expect(record?.items).toHaveLength(27);
	});

	it('reads the AVADEL shares with count and value', () => {
		expect(itemsOf(record, 'shares')).toEqual([
			{
				section: 'shares',
				company: { name: 'Sabiedrība ar ierobežotu atbildību "AVADEL"', regNo: '40003555683' },
				type: 'Kapitāla daļas',
				count: 1000,
				value: { cents: 1000000, currency: 'EUR' }
			}
		]);
	});

	it('reads cash and bank savings from the two tables of section 6', () => {
		expect(itemsOf(record, 'savings').map((item) => [item.type, item.amount.cents])).toEqual([
			['cash', 9000000],
			['bank', 11194083],
			['bank', 1164337],
			['bank', 4594545]
		]);
	});

	it('splits the Saeima salary payer', () => {
		expect(itemsOf(record, 'income')[0]).toEqual({
			section: 'income',
			payer: { name: 'Latvijas Republikas Saeima', regNo: '90000028300' },
			type: 'Alga',
			amount: { cents: 7635123, currency: 'EUR' }
		});
	});

	it('reads posts with their organisations’ reg. numbers', () => {
		expect(itemsOf(record, 'post')[1]).toEqual({
			section: 'post',
			title: 'Valdes loceklis',
			organisation: { name: 'LATVIJA PIRMAJĀ VIETĀ', regNo: '40008310156' }
		});
	});

	it('names family members by relation (counted, not copied)', () => {
		const relations = itemsOf(record, 'family').map((item) => item.relation);
		expect(relations.sort()).toEqual(['Dēls', 'Dēls', 'Dēls', 'Laulātais', 'Māsa', 'Māte']);
	});

	it('refuses the other real samples', () => {
		for (const other of [
			realPath('lv-vid-declaration-pages', 'data.json'),
			realPath('lv-vid-declarations-interests-delna-iw', 'interests_and_assets.csv')
		]) {
			expect(vidDeclarationHtml.detect(readSource(other))).toBe(false);
		}
	});
});
