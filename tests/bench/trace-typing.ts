/**
 * npx tsx tests/bench/trace-typing.ts [--queries N] [--out FILE]
 *
 * Where a keystroke's time goes: types queries into the app installed by focus.ts (run that
 * first; its profile and site are reused, nothing is rebuilt) under a Chromium trace, then
 * sums the page's main-thread work per keystroke in three spans: input → query posted,
 * posted → answer on the page, answer → drawn; and lists the biggest kinds of work.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveFolder } from '../e2e/static-server';
import { readNamedEntities } from './bundle-names';
import { launchBench } from './chromium';
import { BOX } from './plainview';
import { buildSite, ROOT } from './prepare';
import { traced, waitSearchable, type TraceEvent } from './trace';
import { deriveQueries } from './queries';
import { percentile } from './stats';
import { typeQueries } from './typing';

const { values } = parseArgs({
	options: {
		bundles: { type: 'string', default: join(ROOT, 'test-results/bench/bundles-national') },
		queries: { type: 'string', default: '12' },
		out: { type: 'string' }
	}
});
const dir = join(ROOT, 'test-results/bench-focus');
const queries = deriveQueries(readNamedEntities(values.bundles), Number(values.queries));
// Unminified, so a trace names functions; same origin as focus.ts, so its IndexedDB.
const site = await buildSite(dir, values.bundles, { forTrace: true });
const server = await serveFolder(site, { port: 41_777 });
const { context, page } = await launchBench(join(dir, 'profile'));

try {
	await page.goto(`${server.url}#/search`);
	await page.locator(BOX).first().waitFor({ timeout: 30_000 });
	await waitSearchable(page);
	// Warm up the JIT and the worker as the bench's earlier rounds would.
	await typeQueries(page, queries.slice(0, 4), {
		prefix: 'plainview',
		box: BOX,
		isEveryKey: true,
		budgetMs: 60_000,
		answerTimeoutMs: 15_000
	});
	const { result: typed, events } = await traced(
		context,
		page,
		[
			'devtools.timeline',
			'disabled-by-default-devtools.timeline',
			'disabled-by-default-devtools.timeline.frame',
			'blink.user_timing',
			'v8.execute',
			'disabled-by-default-v8.cpu_profiler',
			'disabled-by-default-v8.cpu_profiler.hires',
			'toplevel'
		],
		() =>
			typeQueries(page, queries, {
				prefix: 'plainview',
				box: BOX,
				isEveryKey: true,
				budgetMs: 120_000,
				answerTimeoutMs: 15_000
			}),
		values.out
	);
	report(events, typed.keystrokes);
} finally {
	await context.close();
	await server.close();
}

function report(
	events: TraceEvent[],
	keys: { text: string; drawnMs?: number; answerMs?: number; computeMs?: number }[]
) {
	const main = events.find(
		(e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.ph === 'M'
	);
	const sent = events.filter((e) => e.name === 'plainview:search-sent' && e.ph !== 'e');
	const answered = events.filter((e) => e.name === 'plainview:search-answered' && e.ph !== 'e');
	const onMain = events.filter(
		(e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.dur !== undefined
	);
	const tasks = onMain.filter(
		(e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'
	);
	console.log(
		`${events.length} events, ${tasks.length} main tasks, ${sent.length} sent, ${answered.length} answered`
	);
	// The main thread's busy time by kind of work in the 40 ms after each answer (which may
	// take in the next key's start: a rough guide; --out keeps the trace for a closer look).
	const names = [
		'EventDispatch',
		'FunctionCall',
		'RunMicrotasks',
		'V8.GC_SCAVENGER',
		'MinorGC',
		'MajorGC',
		'UpdateLayoutTree',
		'Layout',
		'PrePaint',
		'Paint',
		'Layerize',
		'UpdateLayer',
		'Commit',
		'FireAnimationFrame',
		'HitTest',
		'ParseHTML',
		'v8.run'
	];
	const busy = new Map<string, number[]>();
	for (const mark of answered) {
		const window = onMain.filter((e) => e.ts >= mark.ts && e.ts < mark.ts + 40_000);
		for (const name of names) {
			const total = window.filter((e) => e.name === name).reduce((s, e) => s + (e.dur ?? 0), 0);
			(busy.get(name) ?? busy.set(name, []).get(name)!).push(total / 1000);
		}
	}
	console.log('main thread in the 40 ms after each answer (p50 / p95 ms):');
	for (const [name, xs] of busy) {
		const p50 = percentile(xs, 50) ?? 0;
		if (p50 < 0.05 && (percentile(xs, 95) ?? 0) < 0.2) continue;
		console.log(`  ${name.padEnd(20)} ${p50.toFixed(2)} / ${(percentile(xs, 95) ?? 0).toFixed(2)}`);
	}
	const drawn = keys.flatMap((k) => (k.drawnMs === undefined ? [] : [k.drawnMs]));
	console.log(
		`key → drawn p50 ${percentile(drawn, 50)?.toFixed(1)} p95 ${percentile(drawn, 95)?.toFixed(1)} (${drawn.length} keys)`
	);
}
