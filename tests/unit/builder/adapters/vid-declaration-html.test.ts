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

/**
 * A declaration page read with plain patterns, apart from the adapter: the header table's
 * cells by label, and each numbered section's tables as rows of cell texts. Tests on the real
 * page take what they expect from here at run time, so none of its values is written here.
 */
function pageOf(html: string) {
	const text = (cell: string) =>
		cell
			.replace(/<[^>]+>/g, ' ')
			.replace(/&nbsp;/g, ' ')
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&')
			.replace(/\s+/g, ' ')
			.trim();
	const rowsIn = (chunk: string) =>
		[...chunk.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
			.map(([, row]) => [...row!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, c]) => text(c!)))
			.filter((cells) => cells.length > 0);
	const [head = '', ...parts] = html.split('<h2>');
	const header = new Map(rowsIn(head).map(([label = '', value = '']) => [label, value]));
	const sections = parts.map((part) => {
		const [title = '', body = ''] = part.split('</h2>');
		return { title: text(title), tables: body.split('<table').slice(1).map(rowsIn) };
	});
	/** The tables of the section numbered `n`. */
	const section = (n: number) => {
		const found = sections.find((s) => s.title.startsWith(`${n}. `));
		if (!found) throw new Error(`no section ${n}`);
		return found.tables;
	};
	return { header, section };
}

/** `12345.67` → 1234567. */
function centsOf(cell: string): number {
	const match = /^(\d+)\.(\d\d)$/.exec(cell);
	if (!match) throw new Error(`not an amount: ${cell}`);
	return Number(match[1]) * 100 + Number(match[2]);
}

/** `01.02.2030` → 2030-02-01. */
const isoDay = (cell: string | undefined) => cell?.replace(/^(\d\d)\.(\d\d)\.(\d{4})$/, '$3-$2-$1');
/** The reg. no. that opens a "reg. no. and address" cell. */
const regNoIn = (cell: string | undefined) => /^\d{11}\b/.exec(cell ?? '')?.[0];

describeRealData('vidDeclarationHtml', () => {
	const path = realPath('lv-vid-declaration-pages', 'slesers-2024.html');
	// The declarant's name as the page's line 94 prints it, `GIVEN&nbsp;SURNAME`, with a plain
	// space: read from the page, not written here (the sample names a real person).
	const declarantOnPage = () =>
		readFileSync(path, 'utf8').split('\n')[93]!.trim().replace('&nbsp;', ' ');
	const page = pageOf(readFileSync(path, 'utf8'));
	const { record, records, rejected, warnings, rowsRead, file } = declaration(path);

	it('reads the 2024 page whole, with the dates its header prints', () => {
		expect(vidDeclarationHtml.detect(file)).toBe(true);
		expect([rowsRead, records.length, rejected, warnings]).toEqual([27, 1, [], []]);
		const filed = isoDay(page.header.get('Iesniegta VID:'));
		const published = isoDay(page.header.get('Publicēta:'));
		expect([filed, published]).toEqual([
			expect.stringMatching(/^2025-\d\d-\d\d$/),
			expect.stringMatching(/^2025-\d\d-\d\d$/)
		]);
		expect(record).toMatchObject({
			person: { name: declarantOnPage(), institution: 'Latvijas Republikas Saeima' },
			year: 2024,
			kind: 'annual',
			post: 'Saeimas deputāts',
			filed,
			published
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

	it('reads the shares with their company, count and value', () => {
		const [table = []] = page.section(4);
		expect(table.length).toBeGreaterThan(0);
		expect(itemsOf(record, 'shares')).toEqual(
			table.map(([name, regAndAddress, type, count, value, currency]) => ({
				section: 'shares',
				company: { name, regNo: regNoIn(regAndAddress) },
				type,
				count: Number(count),
				value: { cents: centsOf(value!), currency }
			}))
		);
	});

	it('reads cash and bank savings from the two tables of section 6', () => {
		const [cash = [], bank = []] = page.section(6);
		expect(cash.length * bank.length).toBeGreaterThan(0);
		expect(itemsOf(record, 'savings').map((item) => [item.type, item.amount.cents])).toEqual([
			...cash.map(([amount]) => ['cash', centsOf(amount!)]),
			...bank.map(([amount]) => ['bank', centsOf(amount!)])
		]);
	});

	it('splits the Saeima salary payer', () => {
		// `Name, reg. no., address` in one cell, then the type, the amount and the currency.
		const [payer = '', type, amount = '', currency] = page.section(7)[0]![0]!;
		const [name, regNo] = payer.split(', ');
		expect(name).toBe('Latvijas Republikas Saeima');
		expect(itemsOf(record, 'income')[0]).toEqual({
			section: 'income',
			payer: { name, regNo },
			type,
			amount: { cents: centsOf(amount), currency }
		});
	});

	it('reads posts with their organisations’ reg. numbers', () => {
		const [title, organisation, regAndAddress] = page.section(2)[0]![1]!;
		expect(regNoIn(regAndAddress)).toMatch(/^\d{11}$/);
		expect(itemsOf(record, 'post')[1]).toEqual({
			section: 'post',
			title,
			organisation: { name: organisation, regNo: regNoIn(regAndAddress) }
		});
	});

	it('names family members by relation (counted, not copied)', () => {
		const relations = itemsOf(record, 'family').map((item) => item.relation);
		const [table = []] = page.section(14);
		expect(relations).toHaveLength(6);
		expect(relations.sort()).toEqual(table.map(([, relation]) => relation).sort());
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
