/** Command-line arguments of `npm run data:demo`. */

export interface Args {
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
