// whenIdle: the page's idle callback, with the caller's longest wait; at once without one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../src/lib/start/when-idle';

describe('whenIdle', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('resolves at once where the browser has no idle callbacks', async () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		await expect(whenIdle(1000)).resolves.toBeUndefined();
	});

	it('resolves when the page is idle, asking for it within the timeout given', async () => {
		let idle: (() => void) | undefined;
		const asked = vi.fn((callback: () => void, options?: { timeout?: number }) => {
			idle = callback;
			return options?.timeout ?? 0;
		});
		vi.stubGlobal('requestIdleCallback', asked);
		let isDone = false;
		const waiting = whenIdle(1500).then(() => (isDone = true));
		await Promise.resolve();
		expect(isDone).toBe(false);
		expect(asked).toHaveBeenCalledWith(expect.any(Function), { timeout: 1500 });
		idle?.();
		await waiting;
		expect(isDone).toBe(true);
	});
});
