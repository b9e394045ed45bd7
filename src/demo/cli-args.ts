/** Command-line arguments of `npm run data:demo`. */

export interface Args {
	/** Multiplier of the national set's records; `full` is the whole country (10). */
	scale?: number;
	out?: string;
}

/** The multiplier `--scale full` stands for. */
export const FULL_SCALE = 10;

export function parseArgs(argv: readonly string[]): Args {
	const args: Args = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--scale') {
			const next = argv[i + 1];
			if (next !== undefined && /^\d+(\.\d+)?$/.test(next)) {
				args.scale = Number(next);
				i++;
			} else if (next === 'full') {
				args.scale = FULL_SCALE;
				i++;
			} else args.scale = 1;
		} else if (arg === '--out') {
			const next = argv[++i];
			if (!next) throw new Error('--out needs a folder, e.g. --out /tmp/plainview-demo');
			args.out = next;
		} else throw new Error(`unknown argument ${arg}; use --scale [N|full] and --out DIR`);
	}
	return args;
}

/** The folder a scale writes to by default (all but data/demo are git-ignored). */
export function defaultOut(scale: number | undefined): string {
	if (scale === undefined) return 'data/demo';
	if (scale === FULL_SCALE) return 'data/full';
	return scale > 1 ? `data/national-${scale}x` : 'data/national';
}
