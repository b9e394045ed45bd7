/**
 * Resolves once the page is idle (its first frames drawn and nothing queued), or after
 * `timeoutMs` at the latest: for work that must not compete with the page's first draw.
 * Where the browser has no idle callbacks (jsdom), at once.
 */
/**
 * Settles when `promise` does, fulfilled or not, or after `ms`, whichever is first; at once
 * when there is none. For work that waits for another's end, but not for ever.
 */
export function settledWithin(promise: Promise<unknown> | undefined, ms: number): Promise<void> {
	if (!promise) return Promise.resolve();
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, ms);
		const done = () => {
			clearTimeout(timer);
			resolve();
		};
		promise.then(done, done);
	});
}

export function whenIdle(timeoutMs: number): Promise<void> {
	if (typeof requestIdleCallback !== 'function') return Promise.resolve();
	return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: timeoutMs }));
}
