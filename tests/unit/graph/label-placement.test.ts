import { describe, expect, it } from 'vitest';
import {
	labelPriority,
	placeLabels,
	shortenLabel,
	type LabelItem,
	type PlacedLabel
} from '../../../src/lib/graph/label-placement';

const item = (id: string, x: number, y: number, text: string, priority = 1): LabelItem => ({
	id,
	x,
	y,
	r: 5,
	text,
	priority
});

/** A label's box as the placement reckons it (0.62 em a character, 1.25 em a line). */
function boxOf(label: PlacedLabel) {
	const width = label.text.length * 0.62 * label.fontSize;
	const height = label.fontSize * 1.25;
	const x0 =
		label.anchor === 'middle'
			? label.x - width / 2
			: label.anchor === 'start'
				? label.x
				: label.x - width;
	const y1 = label.y + height * 0.22;
	return { x0, x1: x0 + width, y0: y1 - height, y1 };
}
const overlap = (a: PlacedLabel, b: PlacedLabel) => {
	const [p, q] = [boxOf(a), boxOf(b)];
	return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
};

describe('shortenLabel', () => {
	it.each([
		['SIA Nikdoro', 16, 'SIA Nikdoro'],
		['SIA "Kurzemes Maiznīca Plus"', 16, 'SIA "Kurzemes…'],
		['Valsts ieņēmumu dienests', 12, 'Valsts…'],
		['Aaaaaaaaaaaaaaaaaaaa', 8, 'Aaaaaaa…']
	])('shortens %j to %i characters: %j', (text, max, expected) => {
		expect(shortenLabel(text, max)).toBe(expected);
		expect(shortenLabel(text, max).length).toBeLessThanOrEqual(max);
	});
});

describe('placeLabels', () => {
	it('keeps every label of nodes far apart whole, 11 px on screen', () => {
		const placed = placeLabels(
			[item('a', 0, 0, 'Dace Semjonova', 0), item('b', 400, 0, 'SIA "Nikdoro"')],
			{ scale: 0.5 }
		);
		expect([...placed.keys()].sort()).toEqual(['a', 'b']);
		expect(placed.get('b')).toMatchObject({
			text: 'SIA "Nikdoro"',
			isShortened: false,
			fontSize: 22
		});
		expect(placed.get('b')!.y).toBeGreaterThan(5); // below the node
	});

	it('moves a label that would cover a higher one to another side', () => {
		// Two nodes 40 units apart on one row: their labels below would overlap.
		const placed = placeLabels(
			[item('a', 0, 0, 'Anna Liepa', 0), item('b', 40, 0, 'Baiba Liepa', 1)],
			{ scale: 1 }
		);
		expect(placed.size).toBe(2);
		expect(overlap(placed.get('a')!, placed.get('b')!)).toBe(false);
		expect(placed.get('a')!.anchor).toBe('middle');
	});

	it('drops or shortens lower-priority labels in a crowd, and no two drawn labels overlap', () => {
		const crowd = Array.from({ length: 60 }, (_, i) =>
			item(`n${i}`, (i % 10) * 30, Math.floor(i / 10) * 20, `Person number ${i} Bērziņš`, 10 + i)
		);
		const placed = placeLabels([item('centre', 135, -40, 'The centre', 0), ...crowd], { scale: 1 });
		expect(placed.has('centre')).toBe(true);
		expect(placed.size).toBeLessThan(61);
		const labels = [...placed.values()];
		for (let i = 0; i < labels.length; i++)
			for (let j = i + 1; j < labels.length; j++)
				expect(overlap(labels[i]!, labels[j]!)).toBe(false);
	});

	it('shows more names when zoomed in (a larger scale)', () => {
		const crowd = Array.from({ length: 30 }, (_, i) =>
			item(`n${i}`, (i % 6) * 40, Math.floor(i / 6) * 30, `Company ${i} SIA`, i)
		);
		const far = placeLabels(crowd, { scale: 0.5 });
		const near = placeLabels(crowd, { scale: 2 });
		expect(near.size).toBeGreaterThan(far.size);
	});

	it('shortens a long name that does not fit whole, and never covers another node', () => {
		const placed = placeLabels(
			[
				item('a', 0, 0, 'SIA "Kurzemes Maiznīca Plus un Partneri"', 1),
				item('left', -80, 0, 'x', 0),
				item('right', 80, 0, 'y', 0),
				item('top', 0, -20, 'z', 0)
			],
			{ scale: 1 }
		);
		// The whole name is ~240 units wide: below, it would reach both neighbours' circles.
		expect(placed.get('a')).toMatchObject({ text: 'SIA "Kurzemes…', isShortened: true });
	});

	it('is the same for the same input in any order', () => {
		const items = Array.from({ length: 20 }, (_, i) =>
			item(`n${i}`, i * 15, (i % 3) * 10, `N ${i}`, i % 4)
		);
		const a = placeLabels(items, { scale: 1 });
		const b = placeLabels([...items].reverse(), { scale: 1 });
		expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
	});
});

describe('labelPriority', () => {
	it('puts the centre first, aggregates next, then depth 1 before depth 2, most links first', () => {
		const order = [
			labelPriority(2, false, 9),
			labelPriority(1, false, 1),
			labelPriority(1, false, 5),
			labelPriority(0, false, 3),
			labelPriority(1, true, 1)
		];
		expect([...order].sort((a, b) => a - b)).toEqual([
			order[3],
			order[4],
			order[2],
			order[1],
			order[0]
		]);
	});
});

describe('placeLabels within an area', () => {
	it('puts a label on another side rather than out of the picture', () => {
		const within = { x: -60, y: -60, width: 200, height: 120 };
		const placed = placeLabels([item('edge', -50, 0, 'Left edge', 1)], { scale: 1, within });
		const label = placed.get('edge')!;
		expect(label.anchor).not.toBe('end');
		expect(boxOf(label).x0).toBeGreaterThanOrEqual(within.x);
	});
});

describe('placeLabels for the centre', () => {
	it('always names the centre in full, even when every side is taken', () => {
		const ring = Array.from({ length: 12 }, (_, i) =>
			item(`n${i}`, 12 * Math.cos(i / 2), 12 * Math.sin(i / 2), `Neighbour ${i}`, 5)
		);
		const centre = { ...item('c', 0, 0, 'Latvijas Republikas Saeima', 0), isPinned: true };
		const placed = placeLabels([centre, ...ring], {
			scale: 1,
			within: { x: -30, y: -30, width: 60, height: 60 }
		});
		expect(placed.get('c')).toMatchObject({
			text: 'Latvijas Republikas Saeima',
			isShortened: false
		});
	});
});
