/** The figures of one start (first install or warm start), from the page's probe log. */
import type { CpuShare } from './cpu';
import type { ProbeLog } from './probes';
import { sum } from './stats';

export interface StartTiming {
	/** Navigation start → results for the known name drawn. */
	searchableMs?: number;
	/** Navigation start → the data is stored (install) or opened (warm start). */
	dataReadyMs?: number;
	/** Navigation start → the search index is built. */
	indexReadyMs?: number;
	/** The searcher's own time to read and index the names. */
	indexBuildMs?: number;
	longestTaskMs: number;
	/** When the longest task started, to set it beside the phases. */
	longestTaskAt?: number;
	longTaskTotalMs: number;
	longTasks: number;
	cpu: CpuShare[];
}

export function emptyTiming(): StartTiming {
	return { longestTaskMs: 0, longTaskTotalMs: 0, longTasks: 0, cpu: [] };
}

/** `prefix`: 'plainview' or 'naive'; long tasks count only until the page was searchable. */
export function startTiming(
	probes: ProbeLog,
	prefix: string,
	searchableAt: number | undefined,
	cpu: CpuShare[]
): StartTiming {
	const until = searchableAt ?? Infinity;
	const tasks = probes.longTasks.filter((t) => t.start < until);
	const entry = (name: string) => probes.entries.find((e) => e.name === `${prefix}:${name}`);
	const index = entry('searchable');
	const built = index?.detail.tookMs;
	const longest = tasks.reduce<(typeof tasks)[number] | undefined>(
		(top, task) => (top && top.duration >= task.duration ? top : task),
		undefined
	);
	return {
		searchableMs: searchableAt,
		dataReadyMs: entry('data-ready')?.at,
		indexReadyMs: index?.at,
		indexBuildMs: typeof built === 'number' ? built : undefined,
		longestTaskMs: longest?.duration ?? 0,
		longestTaskAt: longest?.start,
		longTaskTotalMs: sum(tasks.map((t) => t.duration)),
		longTasks: tasks.length,
		cpu
	};
}

export const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const fmtMs = (ms: number | undefined) => (ms === undefined ? '—' : ms.toFixed(0));
