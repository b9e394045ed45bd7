import { describe, expect, it } from 'vitest';
import { blockTotal, financeYears } from '../../../../src/views/party/party-finances';
import { sampleFinances } from '../../../fixtures/party-finances';

describe('financeYears', () => {
	const { lines, reports } = sampleFinances();
	const years = financeYears(lines, reports);
	const block = (year: number, statement: string, dataset: string) =>
		years
			.find((y) => y.year === year)!
			.blocks.find((b) => b.statement === statement && b.dataset === dataset)!;

	it('gives the years newest first, each statement per source, in statement order', () => {
		expect(years.map((y) => y.year)).toEqual([2022, 2021]);
		expect(years[1]!.blocks.map((b) => `${b.statement} ${b.dataset}`)).toEqual([
			'income report',
			'expense a4',
			'expense report',
			'assets report'
		]);
		expect(years[1]!.reports.map((r) => r.year)).toEqual([2021]);
	});

	it('keeps the lines in the order of their records, numbers compared as numbers', () => {
		expect(block(2021, 'expense', 'a4').lines.map((l) => l.source.record)).toEqual([
			'a4.csv:2',
			'a4.csv:3'
		]);
		expect(block(2021, 'income', 'report').lines.map((l) => l.source.record)).toEqual([
			'report.html#income-expense:1',
			'report.html#income-expense:2',
			'report.html#income-expense:10'
		]);
	});

	it('sums the lines where the source states no total, and only the lines of that source', () => {
		expect(block(2021, 'expense', 'a4').sum).toEqual([{ cents: 147650, currency: 'EUR' }]);
		expect(blockTotal(block(2021, 'expense', 'a4'))).toEqual([{ cents: 147650, currency: 'EUR' }]);
		expect(block(2022, 'expense', 'a4').sum).toEqual([{ cents: 5000, currency: 'EUR' }]);
	});

	it('takes the stated total where the report states one, never a sum of its own', () => {
		const income = block(2021, 'income', 'report');
		expect(income.sum).toBeUndefined();
		expect(blockTotal(income)).toEqual([{ cents: 650050, currency: 'EUR' }]);
	});

	it('gives nothing for a party with no finances', () => {
		expect(financeYears()).toEqual([]);
	});
});
