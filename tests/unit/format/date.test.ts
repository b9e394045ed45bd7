import { describe, expect, it } from 'vitest';
import { formatPartialDate, yearOfDate, yearsBetween } from '../../../src/lib/format/date';

describe('formatPartialDate', () => {
	it.each([
		['2024', 'lv', '2024'],
		['2024', 'en', '2024'],
		['2024-03', 'lv', '2024. gada marts'],
		['2024-03', 'en', 'March 2024'],
		['2024-03-05', 'lv', '2024. gada 5. marts'],
		['2024-03-05', 'en', '5 March 2024'],
		['2024-12-31', 'en', '31 December 2024']
	] as const)('formats %j in %s as %j', (date, locale, expected) => {
		expect(formatPartialDate(date, locale)).toBe(expected);
	});

	it.each(['05.03.2024', '2024-13', 'soon', ''])('shows %j as published', (date) => {
		expect(formatPartialDate(date, 'en')).toBe(date);
	});
});

describe('years of dates', () => {
	it('reads the year of any partial date', () => {
		expect(yearOfDate('2019-10-01')).toBe(2019);
		expect(yearOfDate(undefined)).toBeUndefined();
		expect(yearOfDate('n/a')).toBeUndefined();
	});

	it.each([
		['2019-10', '2021', [2019, 2020, 2021]],
		['2020', undefined, [2020]],
		[undefined, '2022-01-01', [2022]],
		[undefined, undefined, []],
		['2023', '2021', []]
	] as const)('spans %j to %j as %j', (start, end, years) => {
		expect(yearsBetween(start, end)).toEqual(years);
	});
});
