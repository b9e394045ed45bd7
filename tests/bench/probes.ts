/**
 * What the bench watches inside a page. `installProbes` runs before any page script
 * (addInitScript) and records, against the page's own clock (0 = navigation start):
 * long tasks on the main thread, the app's `plainview:*` (or the naive page's `naive:*`)
 * User Timing marks and measures with the end of the first frame after each, and every
 * input event.
 */
import type { Page } from 'playwright-core';

export interface ProbeEntry {
	name: string;
	/** performance.now() at the mark (a measure's start). */
	at: number;
	/** A measure's length; 0 for a mark. */
	duration: number;
	detail: Record<string, unknown>;
	/** When the first frame after the entry was done: the DOM change it reports is drawn. */
	drawnAt?: number;
}

export interface ProbeLog {
	longTasks: { start: number; duration: number }[];
	entries: ProbeEntry[];
	inputs: { at: number; value: string }[];
}

interface ProbeWindow {
	__bench: ProbeLog & { waiters: (() => void)[] };
}

/** Runs in the page, serialized by Playwright: it must not close over anything. */
export function installProbes(): void {
	const log: ProbeWindow['__bench'] = { longTasks: [], entries: [], inputs: [], waiters: [] };
	(window as unknown as ProbeWindow).__bench = log;
	const wake = () => {
		const waiters = log.waiters;
		log.waiters = [];
		for (const waiter of waiters) waiter();
	};
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			log.longTasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	const record = (e: PerformanceEntry | undefined, detail: unknown) => {
		if (!e || !/^(plainview|naive):/.test(e.name)) return;
		const entry: ProbeEntry = {
			name: e.name,
			at: e.startTime,
			duration: e.entryType === 'measure' ? e.duration : 0,
			detail: (detail ?? {}) as Record<string, unknown>
		};
		log.entries.push(entry);
		// Called from inside the app's own code, before the microtasks that update the DOM:
		// the next frame shows the change, and a message posted from rAF runs once it is done.
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				entry.drawnAt = performance.now();
				channel.port1.close();
				wake();
			};
			channel.port2.postMessage(null);
		});
	};
	// Wrapped rather than observed: PerformanceObserver delivers late (a low-priority task,
	// often after the next frame), which would add a frame to every figure.
	const mark = performance.mark.bind(performance);
	const measure = performance.measure.bind(performance);
	performance.mark = (name: string, options?: PerformanceMarkOptions) => {
		const entry = mark(name, options);
		record(entry, options?.detail);
		return entry;
	};
	performance.measure = ((
		name: string,
		start?: string | PerformanceMeasureOptions,
		end?: string
	) => {
		const entry = measure(name, start, end);
		record(entry, typeof start === 'object' ? start.detail : undefined);
		return entry;
	}) as Performance['measure'];
	document.addEventListener(
		'input',
		(event) => {
			const target = event.target;
			if (target instanceof HTMLInputElement)
				log.inputs.push({ at: event.timeStamp, value: target.value });
		},
		true
	);
}

export interface WaitFor {
	name: string;
	/** The entry's detail must have this value under this key (e.g. text, id). */
	key: string;
	value: string;
	/** Only entries after this many already logged. */
	since: number;
	timeoutMs: number;
	/** Also require the detail's `ids` to include this id. */
	withId?: string;
}

/** The first matching entry once drawn, or undefined after the timeout. */
export function waitForEntry(page: Page, wait: WaitFor): Promise<ProbeEntry | undefined> {
	return page.evaluate((w) => {
		const log = (window as unknown as ProbeWindow).__bench;
		const find = () =>
			log.entries
				.slice(w.since)
				.find(
					(e) =>
						e.name === w.name &&
						e.detail[w.key] === w.value &&
						e.drawnAt !== undefined &&
						(w.withId === undefined ||
							(Array.isArray(e.detail.ids) && e.detail.ids.includes(w.withId)))
				);
		return new Promise<ProbeEntry | undefined>((resolve) => {
			const timer = setTimeout(() => resolve(undefined), w.timeoutMs);
			const check = () => {
				const found = find();
				if (found) {
					clearTimeout(timer);
					resolve(found);
				} else log.waiters.push(check);
			};
			check();
		});
	}, wait);
}

/** Until the results for `known` (a name and the id it must find) are drawn. */
export function waitForFound(
	page: Page,
	known: { name: string; id: string },
	timeoutMs: number
): Promise<ProbeEntry | undefined> {
	return waitForEntry(page, {
		name: 'plainview:search-answered',
		key: 'text',
		value: known.name,
		withId: known.id,
		since: 0,
		timeoutMs
	});
}

export function readProbes(page: Page): Promise<ProbeLog> {
	return page.evaluate(() => {
		const { longTasks, entries, inputs } = (window as unknown as ProbeWindow).__bench;
		return { longTasks, entries, inputs };
	});
}

/** How many entries are logged so far (for `since`). */
export function entryCount(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as ProbeWindow).__bench.entries.length);
}
