/**
 * `npm run data:demo` writes the committed demo set into data/demo/.
 * `npm run data:demo -- --scale [N] [--out DIR]` writes a national-size set (about N million
 * records, default N = 1) into data/national/ (git-ignored), streaming to keep memory flat.
 */
import { resolve } from 'node:path';
import { generate } from './generate';
import { DEMO_SIZES, nationalSizes } from './sizes';

interface Args {
	scale?: number;
	out?: string;
}

export function parseArgs(argv: readonly string[]): Args {
	const args: Args = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--scale') {
			const next = argv[i + 1];
			if (next !== undefined && /^\d+(\.\d+)?$/.test(next)) {
				args.scale = Number(next);
				i++;
			} else args.scale = 1;
		} else if (arg === '--out') {
			const next = argv[++i];
			if (!next) throw new Error('--out needs a folder, e.g. --out /tmp/plainview-demo');
			args.out = next;
		} else throw new Error(`unknown argument ${arg}; use --scale [N] and --out DIR`);
	}
	return args;
}

function main(): void {
	const args = parseArgs(process.argv.slice(2));
	const sizes = args.scale === undefined ? DEMO_SIZES : nationalSizes(args.scale);
	const out = resolve(args.out ?? (args.scale === undefined ? 'data/demo' : 'data/national'));
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
