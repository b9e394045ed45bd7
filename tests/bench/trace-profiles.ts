/**
 * npx tsx tests/bench/trace-profiles.ts [--dir NAME] [--bundles DIR] [--profiles N] [--out FILE]
 *
 * Where a profile's data time goes: opens the profiles focus.ts opens, in the app focus.ts
 * installed under test-results/NAME (run that first; its Chromium profile is reused, the
 * site is built again unminified), once to warm up and once under a Chromium trace. For
 * each of the slowest `plainview:profile-data` measures it lists, from the measure's start,
 * the page's main-thread tasks and GC and the IndexedDB work in every process, so a slow
 * open shows whether it waited on the main thread, on IndexedDB, or on neither.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveFolder } from '../e2e/static-server';
import { readNamedEntities } from './bundle-names';
import { launchBench } from './chromium';
import { openProfiles } from './plainview';
import { buildSite, ROOT } from './prepare';
import { traced, waitSearchable, type TraceEvent } from './trace';
import { pickProfiles } from './queries';
import { percentile } from './stats';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'bench-focus' },
		bundles: { type: 'string', default: join(ROOT, 'test-results/bench/bundles-national') },
		profiles: { type: 'string', default: '50' },
		show: { type: 'string', default: '5' },
		out: { type: 'string' }
	}
});
const dir = join(ROOT, 'test-results', values.dir);
const entities = readNamedEntities(values.bundles);
const perKind = Math.round(Number(values.profiles) / 5);
const picked = pickProfiles(entities, { person: perKind * 3, party: perKind, company: perKind });
// Unminified, so a trace names functions; same origin as focus.ts, so its IndexedDB.
const site = await buildSite(dir, values.bundles, { forTrace: true });
const server = await serveFolder(site, { port: 41_777 });
const { context, page } = await launchBench(join(dir, 'profile'));

try {
	await page.goto(`${server.url}#/search`);
	await waitSearchable(page);
	await openProfiles(page, picked);
	const { result: opened, events } = await traced(
		context,
		page,
		[
			'devtools.timeline',
			'disabled-by-default-devtools.timeline',
			'blink.user_timing',
			'v8.execute',
			'v8',
			'IndexedDB',
			'toplevel'
		],
		() => openProfiles(page, picked),
		values.out
	);
	report(events, opened);
} finally {
	await context.close();
	await server.close();
}

function report(events: TraceEvent[], opened: { id: string; dataMs?: number }[]) {
	const threads = new Map<string, string>();
	for (const e of events) {
		if (e.name === 'thread_name' && e.ph === 'M')
			threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
	}
	const main = [...threads].find(([, name]) => name === 'CrRendererMain')?.[0];
	const starts = events
		.filter((e) => e.name === 'plainview:profile-data' && (e.ph === 'b' || e.ph === 'X'))
		.sort((a, b) => a.ts - b.ts);
	const data = opened.flatMap((p) => (p.dataMs === undefined ? [] : [p.dataMs]));
	console.log(
		`${events.length} events; ${starts.length} profile-data measures for ${opened.length} opens; data p50 ${percentile(data, 50)?.toFixed(1)} p95 ${percentile(data, 95)?.toFixed(1)} ms`
	);
	if (starts.length !== opened.length) return;
	const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
	const isTask = (e: TraceEvent) =>
		e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';
	const isGc = (e: TraceEvent) => /GC|Scavenge|MarkCompact/i.test(e.name);
	// Per open: time in main-thread tasks and in GC inside the measure.
	const rows = opened.map((p, i) => {
		const from = starts[i]!.ts;
		const to = from + (p.dataMs ?? 0) * 1000;
		const inside = complete.filter((e) => e.ts < to && e.ts + e.dur! > from);
		const onMain = inside.filter((e) => `${e.pid}:${e.tid}` === main);
		const busy = onMain.filter(isTask).reduce((s, e) => s + overlap(e, from, to), 0) / 1000;
		const gc = onMain.filter(isGc).reduce((s, e) => s + overlap(e, from, to), 0) / 1000;
		return { ...p, from, to, inside, busy, gc };
	});
	const busy = rows.map((r) => r.busy);
	console.log(
		`main thread busy inside a measure: p50 ${percentile(busy, 50)?.toFixed(1)} p95 ${percentile(busy, 95)?.toFixed(1)} ms; GC p95 ${percentile(
			rows.map((r) => r.gc),
			95
		)?.toFixed(1)} ms`
	);
	const slowest = [...rows].sort((a, b) => (b.dataMs ?? 0) - (a.dataMs ?? 0));
	for (const row of slowest.slice(0, Number(values.show))) {
		console.log(
			`\n${row.id}: data ${row.dataMs?.toFixed(1)} ms, main busy ${row.busy.toFixed(1)} ms, GC ${row.gc.toFixed(1)} ms`
		);
		const shown = row.inside
			.filter((e) => {
				const thread = threads.get(`${e.pid}:${e.tid}`) ?? '';
				if (`${e.pid}:${e.tid}` === main) return (isTask(e) && e.dur! > 300) || isGc(e);
				return e.cat.includes('IndexedDB') || /IndexedDB|IDB/.test(thread);
			})
			.sort((a, b) => a.ts - b.ts);
		for (const e of shown.slice(0, 40)) {
			const thread =
				`${e.pid}:${e.tid}` === main ? 'main' : (threads.get(`${e.pid}:${e.tid}`) ?? e.tid);
			const inner = `${e.pid}:${e.tid}` === main && isTask(e) ? ` ${topChildren(e)}` : '';
			console.log(
				`  +${((e.ts - row.from) / 1000).toFixed(1).padStart(5)} ${(e.dur! / 1000).toFixed(2).padStart(6)} ms  ${String(thread).slice(0, 24).padEnd(24)} ${e.name}${inner}`
			);
		}
	}

	function topChildren(task: TraceEvent): string {
		const end = task.ts + task.dur!;
		const kids = complete.filter(
			(e) => e.pid === task.pid && e.tid === task.tid && e !== task && e.ts >= task.ts && e.ts < end
		);
		const byName = new Map<string, number>();
		for (const e of kids) {
			if (isTask(e) || e.dur! < 100) continue;
			byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur!);
		}
		return [...byName]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 3)
			.map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`)
			.join(', ');
	}
}

function overlap(e: TraceEvent, from: number, to: number): number {
	return Math.max(0, Math.min(to, e.ts + e.dur!) - Math.max(from, e.ts));
}
