import { describe, expect, it } from 'vitest';
import {
	compareSections,
	yearFigures,
	yearsOf,
	type LineSource
} from '../../../../src/views/explore/finance-figures';
import type { FactGroup } from '../../../../src/model/bundle-format';
import type { DonationSummary, PartyFinanceLine } from '../../../../src/model/types';
import { financeLine, sampleFinances } from '../../../fixtures/party-finances';

const byYear = (rows: Partial<DonationSummary['byYear'][number]>[]): DonationSummary => ({
	byYear: rows.map((row) => ({
		year: 2021,
		kind: 'money',
		currency: 'EUR',
		count: 0,
		cents: 0,
		refunds: 0,
		refundCents: 0,
		...row
	})),
	donors: 0,
	feePayers: 0,
	anonymous: { count: 0, cents: 0, refunds: 0, refundCents: 0 },
	topDonors: [],
	topFeePayers: [],
	officialDonors: [],
	refunds: [],
	relationsNotListed: 0,
	feeRelationsNotListed: 0
});

function group(lines: PartyFinanceLine[], summary?: DonationSummary): FactGroup {
	return {
		entity: 'o-40008000011',
		declarations: [],
		donations: [],
		taxTotals: [],
		relations: [],
		refs: [],
		partyFinances: lines,
		...(summary && { donationSummary: summary })
	};
}

const sourceOf = (line: PartyFinanceLine): LineSource =>
	line.source.dataset === 'a4' ? 'a4' : 'report';

describe('yearFigures', () => {
	const summary = byYear([
		{ kind: 'money', count: 3, cents: 30000, refunds: 1, refundCents: -500 },
		{ kind: 'goods-services', count: 1, cents: 2000 },
		{ kind: 'membership-fee', count: 10, cents: 1200 },
		{ kind: 'entry-fee', count: 2, cents: 300 },
		{ kind: 'money', year: 2020, count: 1, cents: 99 }
	]);
	const figures = yearFigures(group(sampleFinances().lines, summary), 2021, sourceOf);

	it('takes donations and fees apart from the summary, gifts apart from refunds', () => {
		expect(figures.donations?.amounts).toEqual([{ cents: 32000, currency: 'EUR' }]);
		expect(figures.donationRefunds?.amounts).toEqual([{ cents: -500, currency: 'EUR' }]);
		expect(figures.fees?.amounts).toEqual([{ cents: 1500, currency: 'EUR' }]);
		expect(figures.feeRefunds).toBeUndefined();
	});

	it('cites the record of each report figure, and sums a4 lines citing every row', () => {
		expect(figures.stateFunding).toEqual({
			amounts: [{ cents: 500000, currency: 'EUR' }],
			sources: [{ dataset: 'report', record: 'report.html#income-expense:2' }]
		});
		expect(figures.incomeStated?.amounts).toEqual([{ cents: 650050, currency: 'EUR' }]);
		expect(figures.expenseStated?.amounts).toEqual([{ cents: 400000, currency: 'EUR' }]);
		expect(figures.a4Sum).toEqual({
			amounts: [{ cents: 147650, currency: 'EUR' }],
			sources: [
				{ dataset: 'a4', record: 'a4.csv:2' },
				{ dataset: 'a4', record: 'a4.csv:3' }
			]
		});
		expect([...figures.lines.a4.keys()]).toEqual(['Citi izdevumi', 'Reklāmas pakalpojumi']);
		expect([...figures.lines.income.keys()]).toEqual([
			'I. Biedru nauda un iestāšanās nauda.',
			'V. Valsts budžeta finansējums.'
		]);
	});

	it('gives one cell to a kind a4 lists twice in a year, the sum citing both rows', () => {
		const twice = yearFigures(
			group([
				financeLine('expense', 'Materiālu izdevumi', 100, { record: 'a4.csv:7' }),
				financeLine('expense', 'Materiālu izdevumi', 250, { record: 'a4.csv:8' })
			]),
			2021,
			sourceOf
		);
		expect(twice.lines.a4.get('Materiālu izdevumi')).toEqual({
			amounts: [{ cents: 350, currency: 'EUR' }],
			sources: [
				{ dataset: 'a4', record: 'a4.csv:7' },
				{ dataset: 'a4', record: 'a4.csv:8' }
			]
		});
	});

	it('lists the years with any figure, newest first', () => {
		expect(yearsOf(group(sampleFinances().lines, summary))).toEqual([2022, 2021, 2020]);
	});
});

describe('compareSections', () => {
	it('gives a column per party and a row per item, leaving out rows no party has', () => {
		const a = yearFigures(group(sampleFinances().lines), 2021, sourceOf);
		const b = yearFigures(
			group([financeLine('expense', 'Bankas pakalpojumi', 5400, { record: 'a4.csv:40' })]),
			2021,
			sourceOf
		);
		const sections = compareSections([a, b]);
		expect(sections.map((s) => s.id)).toEqual(['income', 'expense', 'a4']);
		const a4 = sections.find((s) => s.id === 'a4')!;
		expect(a4.rows.map((r) => r.item ?? r.figure)).toEqual([
			'Citi izdevumi',
			'Reklāmas pakalpojumi',
			'Bankas pakalpojumi',
			'a4Sum'
		]);
		const bank = a4.rows.find((r) => r.item === 'Bankas pakalpojumi')!;
		expect(bank.cells.map((c) => c?.amounts[0]?.cents)).toEqual([undefined, 5400]);
		expect(a4.rows.at(-1)).toMatchObject({ isTotal: true });
	});
});
