import { describe, expect, it } from 'vitest';
import { dayRange, includesDay, saeimaTerm, termCovering } from '../../../src/model/saeima-terms';

describe('Saeima terms', () => {
	it('holds the 13th and 14th Saeima with the dates of their first sittings', () => {
		expect(saeimaTerm(13)).toEqual({ number: 13, start: '2018-11-06', end: '2022-11-01' });
		expect(saeimaTerm(14)?.start).toBe('2022-11-01');
	});

	it.each([
		['2024', ['2024-01-01', '2024-12-31']],
		['2024-02', ['2024-02-01', '2024-02-29']],
		['2023-11-05', ['2023-11-05', '2023-11-05']]
	])('reads %s as the days %j', (date, range) => expect(dayRange(date)).toEqual(range));

	it.each([
		['2019', '2020', 13],
		['2024', undefined, 14],
		['2022', '2022', undefined],
		['2017', '2019', undefined]
	])('finds the term holding %s–%s: %s', (start, end, number) =>
		expect(termCovering(start, end)?.number).toBe(number)
	);

	it('says whether a period includes a day, and cannot say for no dates', () => {
		expect(includesDay('2018-11-06', '2022-11-01', '2026-12-06')).toBe(false);
		expect(includesDay('2022-11-01', undefined, '2026-12-06')).toBe(true);
		expect(includesDay('2026', '2026', '2026-12-06')).toBe(true);
		expect(includesDay(undefined, undefined, '2026-12-06')).toBeUndefined();
	});
});
