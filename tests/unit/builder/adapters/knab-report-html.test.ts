import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../../src/builder/adapters/index';
import { knabReportHtml } from '../../../../src/builder/adapters/knab-report-html';
import { readSource } from '../../../../src/builder/sources/read-source';
import type { PartyFinanceRecord } from '../../../../src/builder/sources/source-records';
import { runAdapter } from '../../../fixtures/adapters';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const path = resolve(import.meta.dirname, '../../../fixtures/sources/knab/report-detail.html');

function read(file: string) {
	const result = runAdapter(knabReportHtml, file);
	const records = result.records as PartyFinanceRecord[];
	const item = (text: string, statement?: string) =>
		records.find((r) => r.item === text && (!statement || r.statement === statement));
	return { ...result, records, item };
}

describe('knabReportHtml on a fictional saved annual report', () => {
	const report = read(path);

	it('is the only adapter that claims the page', () => {
		const file = readSource(path);
		expect(ADAPTERS.filter((a) => a.detect(file)).map((a) => a.format)).toEqual([
			'knab-report-html'
		]);
	});

	it('takes the party with its reg. no. and the year from the page, the link from og:url', () => {
		expect(report.item('V. Valsts budžeta finansējums.')).toEqual({
			type: 'party-finance',
			party: {
				type: 'organisation',
				kind: 'party',
				name: '"SAULES LATVIJAI"',
				regNo: '40008000011'
			},
			year: 2021,
			statement: 'income',
			item: 'V. Valsts budžeta finansējums.',
			amount: { cents: 500000, currency: 'EUR' },
			source: {
				dataset: 'test',
				record: 'report-detail.html#income-expense:3',
				url: 'http://info.knab.gov.lv/lv/db/deklaracijas/?id=01042022-00000001&type=1'
			}
		});
		expect(report.title).toBe('Politiskās partijas gada pārskats par 2021. gadu');
	});

	it('splits income from expense at the "Izdevumi" heading and marks stated totals', () => {
		expect(report.item('5. Reklāmas pakalpojumi.')).toMatchObject({
			statement: 'expense',
			heading: 'VIII. Izdevumi.',
			level: 1,
			source: { record: 'report-detail.html#income-expense:6' }
		});
		expect(report.item('IX. Nodokļi.')).not.toHaveProperty('heading');
		expect(report.item('VII. Ieņēmumi kopā.')).toMatchObject({
			statement: 'income',
			isTotal: true
		});
		expect(report.item('X. Izdevumi kopā.')).toMatchObject({ statement: 'expense', isTotal: true });
		expect(report.item('XI. Ieņēmumu un izdevumu starpība.')).toMatchObject({
			statement: 'result',
			isTotal: true
		});
		expect(report.item('IX. Nodokļi.')).not.toHaveProperty('isTotal');
	});

	it('reads the balance sheet into assets and liabilities, "Aktīvs" and "Pasīvs" as totals', () => {
		expect(report.item('Aktīvs')).toMatchObject({ statement: 'assets', isTotal: true });
		expect(report.item('IV. Nauda.')).toMatchObject({
			statement: 'assets',
			heading: 'Apgrozāmie līdzekļi',
			level: 1
		});
		expect(report.item('I. Fondi.')).toMatchObject({ statement: 'liabilities' });
	});

	it('reads the use of state funding under its own headings, and negative amounts', () => {
		expect(report.item('Valsts budžeta finansējums', 'state-funding')).toMatchObject({
			heading: 'Ieņēmumi',
			amount: { cents: 499950 }
		});
		expect(report.item('Naudas atlikums pārskata gada beigās')).not.toHaveProperty('heading');
		expect(report.item('XIX. Ārvalstu valūtu kursu svārstību rezultāts.')?.amount.cents).toBe(
			-1200
		);
	});

	it('rejects a row without an amount by its HTML source line, and reads the rest', () => {
		expect(report.rejected).toHaveLength(1);
		expect(report.rejected[0]?.reason).toMatch(/^not an amount: "€ \?\?" \(line = HTML source/);
		expect(report.records).toHaveLength(20);
		expect(new Set(report.records.map((r) => r.source.record)).size).toBe(20);
	});
});

describeRealData('knabReportHtml', () => {
	const file = realPath('lv-knab-web-snapshots/knab_declaration_detail.html');
	const html = readFileSync(file, 'utf8');
	/** The amount printed beside an item, read from the page text by this test, in cents. */
	const printed = (item: string) => {
		const escaped = item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const match = new RegExp(`<td>${escaped}</td><td>€ (-?\\d+)\\.(\\d\\d)</td>`).exec(html);
		if (!match) throw new Error(`${item} not on the page`);
		return Number(match[1]) * 100 + Math.sign(Number(match[1]) || 1) * Number(match[2]);
	};

	it('reads the stated income and expense totals exactly, and the lines add up to them', () => {
		const report = read(file);
		expect(report.rejected).toEqual([]);
		const income = report.item('VII. Ieņēmumi kopā.');
		const expense = report.item('X. Izdevumi kopā.');
		expect(income?.amount.cents).toBe(printed('VII. Ieņēmumi kopā.'));
		expect(expense?.amount.cents).toBe(printed('X. Izdevumi kopā.'));
		const sum = (statement: string) =>
			report.records
				.filter((r) => r.statement === statement && !r.isTotal)
				.reduce((total, r) => total + r.amount.cents, 0);
		expect(sum('income')).toBe(income?.amount.cents);
		expect(sum('expense')).toBe(expense?.amount.cents);
		expect(report.records[0]?.party.regNo).toMatch(/^\d{11}$/);
	});
});
