/**
 * A lane of sized dots (donations, a party's months) at the current zoom: dots closer than a tap
 * target go to rows of their own, so that they neither hide each other nor share one band.
 */
import type { Lane, Mark } from './marks';

/** The smallest distance between two dots of a row, in px: a 24 px tap target each (WCAG 2.5.8). */
export const DOT_GAP = 24;

/**
 * The lane with each mark in the first row whose last dot is at least `gap` px to its left;
 * past `maxRows`, in the row whose last dot is farthest left. Marks are taken oldest first.
 * @example spreadDots(lane, (m) => x(new Date(m.start))) // months 9 px apart → 3 rows
 */
export function spreadDots(
	lane: Lane,
	xOf: (mark: Mark) => number,
	gap = DOT_GAP,
	maxRows = 12
): Lane {
	const ends: number[] = [];
	const marks = [...lane.marks]
		.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1))
		.map((mark) => {
			const x = xOf(mark);
			let row = ends.findIndex((end) => x - end >= gap);
			if (row < 0 && ends.length < maxRows) row = ends.length;
			if (row < 0) row = ends.indexOf(Math.min(...ends));
			ends[row] = x;
			return mark.row === row ? mark : { ...mark, row };
		});
	return { ...lane, marks, rows: Math.max(1, ends.length) };
}
