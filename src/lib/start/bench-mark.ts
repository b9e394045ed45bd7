/**
 * User Timing entries for `npm run bench` (tests/bench reads them by name). Each call clears
 * the previous entry of its name, so entries never pile up. jsdom has neither function.
 */

/** A mark at this moment. */
export function markForBench(name: string, detail: unknown): void {
	if (typeof performance.mark !== 'function') return;
	performance.clearMarks(name);
	performance.mark(name, { detail });
}

/** A measure from `start` (a performance.now() time) to this moment. */
export function measureForBench(name: string, start: number, detail: unknown): void {
	if (typeof performance.measure !== 'function') return;
	performance.clearMeasures(name);
	performance.measure(name, { start, detail });
}
