import { describe, expect, it } from 'vitest';
import { donorKey } from '../../../../src/builder/flags/major-donor';
import { eur, flagsOf } from '../../../fixtures/flags';
import { donation, organisation, person } from '../../../fixtures/records';

const anna = (code?: string) => person('Anna Kalniņa', code ? { maskedCode: code } : {});
const gift = (code: string | undefined, euros: number, extra = {}) =>
	donation(anna(code), 'Partija A', {
		donorCode: code,
		amount: eur(euros),
		isRefund: euros < 0,
		...extra
	});

describe('major donor: five minimum wages of the year', () => {
	it('flags a donor whose money and fees across parties reach EUR 3,100 in 2023, keeping them apart', () => {
		const [flag, ...rest] = flagsOf(
			[
				gift('280466-*****', 1500),
				gift('280466-*****', 600, { kind: 'membership-fee', party: organisation('Partija B') }),
				gift('280466-*****', 1000, { date: '2023-12-31' })
			],
			'major-donor'
		);
		expect(rest).toEqual([]);
		expect(flag).toMatchObject({
			entity: '280466-*****',
			year: 2023,
			confidence: 'confirmed',
			figures: {
				totalCents: 310_000,
				thresholdCents: 310_000,
				minimumWageCents: 62_000,
				donationCents: 250_000,
				feeCents: 60_000,
				refundCents: 0,
				rows: 3,
				parties: 2
			}
		});
		expect(flag!.sources).toHaveLength(3);
		expect(flag!.related).toHaveLength(2);
	});

	it('does not flag EUR 3,099.99, nor a sum a refund brings under the mark', () => {
		expect(flagsOf([gift('280466-*****', 3099.99)], 'major-donor')).toEqual([]);
		const refunded = [gift('280466-*****', 3100), gift('280466-*****', -100)];
		expect(flagsOf(refunded, 'major-donor')).toEqual([]);
	});

	it('sums calendar years apart, with each year’s wage', () => {
		const flags = flagsOf(
			[gift('280466-*****', 2500, { date: '2022-06-01' }), gift('280466-*****', 2500)],
			'major-donor'
		);
		expect(flags.map((f) => [f.year, f.figures.thresholdCents])).toEqual([[2022, 250_000]]);
	});

	it('never gives a namesake born on another date the flag, nor sums the two', () => {
		const flags = flagsOf(
			[gift('280466-*****', 2000), gift('280466-*****', 1100), gift('230985-*****', 2000)],
			'major-donor'
		);
		expect(flags.map((f) => f.entity)).toEqual(['280466-*****']);
		expect(
			flagsOf([gift('280466-*****', 2000), gift('230985-*****', 2000)], 'major-donor')
		).toEqual([]);
	});

	it('never sums rows without a usable code, but flags one such row that reaches the mark alone', () => {
		expect(flagsOf([gift(undefined, 2000), gift(undefined, 2000)], 'major-donor')).toEqual([]);
		expect(flagsOf([gift('280466-*****', 2000), gift(undefined, 2000)], 'major-donor')).toEqual([]);
		expect(
			flagsOf([gift('2804667-*****', 2000), gift('2804667-*****', 2000)], 'major-donor')
		).toEqual([]);
		const alone = flagsOf([gift(undefined, 3200)], 'major-donor');
		expect(alone.map((f) => f.figures.rows)).toEqual([1]);
	});

	it('counts neither gifts of goods nor organisations nor years without a wage', () => {
		expect(
			flagsOf([gift('280466-*****', 4000, { kind: 'goods-services' })], 'major-donor')
		).toEqual([]);
		const company = organisation('SIA Dāvana', { regNo: '40003003091' });
		expect(
			flagsOf(
				[donation(company, 'Partija A', { donorCode: '40003003091', amount: eur(9000) })],
				'major-donor'
			)
		).toEqual([]);
		expect(flagsOf([gift('280466-*****', 9000, { date: '2017-05-01' })], 'major-donor')).toEqual(
			[]
		);
	});

	it('sums the rows of one donor whose name and code are written differently', () => {
		const flags = flagsOf(
			[gift('280466-*****', 1550), gift('280466*****', 1550, { donorName: 'ANNA KALNIŅA' })],
			'major-donor'
		);
		expect(flags.map((f) => [f.figures.rows, f.figures.totalCents])).toEqual([[2, 310_000]]);
	});

	it('keys a donor by folded name and birth-date fragment only', () => {
		expect(donorKey({ donorName: 'ANNA KALNIŅA', donorCode: '280466*****' })).toBe(
			donorKey({ donorName: 'Anna  Kalnina', donorCode: '280466-*****' })
		);
		expect(donorKey({ donorName: 'Anna Kalniņa', donorCode: '' })).toBeUndefined();
		expect(donorKey({ donorName: 'Anna Kalniņa', donorCode: '320000-*****' })).toBeUndefined();
	});
});
