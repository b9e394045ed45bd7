/** The lines under the table: where the time went, the slowest cases, and the run's conditions. */
import type { NamedEntity } from './bundle-names';
import type { CpuShare } from './cpu';
import type { JsSizes } from './js-size';
import type { NaiveResult } from './naive';
import type { AppResult } from './plainview';
import { formatValue } from './table';
import type { StartTiming } from './timing';

const s = (ms: number | undefined) => formatValue(ms === undefined ? undefined : ms / 1000, 's');
const ms = (value: number | undefined) => formatValue(value, 'ms');
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function describeRun(
	app: AppResult,
	naive: NaiveResult | undefined,
	js: JsSizes,
	byId: ReadonlyMap<string, NamedEntity>
): string[] {
	const lines: string[] = [];
	lines.push('Plainview, first install:');
	if (app.download) {
		const d = app.download;
		lines.push(
			`  bundle files: ${d.files} (${(d.bytes / 1e6).toFixed(0)} MB) fetched from ${s(d.firstRequestMs)} to ${s(d.lastResponseMs)}`
		);
	}
	lines.push(...describeStart(app.install));
	app.warm.forEach((run, i) =>
		lines.push(`Plainview, warm start ${i + 1}:`, ...describeStart(run))
	);
	const slowKeys = [...app.typing]
		.sort((a, b) => (b.drawnMs ?? 0) - (a.drawnMs ?? 0))
		.slice(0, 5)
		.map((k) => `"${k.text}" ${ms(k.drawnMs)} (compute ${ms(k.computeMs)})`);
	lines.push(`slowest keys: ${slowKeys.join(', ')}`);
	const missed = app.typing.filter((k) => k.drawnMs === undefined).length;
	if (missed > 0) lines.push(`keys with no answer within the timeout: ${missed}`);
	const slowProfiles = [...app.profiles]
		.sort((a, b) => (b.drawnMs ?? 0) - (a.drawnMs ?? 0))
		.slice(0, 5)
		.map(
			(p) =>
				`${p.kind} ${byId.get(p.id)?.name ?? p.id}: data ${ms(p.dataMs)}, drawn ${ms(p.drawnMs)}`
		);
	lines.push(`slowest profiles: ${slowProfiles.join('; ')}`);
	if (app.heap) {
		const mb = (bytes: number | undefined) =>
			bytes === undefined ? 'not reported' : `${(bytes / 1e6).toFixed(1)} MB`;
		const workers = app.heap.workers.map(
			(w) => `${w.url.split('/').pop()} ${mb(w.usedBytes)} (+ buffers ${mb(w.buffersBytes)})`
		);
		lines.push(
			`JS heap: page ${mb(app.heap.pageBytes)} before GC, ${mb(app.heap.pageAfterGcBytes)} after (+ buffers ${mb(app.heap.pageBuffersBytes)}); workers: ${workers.join(', ') || 'none alive'}`
		);
	}
	lines.push(
		`initial JS: ${js.initial.map((f) => `${f.file} ${kib(f.gzipBytes)}`).join(', ')}; css: ${js.css.map((f) => `${f.file} ${kib(f.gzipBytes)}`).join(', ')}`
	);
	lines.push(
		`workers (loaded later): ${js.workers.map((f) => `${f.file} ${kib(f.gzipBytes)}`).join(', ')}`
	);
	if (app.error) lines.push(`Plainview run error: ${app.error}`);
	if (app.problems.length > 0)
		lines.push(`Plainview page problems: ${app.problems.slice(0, 5).join(' | ')}`);
	if (naive) {
		lines.push(
			`naive, install (${naive.rowsStored} rows stored):`,
			...describeStart(naive.install)
		);
		naive.warm.forEach((run, i) =>
			lines.push(`naive, warm start ${i + 1}:`, ...describeStart(run))
		);
		const slow = [...naive.profiles].sort((a, b) => (b.dataMs ?? 0) - (a.dataMs ?? 0))[0];
		if (slow)
			lines.push(
				`naive slowest profile: ${slow.kind} ${slow.id}, ${slow.rows ?? '?'} rows in ${ms(slow.dataMs)}`
			);
		if (naive.error) lines.push(`naive run error: ${naive.error}`);
		if (naive.problems.length > 0)
			lines.push(`naive page problems: ${naive.problems.slice(0, 5).join(' | ')}`);
	}
	return lines;
}

function describeStart(timing: StartTiming): string[] {
	return [
		`  data ready ${s(timing.dataReadyMs)}, index ready ${s(timing.indexReadyMs)} (index built in ${s(timing.indexBuildMs)}), results drawn ${s(timing.searchableMs)}`,
		`  long tasks on the main thread: ${timing.longTasks}, ${ms(timing.longTaskTotalMs)} in all, longest ${ms(timing.longestTaskMs)}${timing.longestTaskAt === undefined ? '' : ` at ${s(timing.longestTaskAt)}`}`,
		`  CPU by process/thread: ${describeCpu(timing.cpu)}`
	];
}

function describeCpu(shares: readonly CpuShare[]): string {
	if (shares.length === 0) return 'not available';
	const total = shares.reduce((sum, share) => sum + share.seconds, 0);
	const top = shares.slice(0, 6).map((share) => `${share.group} ${share.seconds.toFixed(1)} s`);
	return `${total.toFixed(1)} s in all: ${top.join(', ')}`;
}
