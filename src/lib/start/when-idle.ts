/**
 * Resolves once the page is idle (its first frames drawn and nothing queued), or after
 * `timeoutMs` at the latest: for work that must not compete with the page's first draw.
 * Where the browser has no idle callbacks (jsdom), at once.
 */
export function whenIdle(timeoutMs: number): Promise<void> {
	if (typeof requestIdleCallback !== 'function') return Promise.resolve();
	return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: timeoutMs }));
}
