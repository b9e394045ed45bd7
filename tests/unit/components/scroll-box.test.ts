import { describe, expect, it } from 'vitest';
import { moreSides } from '../../../src/lib/components/scroll-box';

describe('moreSides', () => {
	it.each([
		[{ scrollLeft: 0, scrollWidth: 300, clientWidth: 300 }, undefined],
		[{ scrollLeft: 0, scrollWidth: 800, clientWidth: 358 }, 'right'],
		[{ scrollLeft: 200, scrollWidth: 800, clientWidth: 358 }, 'both'],
		[{ scrollLeft: 442, scrollWidth: 800, clientWidth: 358 }, 'left'],
		// Subpixel widths: half a pixel short of the end is the end.
		[{ scrollLeft: 441.5, scrollWidth: 800, clientWidth: 358 }, 'left']
	])('says %j has more on the %s', (box, expected) => expect(moreSides(box)).toBe(expected));
});
