import { describe, expect, it, vi } from 'vitest';
import { ScrollMemory, type ScrollWindow } from '../../../src/lib/router/scroll-memory';

/** A window stand-in that counts reads of scrollY (each forces a layout in a browser). */
function fakeWindow() {
	const listeners = new Map<string, (() => void)[]>();
	let y = 0;
	let state: unknown = null;
	const win = {
		reads: 0,
		history: {
			scrollRestoration: 'auto',
			get state() {
				return state;
			},
			replaceState: (next: unknown) => (state = next)
		},
		get scrollY() {
			win.reads++;
			return y;
		},
		scrollTo: vi.fn((_x: number, top: number) => {
			y = top;
			win.emit('scroll');
		}),
		addEventListener: (type: string, listener: () => void) =>
			listeners.set(type, [...(listeners.get(type) ?? []), listener]),
		removeEventListener: () => {},
		requestAnimationFrame: () => 0,
		cancelAnimationFrame: () => {},
		document: { documentElement: { style: {}, scrollHeight: 2000 } },
		/** The reader scrolls to `top`. */
		scroll(top: number) {
			y = top;
			win.emit('scroll');
		},
		/** A link followed: a new history entry (no state yet), then hashchange. */
		navigate() {
			state = null;
			win.emit('hashchange');
		},
		emit: (type: string) => listeners.get(type)?.forEach((listener) => listener())
	};
	return win;
}

describe('ScrollMemory', () => {
	it('starts a new page at its top without reading the scroll position as the page is drawn', () => {
		const win = fakeWindow();
		const memory = new ScrollMemory(win as unknown as ScrollWindow);
		const readsAtStart = win.reads;
		win.navigate();
		memory.pageShown();
		expect(win.scrollTo).not.toHaveBeenCalled();
		win.scroll(400);
		win.navigate();
		memory.pageShown();
		expect(win.scrollTo).toHaveBeenCalledWith(0, 0);
		// Only the scroll events read it, as the browser fires them after its own layout.
		expect(win.reads - readsAtStart).toBe(2);
	});
});
