/**
 * npx tsx tests/bench/start-tasks.ts [--site DIR] [--bundles DIR] [--runs N] [--cpu] [--trace FILE] [--q TEXT]
 *
 * The long main-thread tasks while the app starts, with the probes of `npm run bench`:
 * each run opens an empty Chromium profile on `#/search?q=…` (the first-install path), waits
 * until the search answers (or `--window` ms), then reloads once for a warm start. `--site`
 * is a built app (default: dist/, from `npm run build`); `--bundles` is served as its data/.
 * `--cpu` records a light trace of each load (first and warm) and prints, for every task of the page's
 * main thread over 50 ms, its wall time and the CPU time the thread got in it: on a busy
 * machine a task can be long while the thread waits for a core. `--trace` writes a full
 * Chromium trace (with a CPU profile) of the first run's first load; open it in DevTools.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { serveFolder } from '../e2e/static-server';
import { readNamedEntities } from './bundle-names';
import { launchBench } from './chromium';
import { ROOT } from './prepare';
import { readProbes, waitForEntry } from './probes';
import { uniquePerson } from './queries';

const { values } = parseArgs({
	options: {
		site: { type: 'string', default: join(ROOT, 'dist') },
		bundles: { type: 'string' },
		runs: { type: 'string', default: '3' },
		trace: { type: 'string' },
		cpu: { type: 'boolean', default: false },
		q: { type: 'string' },
		window: { type: 'string', default: '20000' }
	}
});
const bundles = values.bundles ?? join(values.site, 'data');
const q = values.q ?? uniquePerson(readNamedEntities(bundles)).name;
const server = await serveFolder(values.site, { dataDir: values.bundles });
const url = `${server.url}#/search?${new URLSearchParams({ q })}`;

const LIGHT_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline';
const FULL_CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-devtools.timeline.frame',
	'v8.execute',
	'v8',
	'blink',
	'loading',
	'disabled-by-default-v8.cpu_profiler'
].join(',');

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	tdur?: number;
	args?: { name?: string; data?: { url?: string } };
}

interface TraceTask {
	wall: number;
	cpu: number;
}

/** Wall and thread (CPU) time of every main-thread task in the app's renderer. */
function traceTasks(events: TraceEvent[]): TraceTask[] {
	const app = events.find((e) => e.args?.data?.url?.includes('/assets/index-'));
	const main = events.find(
		(e) => e.ph === 'M' && e.pid === app?.pid && e.args?.name === 'CrRendererMain'
	);
	return events
		.filter((e) => e.pid === main?.pid && e.tid === main.tid && e.name === 'RunTask')
		.map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 }));
}

const wallCpu = (t: TraceTask) => `${t.wall.toFixed(0)}/${t.cpu.toFixed(0)}`;

const fmt = (tasks: { start: number; duration: number }[]) =>
	tasks.map((t) => `${t.duration.toFixed(0)}@${(t.start / 1000).toFixed(2)}s`).join(' ') || '—';

async function loadOnce(page: Page, load: () => Promise<unknown>) {
	await load();
	const found = await waitForEntry(page, {
		name: 'plainview:search-answered',
		key: 'text',
		value: q,
		since: 0,
		timeoutMs: Number(values.window)
	});
	const probes = await readProbes(page);
	const until = found?.drawnAt ?? Infinity;
	const tasks = probes.longTasks.filter((t) => t.start < until);
	const longest = Math.max(0, ...tasks.map((t) => t.duration));
	return { searchable: found?.drawnAt, tasks, longest };
}

/**
 * Runs `load` under a trace (light: tasks only; full: with a CPU profile, written to
 * --trace) and prints the main thread's tasks over 50 ms with the CPU each got.
 */
async function traced<T>(
	cdp: CDPSession,
	mode: 'none' | 'light' | 'full',
	load: () => Promise<T>
): Promise<{ load: T; tasks?: { byCpu: TraceTask[] } }> {
	if (mode === 'none') return { load: await load() };
	const traceEvents: TraceEvent[] = [];
	const collect = (e: { value: unknown[] }) =>
		traceEvents.push(...(e.value as unknown as TraceEvent[]));
	cdp.on('Tracing.dataCollected', collect);
	await cdp.send('Tracing.start', {
		categories: mode === 'full' ? FULL_CATEGORIES : LIGHT_CATEGORIES,
		transferMode: 'ReportEvents'
	});
	const result = await load();
	const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.end');
	await done;
	cdp.off('Tracing.dataCollected', collect);
	if (mode === 'full') writeFileSync(values.trace!, JSON.stringify({ traceEvents }));
	const tasks = traceTasks(traceEvents);
	const byCpu = [...tasks].sort((a, b) => b.cpu - a.cpu).slice(0, 3);
	const long = tasks.filter((t) => t.wall > 50).map(wallCpu);
	console.log(
		`  trace: tasks over 50 ms (wall/CPU ms) ${long.join(' ') || '—'}; most CPU ${byCpu.map(wallCpu).join(' ')}`
	);
	return { load: result, tasks: { byCpu } };
}

const firsts: number[] = [];
const firstCpus: number[] = [];
const warms: number[] = [];
const warmCpus: number[] = [];
try {
	for (let run = 0; run < Number(values.runs); run++) {
		const profileDir = mkdtempSync(join(tmpdir(), 'plainview-start-'));
		const { context, page } = await launchBench(profileDir);
		try {
			page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
			const cdp = await context.newCDPSession(page);
			const isFull = run === 0 && values.trace !== undefined;
			const first = await traced(cdp, isFull ? 'full' : values.cpu ? 'light' : 'none', () =>
				loadOnce(page, () => page.goto(url))
			);
			if (first.tasks) firstCpus.push(first.tasks.byCpu[0]?.cpu ?? 0);
			const warmLoad = await traced(cdp, values.cpu ? 'light' : 'none', () =>
				loadOnce(page, () => page.reload())
			);
			const warm = warmLoad.load;
			if (warmLoad.tasks) warmCpus.push(warmLoad.tasks.byCpu[0]?.cpu ?? 0);
			firsts.push(first.load.longest);
			warms.push(warm.longest);
			console.log(
				`run ${run + 1}: first install longest ${first.load.longest.toFixed(0)} ms (searchable ${first.load.searchable?.toFixed(0) ?? '—'} ms; long tasks ${fmt(first.load.tasks)}); warm longest ${warm.longest.toFixed(0)} ms (searchable ${warm.searchable?.toFixed(0) ?? '—'} ms; ${fmt(warm.tasks)})`
			);
		} finally {
			await context.close().catch(() => undefined);
			rmSync(profileDir, { recursive: true, force: true });
		}
	}
} finally {
	await server.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const cpu =
	firstCpus.length > 0
		? `; most CPU in one task: first install ${median(firstCpus).toFixed(0)} ms, warm ${median(warmCpus).toFixed(0)} ms`
		: '';
console.log(
	`median longest task: first install ${median(firsts).toFixed(0)} ms, warm ${median(warms).toFixed(0)} ms (${firsts.length} runs)${cpu}`
);
