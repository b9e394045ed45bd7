/**
 * Where the network's names go: each node's label beside it (below, above, right or left), in
 * full or shortened, or left out, so that no two labels overlap and none covers another node.
 * Labels are placed by priority (the centre, aggregates, then the nearest and best-connected
 * nodes) at a fixed size on screen: zooming in makes room, and more names appear. Pure.
 */

export interface LabelItem {
	id: string;
	x: number;
	y: number;
	/** The node's radius, in graph units. */
	r: number;
	text: string;
	/** Lower is placed first. */
	priority: number;
	isBold?: boolean;
	/** Always labelled, in full (the centre): below the node if no side is free. */
	isPinned?: boolean;
}

export interface PlacedLabel {
	id: string;
	/** The text drawn: the whole name, or its start and an ellipsis. */
	text: string;
	isShortened: boolean;
	/** Where the text is anchored (SVG `text-anchor`), its baseline, in graph units. */
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	/** Font size in graph units: `px / scale`. */
	fontSize: number;
}

export interface LabelOptions {
	/** Screen pixels per graph unit (the fitted view times the zoom). */
	scale: number;
	/** Font size on screen, px: 11 for labels, 13 (bold) for the centre. */
	fontPx?: number;
	boldPx?: number;
	/** Shortened labels keep this many characters (with the ellipsis). */
	shortChars?: number;
	/** The area shown, in graph units: a label that would stick out of it is placed elsewhere. */
	within?: { x: number; y: number; width: number; height: number };
}

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Average advance of a character in a sans-serif face, in ems: wide enough for capitals. */
const CHAR_EM = 0.62;
const GAP_PX = 2;

/** The first `max - 1` characters and an ellipsis, at a word end when one is near. */
export function shortenLabel(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${space >= max / 2 ? cut.slice(0, space) : cut.trimEnd()}…`;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Boxes in a uniform grid, so a crowded graph is not checked pair by pair. */
class BoxGrid {
	readonly #cells = new Map<string, Box[]>();
	constructor(readonly cell: number) {}
	#keys(box: Box): string[] {
		const keys: string[] = [];
		for (let i = Math.floor(box.x0 / this.cell); i <= Math.floor(box.x1 / this.cell); i++)
			for (let j = Math.floor(box.y0 / this.cell); j <= Math.floor(box.y1 / this.cell); j++)
				keys.push(`${i},${j}`);
		return keys;
	}
	add(box: Box): void {
		for (const key of this.#keys(box)) this.#cells.set(key, [...(this.#cells.get(key) ?? []), box]);
	}
	hits(box: Box, except?: Box): boolean {
		return this.#keys(box).some((key) =>
			(this.#cells.get(key) ?? []).some((other) => other !== except && overlaps(box, other))
		);
	}
}

/**
 * Labels for as many nodes as fit, by priority.
 * @example placeLabels(items, { scale: 0.6 }) // 11 px text is 18.3 graph units tall
 */
export function placeLabels(
	items: readonly LabelItem[],
	options: LabelOptions
): Map<string, PlacedLabel> {
	const scale = options.scale > 0 ? options.scale : 1;
	const { fontPx = 11, boldPx = 13, shortChars = 16, within } = options;
	const isInside = (box: Box) =>
		!within ||
		(box.x0 >= within.x &&
			box.y0 >= within.y &&
			box.x1 <= within.x + within.width &&
			box.y1 <= within.y + within.height);
	const gap = GAP_PX / scale;
	const grid = new BoxGrid((fontPx * 12) / scale);
	const circles = new Map<string, Box>();
	for (const item of items) {
		const circle = {
			x0: item.x - item.r,
			y0: item.y - item.r,
			x1: item.x + item.r,
			y1: item.y + item.r
		};
		circles.set(item.id, circle);
		grid.add(circle);
	}
	const order = [...items].sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : 1));
	const placed = new Map<string, PlacedLabel>();
	for (const item of order) {
		const fontSize = (item.isBold ? boldPx : fontPx) / scale;
		const height = fontSize * 1.25;
		const short = shortenLabel(item.text, shortChars);
		const texts = short === item.text || item.isPinned ? [item.text] : [item.text, short];
		const own = circles.get(item.id);
		found: for (const text of texts) {
			const width = text.length * CHAR_EM * fontSize;
			const below = item.y + item.r + gap;
			const above = item.y - item.r - gap - height;
			const middle = item.y - height / 2;
			const candidates: [Box, PlacedLabel['anchor'], number][] = [
				[
					{ x0: item.x - width / 2, y0: below, x1: item.x + width / 2, y1: below + height },
					'middle',
					item.x
				],
				[
					{ x0: item.x - width / 2, y0: above, x1: item.x + width / 2, y1: above + height },
					'middle',
					item.x
				],
				[
					{
						x0: item.x + item.r + gap,
						y0: middle,
						x1: item.x + item.r + gap + width,
						y1: middle + height
					},
					'start',
					item.x + item.r + gap
				],
				[
					{
						x0: item.x - item.r - gap - width,
						y0: middle,
						x1: item.x - item.r - gap,
						y1: middle + height
					},
					'end',
					item.x - item.r - gap
				]
			];
			for (const [box, anchor, x] of candidates) {
				if (!isInside(box) || grid.hits(box, own)) continue;
				grid.add(box);
				// The baseline sits a fifth of the line above the box's bottom (the descenders' room).
				const y = box.y1 - height * 0.22;
				placed.set(item.id, {
					id: item.id,
					text,
					isShortened: text !== item.text,
					x,
					y,
					anchor,
					fontSize
				});
				break found;
			}
		}
		if (item.isPinned && !placed.has(item.id)) {
			const width = item.text.length * CHAR_EM * fontSize;
			const y0 = item.y + item.r + gap;
			grid.add({ x0: item.x - width / 2, y0, x1: item.x + width / 2, y1: y0 + height });
			const y = y0 + height * 0.78;
			placed.set(item.id, {
				id: item.id,
				text: item.text,
				isShortened: false,
				x: item.x,
				y,
				anchor: 'middle',
				fontSize
			});
		}
	}
	return placed;
}

/** A node's place in the queue: the centre, aggregates, then by depth and most links first. */
export function labelPriority(depth: number, isAggregate: boolean, degree: number): number {
	if (depth === 0) return 0;
	return (isAggregate ? 1 : 1 + depth) * 1e6 - Math.min(degree, 1e6 - 1);
}

/**
 * The zoom rounded down to a quarter power of two: labels are placed again only when it passes
 * one, and text sized for it is never smaller on screen than asked (at most 19 % larger).
 */
export function zoomStep(k: number): number {
	return k > 0 ? 2 ** (Math.floor(Math.log2(k) * 4) / 4) : 1;
}
