/** The box around laid-out nodes, with room for labels: the picture's viewBox and export size. */
import type { Position } from './layout';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export function boundsOf(positions: Iterable<Position>, padding = 60): Box {
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const p of positions) {
		minX = Math.min(minX, p.x);
		minY = Math.min(minY, p.y);
		maxX = Math.max(maxX, p.x);
		maxY = Math.max(maxY, p.y);
	}
	if (minX === Infinity) return { x: -200, y: -150, width: 400, height: 300 };
	const width = Math.max(400, maxX - minX + 2 * padding);
	const height = Math.max(300, maxY - minY + 2 * padding);
	const cx = (minX + maxX) / 2;
	const cy = (minY + maxY) / 2;
	return { x: cx - width / 2, y: cy - height / 2, width, height };
}
