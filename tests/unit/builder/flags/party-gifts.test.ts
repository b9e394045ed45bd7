import { describe, expect, it } from 'vitest';
import { eur, flagsOf } from '../../../fixtures/flags';
import { donation, person } from '../../../fixtures/records';

describe('anonymous gifts and refunds per party and year', () => {
	it('flags a party’s anonymous gifts of a year, with what was returned of them', () => {
		const flags = flagsOf(
			[
				donation(null, 'Partija A', { amount: eur(25) }),
				donation(null, 'Partija A', { amount: eur(-25), isRefund: true }),
				donation(null, 'Partija A', { amount: eur(40), date: '2022-01-05' })
			],
			'anonymous-gifts'
		);
		expect(flags.map((f) => [f.year, f.figures])).toEqual([
			[2022, { giftCents: 4000, gifts: 1, refundCents: 0, refunds: 0, rows: 1 }],
			[2023, { giftCents: 2500, gifts: 1, refundCents: -2500, refunds: 1, rows: 2 }]
		]);
		expect(flags.every((f) => f.confidence === 'confirmed' && f.party === f.entity)).toBe(true);
	});

	it('does not flag a party with named donors only', () => {
		expect(flagsOf([donation(person('Anna Kalniņa'), 'Partija A')], 'anonymous-gifts')).toEqual([]);
	});

	it('flags refunds, donations and fees returned apart, and no year without one', () => {
		const anna = person('Anna Kalniņa', { maskedCode: '190471-*****' });
		const flags = flagsOf(
			[
				donation(anna, 'Partija A', { amount: eur(-300), isRefund: true }),
				donation(anna, 'Partija A', { amount: eur(-5), isRefund: true, kind: 'membership-fee' }),
				donation(anna, 'Partija A', { amount: eur(300), date: '2022-03-01' })
			],
			'refunds'
		);
		expect(flags.map((f) => [f.year, f.figures])).toEqual([
			[
				2023,
				{
					donationRefundCents: -30000,
					donationRefunds: 1,
					feeRefundCents: -500,
					feeRefunds: 1,
					rows: 2
				}
			]
		]);
		expect(flags[0]!.sources).toHaveLength(2);
	});
});
