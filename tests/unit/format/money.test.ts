import { describe, expect, it } from 'vitest';
import {
	formatCents,
	formatMoney,
	formatMoneyList,
	sumByCurrency
} from '../../../src/lib/format/money';

describe('formatMoney', () => {
	it.each([
		[{ cents: 141736, currency: 'EUR' }, 'lv', '1 417,36 EUR'],
		[{ cents: 141736, currency: 'EUR' }, 'en', 'EUR 1,417.36'],
		[{ cents: 5, currency: 'EUR' }, 'lv', '0,05 EUR'],
		[{ cents: 0, currency: 'EUR' }, 'en', 'EUR 0.00'],
		[{ cents: -3000, currency: 'EUR' }, 'lv', '-30,00 EUR'],
		[{ cents: -3000, currency: 'EUR' }, 'en', 'EUR -30.00'],
		[{ cents: 123456789012, currency: 'EUR' }, 'lv', '1 234 567 890,12 EUR'],
		[{ cents: 70280, currency: 'LVL' }, 'lv', '702,80 LVL'],
		[{ cents: 70280, currency: 'LVL' }, 'en', 'LVL 702.80']
	] as const)('formats %j in %s as %j', (money, locale, expected) => {
		expect(formatMoney(money, locale)).toBe(expected);
	});

	it('never goes through a float: the largest safe amount keeps every digit', () => {
		expect(formatCents(Number.MAX_SAFE_INTEGER, 'en')).toBe('90,071,992,547,409.91');
	});
});

describe('sumByCurrency', () => {
	it('adds exactly where floats would drift', () => {
		const tenCents = Array.from({ length: 10 }, () => ({ cents: 10, currency: 'EUR' }));
		expect(sumByCurrency(tenCents)).toEqual([{ cents: 100, currency: 'EUR' }]);
	});

	it('keeps currencies apart, LVL stays LVL, and skips absent amounts', () => {
		const totals = sumByCurrency([
			{ cents: 100, currency: 'EUR' },
			undefined,
			{ cents: 500, currency: 'LVL' },
			{ cents: -40, currency: 'EUR' }
		]);
		expect(totals).toEqual([
			{ cents: 60, currency: 'EUR' },
			{ cents: 500, currency: 'LVL' }
		]);
		expect(formatMoneyList(totals, 'lv')).toBe('0,60 EUR + 5,00 LVL');
	});
});
