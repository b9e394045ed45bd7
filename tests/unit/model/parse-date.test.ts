import { describe, expect, it } from 'vitest';
import { decideDayMonthOrder, parseDate } from '../../../src/model/parse-date';

describe('decideDayMonthOrder', () => {
	it.each([
		[['12/09/2023', '31/12/2018'], 'DMY'],
		[['09/12/2023', '12/31/2018'], 'MDY'],
		[['28.03.2026', '01.02.2026'], 'DMY'],
		[['2023-09-12'], 'DMY']
	])('decides %j as %s', (values, order) => expect(decideDayMonthOrder(values).order).toBe(order));

	it('reports a file whose dates cannot tell day from month', () => {
		const decision = decideDayMonthOrder(['01/02/2023', '11/12/2023']);
		expect(decision.order).toBeUndefined();
		expect(decision.reason).toContain('--date-order');
	});

	it('reports a file whose dates contradict each other', () => {
		const decision = decideDayMonthOrder(['31/01/2023', '01/31/2023']);
		expect(decision.order).toBeUndefined();
		expect(decision.reason).toContain('disagree');
	});
});

describe('parseDate', () => {
	it.each([
		['12/09/2023', 'DMY', '2023-09-12'],
		['12/09/2023', 'MDY', '2023-12-09'],
		['28.03.2026', 'DMY', '2026-03-28'],
		['2024-02-29', 'DMY', '2024-02-29'],
		['2024-02-29T00:00:00', 'DMY', '2024-02-29']
	] as const)('reads %j (%s) as %j', (raw, order, iso) => expect(parseDate(raw, order)).toBe(iso));

	it.each(['31/02/2023', '2023-02-29', '12-2023', 'vakar'])('refuses %j', (raw) =>
		expect(() => parseDate(raw)).toThrow(raw)
	);

	it('reads a text again the same way, in either order, and refuses a bad one every time', () => {
		for (let round = 0; round < 2; round++) {
			expect(parseDate('03/04/2021', 'DMY')).toBe('2021-04-03');
			expect(parseDate('03/04/2021', 'MDY')).toBe('2021-03-04');
			expect(() => parseDate('31/04/2021', 'DMY')).toThrow('31/04/2021');
		}
	});

	it('stays right past the number of dates it remembers', () => {
		const day = (i: number) => new Date(Date.UTC(1900, 0, 1) + i * 86_400_000);
		const iso = (d: Date) => d.toISOString().slice(0, 10);
		// 60,000 distinct days: more than parseDate keeps, so its memory is cleared on the way.
		for (let i = 0; i < 60_000; i++) expect(parseDate(iso(day(i)))).toBe(iso(day(i)));
		expect(parseDate(iso(day(7)))).toBe(iso(day(7)));
	});
});
