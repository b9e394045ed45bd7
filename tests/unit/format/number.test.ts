import { describe, expect, it } from 'vitest';
import { formatBytes, formatInteger } from '../../../src/lib/format/number';
import { formatDuration } from '../../../src/lib/format/duration';

describe('formatInteger', () => {
	it.each([
		[0, 'lv', '0'],
		[999, 'en', '999'],
		[1234, 'lv', '1 234'],
		[1234567, 'en', '1,234,567'],
		[-1234, 'lv', '-1 234']
	] as const)('formats %d in %s as %j', (value, locale, expected) => {
		expect(formatInteger(value, locale)).toBe(expected);
	});
});

describe('formatBytes', () => {
	it.each([
		[512, 'en', '512 B'],
		[1500, 'lv', '1,5 kB'],
		[1_530_000, 'lv', '1,5 MB'],
		[1_530_000, 'en', '1.5 MB'],
		[2_000_000_000, 'en', '2.0 GB']
	] as const)('formats %d bytes in %s as %j', (bytes, locale, expected) => {
		expect(formatBytes(bytes, locale)).toBe(expected);
	});
});

describe('formatDuration', () => {
	it.each([
		[0, '0 s'],
		[0.2, '1 s'],
		[45, '45 s'],
		[125, '2 min 5 s'],
		[180, '3 min'],
		[4800, '1 h 20 min']
	])('formats %d seconds as %j', (seconds, expected) => {
		expect(formatDuration(seconds)).toBe(expected);
	});
});
