// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clearOfReal, pairHash } from '../../../src/demo/real-clash';

describe('clearOfReal', () => {
	const listed = (...pairs: [string, string][]) =>
		new Set(pairs.map(([fragment, day]) => pairHash(fragment, day)));

	it('keeps a day no listed pair holds', () => {
		expect(clearOfReal(['010190'], '2022-03-15', listed(['010190', '2022-03-16']))).toBe(
			'2022-03-15'
		);
	});

	it('moves a listed day to the next free one, and only for that fragment', () => {
		const set = listed(['010190', '2022-03-15'], ['010190', '2022-03-16']);
		expect(clearOfReal(['010190'], '2022-03-15', set)).toBe('2022-03-14');
		expect(clearOfReal(['020290'], '2022-03-15', set)).toBe('2022-03-15');
		expect(clearOfReal(['010190'], '2022-03-16', set)).toBe('2022-03-17');
	});

	it('stays within the month at its end', () => {
		expect(clearOfReal(['010190'], '2024-02-29', listed(['010190', '2024-02-29']))).toBe(
			'2024-02-28'
		);
		expect(clearOfReal(['010190'], '2022-12-01', listed(['010190', '2022-12-01']))).toBe(
			'2022-12-02'
		);
	});

	it('says so when every day of the month is listed', () => {
		const days = Array.from({ length: 28 }, (_, i): [string, string] => [
			'010190',
			`2023-02-${String(i + 1).padStart(2, '0')}`
		]);
		expect(() => clearOfReal(['010190'], '2023-02-10', listed(...days))).toThrow(/2023-02/);
	});
});
