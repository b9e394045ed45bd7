import { describe, expect, it } from 'vitest';
import { everyMonth, nextMonth } from '../../../../src/views/explore/months';

const bar = (key: string, cents = 100) => ({
	key,
	label: key,
	count: 1,
	cents,
	refunds: 0,
	refundCents: 0,
	otherCurrency: 0
});

describe('the months axis', () => {
	it('steps a month, over a year end', () => {
		expect(nextMonth('2021-09')).toBe('2021-10');
		expect(nextMonth('2021-12')).toBe('2022-01');
	});

	it('fills the months between the first and the last with empty bars', () => {
		const months = everyMonth([bar('2021-11', 5), bar('2022-02', 7)]);
		expect(months.map((m) => [m.key, m.cents])).toEqual([
			['2021-11', 5],
			['2021-12', 0],
			['2022-01', 0],
			['2022-02', 7]
		]);
	});

	it("reaches a chosen period's ends even where no row falls", () => {
		expect(everyMonth([bar('2022-03')], ['2022-01']).map((m) => m.key)).toEqual([
			'2022-01',
			'2022-02',
			'2022-03'
		]);
		expect(everyMonth([])).toEqual([]);
	});

	it('stops at the cap', () => {
		expect(everyMonth([bar('1900-01'), bar('2100-01')], [], 24)).toHaveLength(24);
	});
});
