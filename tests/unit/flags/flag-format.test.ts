import { describe, expect, it } from 'vitest';
import { formatFigure, headlineKeys } from '../../../src/lib/flags/flag-format';

describe('flag figures', () => {
	it('reads cents as EUR, years as years and the rest as counts, in each language', () => {
		expect(formatFigure('totalCents', 310_000, 'en')).toBe('EUR 3,100.00');
		expect(formatFigure('refundCents', -2_500, 'en')).toBe('EUR -25.00');
		expect(formatFigure('incomeYear', 2022, 'en')).toBe('2022');
		expect(formatFigure('percent', 30, 'en')).toBe('30 %');
		expect(formatFigure('rows', 12345, 'en')).toBe('12,345');
		expect(formatFigure('totalCents', 310_000, 'lv')).toMatch(/^3\s100,00 EUR$/);
	});

	it('picks each kind’s headline figures, only those present', () => {
		expect(
			headlineKeys({ kind: 'major-donor', figures: { totalCents: 1, thresholdCents: 2 } })
		).toEqual(['totalCents', 'thresholdCents']);
		expect(headlineKeys({ kind: 'refunds', figures: {} })).toEqual([]);
	});

	it('leaves a part of the refunds headline out when nothing of it was returned', () => {
		const refunds = (donationRefundCents: number, feeRefundCents: number) =>
			headlineKeys({ kind: 'refunds', figures: { donationRefundCents, feeRefundCents } });
		expect(refunds(-67_500, 0)).toEqual(['donationRefundCents']);
		expect(refunds(0, -1_000)).toEqual(['feeRefundCents']);
		expect(refunds(-1, -1)).toEqual(['donationRefundCents', 'feeRefundCents']);
		expect(refunds(0, 0)).toEqual(['donationRefundCents', 'feeRefundCents']);
	});
});
