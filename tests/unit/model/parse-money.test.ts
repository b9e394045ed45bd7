import { describe, expect, it } from 'vitest';
import {
	centsToDecimal,
	parseDecimalCents,
	parseMoney,
	sumMoney
} from '../../../src/model/parse-money';

describe('parseMoney', () => {
	it.each([
		['EUR 5.00', {}, 500, 'EUR'],
		['EUR -30.00', {}, -3000, 'EUR'],
		['EUR 0.01', {}, 1, 'EUR'],
		['  1,417.36 € ', {}, 141736, 'EUR'],
		[' € 999.00 ', {}, 99900, 'EUR'],
		['LVL 1500.50', {}, 150050, 'LVL'],
		['3630.00 EUR', {}, 363000, 'EUR'],
		['2\u00a0622,5', { decimal: ',', currency: 'EUR', scale: 3 }, 262250000, 'EUR'],
		['2 622', { decimal: ',', currency: 'EUR', scale: 3 }, 262200000, 'EUR'],
		['0,001', { decimal: ',', currency: 'EUR', scale: 3 }, 100, 'EUR'],
		['43700.00', { currency: 'LVL' }, 4370000, 'LVL']
	] as const)('reads %j', (raw, options, cents, currency) =>
		expect(parseMoney(raw, options)).toEqual({ cents, currency })
	);

	it.each([
		['5.00', 'no currency'],
		['EUR five', 'not an amount'],
		['EUR 1,417', 'ambiguous decimal mark'],
		['EUR 1.005', 'ambiguous decimal mark'],
		['EUR 0.005', 'finer than a cent'],
		['EUR 1..2', 'not an amount']
	])('refuses %j (%s)', (raw, reason) => expect(() => parseMoney(raw)).toThrow(reason));
});

describe('exact sums', () => {
	it('adds 0.1 + 0.2 as 0.30, not 0.30000000000000004', () => {
		const amounts = ['EUR 0.10', 'EUR 0.20'].map((raw) => parseMoney(raw));
		expect(centsToDecimal(sumMoney(amounts, 'EUR').cents)).toBe('0.30');
	});

	it('keeps currencies apart', () => {
		const amounts = [parseMoney('EUR 10.00'), parseMoney('LVL 10.00')];
		expect(sumMoney(amounts, 'EUR')).toEqual({ cents: 1000, currency: 'EUR' });
	});

	it.each([
		[0, '0.00'],
		[-3000, '-30.00'],
		[5, '0.05'],
		[141736, '1417.36']
	])('writes %i cents as %j', (cents, text) => expect(centsToDecimal(cents)).toBe(text));

	it('parses a plain decimal with an explicit mark', () => {
		expect(parseDecimalCents('1,417', '.')).toBe(141700);
		expect(parseDecimalCents('1,10', ',')).toBe(110);
		expect(() => parseDecimalCents('1,417', ',')).toThrow('finer than a cent');
	});
});
