/**
 * `npm run data:demo` writes the committed demo set into data/demo/.
 * `npm run data:demo -- --scale [N] [--out DIR]` writes a national-size set (about N million
 * records, default N = 1) into data/national/ (git-ignored), streaming to keep memory flat.
 * Above 1 the set takes the full shape (see sizes.ts): `--scale 3` into data/national-3x/,
 * `--scale full` (10) into data/full/.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defaultOut, parseArgs } from './cli-args';
import { generate } from './generate';
import { DEMO_SIZES, fullSizes, nationalSizes } from './sizes';

/** Old-generation heap for national runs: the live set is ~150 MB, but V8 grows lazily. */
const NATIONAL_HEAP_MB = 384;

/** Re-runs this script in a child with a capped heap, so a national run stays modest. */
function rerunWithHeapCap(): number | undefined {
	if (process.execArgv.some((arg) => arg.startsWith('--max-old-space-size'))) return undefined;
	const execArgv = [...process.execArgv, `--max-old-space-size=${NATIONAL_HEAP_MB}`];
	const child = spawnSync(process.execPath, [...execArgv, ...process.argv.slice(1)], {
		stdio: 'inherit'
	});
	return child.status ?? 1;
}

function main(): void {
	const args = parseArgs(process.argv.slice(2));
	if (args.scale !== undefined) {
		const status = rerunWithHeapCap();
		if (status !== undefined) process.exit(status);
	}
	const { scale } = args;
	const sizes =
		scale === undefined ? DEMO_SIZES : scale > 1 ? fullSizes(scale) : nationalSizes(scale);
	const out = resolve(args.out ?? defaultOut(scale));
	const started = performance.now();
	const { counts } = generate(out, sizes);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	let total = 0;
	for (const [file, count] of Object.entries(counts)) {
		total += count;
		console.log(`${String(count).padStart(9)}  ${file}`);
	}
	const peak = (process.resourceUsage().maxRSS / 1024).toFixed(0);
	console.log(
		`${String(total).padStart(9)}  records in ${out} (${sizes.label}) in ${seconds} s, peak RSS ${peak} MB`
	);
}

main();
