/** Positions for one path drawn as a row of nodes. Pure. */
export const ROW_WIDTH = 640;
export const ROW_HEIGHT = 96;
const MARGIN = 60;
const MAX_LABEL = 22;

/** x of each of `count` nodes, evenly spread over the row. */
export function rowPositions(count: number): number[] {
	if (count <= 1) return [ROW_WIDTH / 2];
	const step = (ROW_WIDTH - 2 * MARGIN) / (count - 1);
	return Array.from({ length: count }, (_, i) => MARGIN + i * step);
}

/** A label short enough for the drawing; the full name stays in the list and the tooltip. */
export function shortLabel(name: string, max = MAX_LABEL): string {
	const chars = [...name];
	return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`;
}
