/**
 * A Chromium trace around one piece of work, for the trace-*.ts scripts: the events as
 * CDP reports them, and the wait until the app is searchable that each starts with.
 */
import { writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

export interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: Record<string, unknown> };
}

/** Until the app has marked itself searchable (its index built). */
export async function waitSearchable(page: Page): Promise<void> {
	await page.waitForFunction(
		() =>
			(window as unknown as { __bench: { entries: { name: string }[] } }).__bench.entries.some(
				(e) => e.name === 'plainview:searchable'
			),
		undefined,
		{ timeout: 120_000 }
	);
}

/** Runs `work` under a trace of `categories`; writes the trace to `out` when given. */
export async function traced<T>(
	context: BrowserContext,
	page: Page,
	categories: readonly string[],
	work: () => Promise<T>,
	out?: string
): Promise<{ result: T; events: TraceEvent[] }> {
	const cdp = await context.newCDPSession(page);
	const events: TraceEvent[] = [];
	cdp.on('Tracing.dataCollected', ({ value }) =>
		events.push(...(value as unknown as TraceEvent[]))
	);
	const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
	await cdp.send('Tracing.start', {
		categories: categories.join(','),
		transferMode: 'ReportEvents'
	});
	const result = await work();
	await cdp.send('Tracing.end');
	await done;
	if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }));
	return { result, events };
}
