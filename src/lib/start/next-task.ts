/**
 * Ends the current main-thread task and resumes in a new one, so the browser can draw and
 * answer input in between. The start of the app is a chain of such steps (src/main.ts):
 * one long task would block the page (npm run bench, "longest main-thread task").
 */
interface YieldingScheduler {
	yield?: () => Promise<void>;
}

export function nextTask(): Promise<void> {
	// scheduler.yield resumes ahead of other queued work; elsewhere a zero timeout does.
	const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
