import { describe, expect, it } from 'vitest';
import {
	birthDateFromFragment,
	daysInMonth,
	readPersonalCode
} from '../../../src/model/personal-code';

describe('readPersonalCode', () => {
	it.each([
		['150385-*****', { kind: 'personal', masked: '150385-*****', fragment: '150385' }],
		['150385*****', { kind: 'personal', masked: '150385-*****', fragment: '150385' }],
		[' 290200-***** ', { kind: 'personal', masked: '290200-*****', fragment: '290200' }],
		['321234-*****', { kind: 'no-birth-date', masked: '321234-*****' }],
		['DE7001019*****', { kind: 'foreign', country: 'DE', masked: 'DE7001019*****' }],
		['40003000123', { kind: 'reg-no', regNo: '40003000123' }],
		['', { kind: 'empty' }]
	])('reads %j', (raw, expected) => expect(readPersonalCode(raw)).toEqual(expected));

	it.each([
		'0311889-*****',
		'999999- *****',
		'310485-*****',
		'001085-*****',
		'ANONĪMS',
		'00000000009',
		'4360000001'
	])('reports %j as invalid, with the value in the reason', (raw) => {
		const reading = readPersonalCode(raw);
		expect(reading.kind).toBe('invalid');
		expect(reading.kind === 'invalid' && reading.reason).toContain(raw.trim());
	});
});

describe('birthDateFromFragment', () => {
	it.each([
		['150385', 2023, '1985-03-15'],
		['010105', 2024, '2005-01-01'], // 1905 would make a donor 119 years old
		['290200', 2023, '2000-02-29'],
		['290201', 2023, undefined], // no 29 February in 1901 or 2001
		['010115', 2023, undefined] // 8 or 108 years old: neither century fits, so no guess
	])('%s on a record from %i is %j', (fragment, year, expected) =>
		expect(birthDateFromFragment(fragment, year)).toBe(expected)
	);
});

describe('daysInMonth', () => {
	it('counts as Date does, leap years and odd input included', () => {
		const byDate = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
		const wrong: string[] = [];
		for (let year = 0; year <= 2400; year++)
			for (let month = -1; month <= 14; month++)
				if (daysInMonth(year, month) !== byDate(year, month)) wrong.push(`${year}-${month}`);
		expect(wrong).toEqual([]);
		expect([daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 2)]).toEqual([
			28, 29, 29
		]);
		expect(daysInMonth(2000, Number.NaN)).toBeNaN();
	});
});
