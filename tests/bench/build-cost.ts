/**
 * The builder's own cost: one build of a source folder under `/usr/bin/time -v`, read back
 * as wall time and peak RSS, printed beside the targets. `npm run bench -- --build-only`
 * runs it on the national set (`--quick`: the demo set) without the browser part.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './prepare';

/** The targets for a national-size build on the 2-core machine. */
export const BUILD_TARGETS = { seconds: 120, peakMiB: 1024 };

/** The targets for the full-size set: 15 minutes and 1.5 GiB. */
export const FULL_BUILD_TARGETS = { seconds: 900, peakMiB: 1536 };

export interface BuildCost {
	seconds: number;
	peakMiB: number;
}

/** Builds `folder` into a scratch folder (removed after) and reads what `time -v` measured. */
export function measureBuild(folder: string, env?: NodeJS.ProcessEnv): BuildCost {
	const out = mkdtempSync(join(tmpdir(), 'plainview-build-cost-'));
	try {
		const run = spawnSync(
			'/usr/bin/time',
			['-v', 'npx', 'tsx', 'src/builder/cli.ts', '--out', join(out, 'bundle'), folder],
			{ cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 2 ** 20, ...(env && { env }) }
		);
		if (run.status !== 0)
			throw new Error(`build failed (${run.status}):\n${run.stderr.slice(-4000)}`);
		return readTimeReport(run.stderr);
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
}

/** Wall time and peak RSS from GNU time's verbose report. */
export function readTimeReport(text: string): BuildCost {
	const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(text)?.[1];
	const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1];
	if (!wall || !rss) throw new Error('no wall time or peak RSS in the time -v report');
	const seconds = wall.split(':').reduce((total, part) => total * 60 + Number(part), 0);
	return { seconds, peakMiB: Number(rss) / 1024 };
}

export function formatBuildCost(cost: BuildCost, targets = BUILD_TARGETS): string {
	const mark = (ok: boolean) => (ok ? 'meets' : 'MISSES');
	return (
		`build: ${cost.seconds.toFixed(1)} s wall (target ≤ ${targets.seconds} s: ${mark(cost.seconds <= targets.seconds)}), ` +
		`peak RSS ${Math.round(cost.peakMiB)} MiB (target ≤ ${targets.peakMiB} MiB: ${mark(cost.peakMiB <= targets.peakMiB)})`
	);
}
