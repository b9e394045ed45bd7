import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, firstRows } from '../../../src/lib/components/first-rows';

describe('firstRows', () => {
	const rows = Array.from({ length: FIRST_ROWS + 7 }, (_, i) => i);

	it('keeps the first rows of a long table until all are asked for', () => {
		expect(firstRows(rows, false)).toEqual(rows.slice(0, FIRST_ROWS));
		expect(firstRows(rows, true)).toBe(rows);
	});

	it('leaves a short table whole', () => {
		const short = rows.slice(0, 3);
		expect(firstRows(short, false)).toBe(short);
		expect(firstRows(rows, false, 100)).toBe(rows);
	});
});
