/**
 * The results as one table: measure | Plainview | naive | ratio | target | met?. The ratio
 * is naive ÷ Plainview, so above 1× the app is that many times smaller or faster (for the
 * share found, below 1× means the naive way finds fewer).
 */
import type { JsSizes } from './js-size';
import type { NaiveResult } from './naive';
import type { AppResult } from './plainview';
import type { HeapReport } from './memory';
import { isFound, isScored, type BenchQuery } from './queries';
import type { NamedEntity } from './bundle-names';
import { max, median, percentile, share, sum } from './stats';
import type { StartTiming } from './timing';
import type { Keystroke } from './typing';

export interface Row {
	measure: string;
	plainview?: number;
	naive?: number;
	unit: Unit;
	/** Lower is better (the default) or higher is better, for "met?". */
	target?: { limit: number; isAtLeast?: boolean };
}

type Unit = 's' | 'ms' | 'MB' | 'KiB' | '%';

export interface TableInput {
	app: AppResult;
	naive?: NaiveResult;
	js: JsSizes;
	queries: readonly BenchQuery[];
	byId: ReadonlyMap<string, NamedEntity>;
	buildSeconds?: number;
	/** The full-size set's targets where they differ from the national set's (issue #17). */
	isFull?: boolean;
}

const MB = 1e6;
const toS = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);
const toMB = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / MB);

export function buildRows({
	app,
	naive,
	js,
	queries,
	byId,
	buildSeconds,
	isFull = false
}: TableInput): Row[] {
	const finals = (keys: readonly Keystroke[], count: number) =>
		keys.filter((k) => k.isFinal && k.query < count);
	// Like for like: the whole-query rows use only the queries both sides typed.
	const both = Math.min(app.queriesTyped, naive?.queriesTyped ?? app.queriesTyped);
	const appFinal = finals(app.typing, both);
	const naiveFinal = finals(naive?.typing ?? [], both);
	const found = (keys: readonly Keystroke[]) => {
		const scored = keys.filter((k) => k.isFinal && queries[k.query] && isScored(queries[k.query]!));
		return share(scored, (k) => isFound(queries[k.query]!, k.topIds, byId).isFound);
	};
	const exact = (keys: readonly Keystroke[]) => {
		const scored = keys.filter((k) => k.isFinal && queries[k.query] && isScored(queries[k.query]!));
		return share(scored, (k) => isFound(queries[k.query]!, k.topIds, byId).isExact);
	};
	const drawn = (keys: readonly Keystroke[], p: number) =>
		percentile(
			keys.map((k) => k.drawnMs ?? Number.NaN),
			p
		);
	const pct = (value: number | undefined) => (value === undefined ? undefined : value * 100);
	const warm = (result: { warm: AppResult['warm'] } | undefined) =>
		median((result?.warm ?? []).map((w) => w.searchableMs ?? Number.NaN));
	const appData = app.profiles.map((p) => p.dataMs ?? Number.NaN);
	const naiveData = (naive?.profiles ?? []).map((p) => p.dataMs ?? Number.NaN);
	const workersHeap = sum(
		(app.heap?.workers ?? []).map((w) => w.usedBytes + (w.buffersBytes ?? 0))
	);
	const naiveWorkersHeap = sum(
		(naive?.heap?.workers ?? []).map((w) => w.usedBytes + (w.buffersBytes ?? 0))
	);
	const buffers = (heap: HeapReport | undefined) =>
		heap && heap.pageBuffersBytes !== undefined
			? heap.pageBuffersBytes + sum(heap.workers.map((w) => w.buffersBytes ?? 0))
			: undefined;
	return [
		{
			measure: 'first install: navigation → searchable',
			plainview: toS(app.install.searchableMs),
			naive: toS(naive?.install.searchableMs),
			unit: 's',
			target: { limit: 30 }
		},
		{
			measure: '↳ data stored',
			plainview: toS(app.install.dataReadyMs),
			naive: toS(naive?.install.dataReadyMs),
			unit: 's'
		},
		{
			measure: '↳ every group of files stored',
			plainview: toS(app.allStoredMs),
			unit: 's',
			...(isFull ? { target: { limit: 150 } } : {})
		},
		{
			measure: '↳ longest main-thread task',
			plainview: app.install.longestTaskMs,
			naive: naive?.install.longestTaskMs,
			unit: 'ms',
			target: { limit: 50 }
		},
		{
			measure: '↳ long tasks in all',
			plainview: app.install.longTaskTotalMs,
			naive: naive?.install.longTaskTotalMs,
			unit: 'ms'
		},
		{
			measure: '↳ CPU used by Chromium (all processes)',
			plainview: cpuSeconds(app.install),
			naive: naive ? cpuSeconds(naive.install) : undefined,
			unit: 's'
		},
		{
			measure: `warm start: navigation → searchable (median of ${app.warm.length})`,
			plainview: toS(warm(app)),
			naive: toS(warm(naive)),
			unit: 's',
			target: { limit: 3 }
		},
		{
			measure: '↳ longest main-thread task',
			plainview: max(app.warm.map((w) => w.longestTaskMs)),
			naive: max((naive?.warm ?? []).map((w) => w.longestTaskMs)),
			unit: 'ms'
		},
		{
			measure: '↳ CPU used by Chromium, median',
			plainview: median(app.warm.map((w) => cpuSeconds(w) ?? Number.NaN)),
			naive: naive ? median(naive.warm.map((w) => cpuSeconds(w) ?? Number.NaN)) : undefined,
			unit: 's'
		},
		{
			measure: `search as you type: key → results drawn, p95 (${app.typing.length} keys)`,
			plainview: drawn(app.typing, 95),
			unit: 'ms',
			target: { limit: 30 }
		},
		{
			measure: '↳ same, p50',
			plainview: drawn(app.typing, 50),
			unit: 'ms'
		},
		{
			measure: `whole query: last key → results drawn, p95 (${appFinal.length} queries)`,
			plainview: drawn(appFinal, 95),
			naive: naive ? drawn(naiveFinal, 95) : undefined,
			unit: 'ms'
		},
		{
			measure: '↳ search compute alone, p95',
			plainview: percentile(
				appFinal.map((k) => k.computeMs ?? Number.NaN),
				95
			),
			naive: naive
				? percentile(
						naiveFinal.map((k) => k.computeMs ?? Number.NaN),
						95
					)
				: undefined,
			unit: 'ms'
		},
		{
			// The page searches in the input event itself, so this is its compute, marks included.
			measure: '↳ query → answer on the page, p95 (all keys)',
			plainview: percentile(
				app.typing.map((k) => k.answerMs ?? Number.NaN),
				95
			),
			unit: 'ms'
		},
		{
			measure: 'intended one (or an exact namesake) in top 10',
			plainview: pct(found(app.typing)),
			naive: naive ? pct(found(naiveFinal)) : undefined,
			unit: '%',
			target: { limit: 95, isAtLeast: true }
		},
		{
			measure: '↳ the very id in top 10',
			plainview: pct(exact(app.typing)),
			naive: naive ? pct(exact(naiveFinal)) : undefined,
			unit: '%'
		},
		{
			measure: `open a profile: data, p95 (${app.profiles.length} profiles)`,
			plainview: percentile(appData, 95),
			naive: percentile(naiveData, 95),
			unit: 'ms',
			target: { limit: 20 }
		},
		{
			measure: 'open a profile: page drawn, p95',
			plainview: percentile(
				app.profiles.map((p) => p.drawnMs ?? Number.NaN),
				95
			),
			unit: 'ms',
			target: { limit: 100 }
		},
		{
			measure: 'storage (navigator.storage.estimate)',
			plainview: toMB(app.storage?.estimateBytes),
			naive: toMB(naive?.storage?.estimateBytes),
			unit: 'MB',
			target: { limit: isFull ? 1200 : 150 }
		},
		{
			measure: '↳ IndexedDB folder on disk',
			plainview: toMB(app.storage?.indexedDbDiskBytes),
			naive: toMB(naive?.storage?.indexedDbDiskBytes),
			unit: 'MB'
		},
		{
			// The worker builds the index and keeps the names; the page keeps the index, mostly
			// in typed arrays, whose buffers lie outside the JS heap proper: all are counted.
			measure: 'JS heap after install: page + workers, array buffers included, after GC',
			plainview: app.heap
				? toMB(app.heap.pageAfterGcBytes + (app.heap.pageBuffersBytes ?? 0) + workersHeap)
				: undefined,
			naive: naive?.heap
				? toMB(naive.heap.pageAfterGcBytes + (naive.heap.pageBuffersBytes ?? 0) + naiveWorkersHeap)
				: undefined,
			unit: 'MB',
			target: { limit: isFull ? 400 : 250 }
		},
		{
			measure: '↳ of it array buffers',
			plainview: toMB(buffers(app.heap)),
			naive: toMB(buffers(naive?.heap)),
			unit: 'MB'
		},
		{
			measure: '↳ page alone, JS heap without its buffers',
			plainview: toMB(app.heap?.pageAfterGcBytes),
			naive: toMB(naive?.heap?.pageAfterGcBytes),
			unit: 'MB'
		},
		{
			measure: 'initial JS, gzip',
			plainview: js.initialGzipBytes / 1024,
			unit: 'KiB',
			target: { limit: 100 }
		},
		{ measure: 'bundle build in Node (— when reused)', plainview: buildSeconds, unit: 's' }
	];
}

/** CPU seconds of every Chromium process and thread during a start: unlike wall time, not inflated by other load. */
function cpuSeconds(timing: StartTiming): number | undefined {
	return timing.cpu.length === 0 ? undefined : sum(timing.cpu.map((share) => share.seconds));
}

export function formatValue(value: number | undefined, unit: Unit): string {
	if (value === undefined || !Number.isFinite(value)) return '—';
	const digits = unit === 's' || unit === '%' || Math.abs(value) < 10 ? 1 : 0;
	return `${value.toFixed(digits)} ${unit}`;
}

export function formatRows(rows: readonly Row[]): string[][] {
	return rows.map((row) => {
		const { plainview, naive, target } = row;
		const hasBoth = plainview !== undefined && naive !== undefined && plainview > 0;
		const ratio = hasBoth ? naive / plainview : undefined;
		const met =
			!target || plainview === undefined || !Number.isFinite(plainview)
				? ''
				: (target.isAtLeast ? plainview >= target.limit : plainview <= target.limit)
					? 'yes'
					: 'NO';
		return [
			row.measure,
			formatValue(plainview, row.unit),
			formatValue(naive, row.unit),
			ratio === undefined || !Number.isFinite(ratio)
				? ''
				: `${ratio < 10 ? ratio.toFixed(1) : ratio.toFixed(0)}×`,
			target ? `${target.isAtLeast ? '≥' : '≤'} ${target.limit} ${row.unit}` : '',
			met
		];
	});
}

/** A Markdown table, padded so it also reads well in a terminal. */
export function markdownTable(cells: readonly string[][]): string {
	const header = ['measure', 'Plainview', 'naive', 'ratio', 'target', 'met?'];
	const all = [header, ...cells];
	const widths = header.map((_, c) => Math.max(...all.map((row) => [...(row[c] ?? '')].length)));
	const line = (row: readonly string[]) =>
		`| ${row.map((cell, c) => cell + ' '.repeat((widths[c] ?? 0) - [...cell].length)).join(' | ')} |`;
	const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
	return [line(header), rule, ...cells.map(line)].join('\n');
}
