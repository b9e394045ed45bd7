import { describe, expect, it } from 'vitest';
import { DOT_GAP, spreadDots } from '../../../src/lib/timeline/dot-rows';
import type { Lane, Mark } from '../../../src/lib/timeline/marks';

/** Month marks at the given x (px); start is the x itself, so the order is the x order. */
function lane(xs: number[]): Lane {
	const marks = xs.map((x, i): Mark => ({
		kind: 'received',
		id: `received:${i}`,
		lane: 'received',
		row: 0,
		start: x,
		end: x,
		month: '2024-01',
		totals: [],
		count: 1,
		weight: 1
	}));
	return { id: 'received', marks, rows: 1, undated: 0 };
}
const rowsOf = (spread: Lane) => spread.marks.map((m) => m.row);

describe('spreadDots', () => {
	it('keeps dots a tap target apart in one row', () => {
		const spread = spreadDots(lane([0, 30, 60, 90]), (m) => m.start);
		expect(rowsOf(spread)).toEqual([0, 0, 0, 0]);
		expect(spread.rows).toBe(1);
	});

	it('gives months 9 px apart (a party over nine years on a desktop) three rows', () => {
		const xs = Array.from({ length: 24 }, (_, i) => i * 9);
		const spread = spreadDots(lane(xs), (m) => m.start);
		expect(spread.rows).toBe(3);
		for (let row = 0; row < 3; row++) {
			const inRow = spread.marks.filter((m) => m.row === row).map((m) => m.start);
			for (let i = 1; i < inRow.length; i++)
				expect(inRow[i]! - inRow[i - 1]!).toBeGreaterThanOrEqual(DOT_GAP);
		}
	});

	it('stops at maxRows and then reuses the row that ended farthest left', () => {
		const spread = spreadDots(lane([0, 1, 2, 3]), (m) => m.start, 24, 2);
		expect(rowsOf(spread)).toEqual([0, 1, 0, 1]);
		expect(spread.rows).toBe(2);
	});

	it('takes marks oldest first whatever their order in the lane', () => {
		const reversed = lane([0, 10, 40]);
		reversed.marks.reverse();
		const spread = spreadDots(reversed, (m) => m.start);
		expect(spread.marks.map((m) => [m.start, m.row])).toEqual([
			[0, 0],
			[10, 1],
			[40, 0]
		]);
	});
});
