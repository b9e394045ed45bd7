/**
 * npm run export -- --format ftm|flags [--bundles DIR] [--out FILE] [--include-possible]
 * Writes the bundle as FollowTheMoney entities (ftm) or its red flags (flags-export.ts), one
 * JSON object per line, to FILE or stdout; a summary goes to stderr so that stdout stays pure
 * JSON lines.
 */
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { bundleFlags, flagLine } from './flags-export';
import type { FtmExportStats } from './ftm-export';
import { openBundleExport } from './read-bundle';

const USAGE =
	'usage: npm run export -- --format ftm|flags [--bundles DIR] [--out FILE] [--include-possible]';

async function main(): Promise<number> {
	let args;
	try {
		args = parseArgs({
			options: {
				format: { type: 'string' },
				bundles: { type: 'string', default: 'data/bundles' },
				out: { type: 'string' },
				'include-possible': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	const { values } = args;
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	if (values.format !== 'ftm' && values.format !== 'flags') {
		console.error(
			`--format must be ftm (FollowTheMoney) or flags (red flags), not ${values.format ?? 'missing'}\n${USAGE}`
		);
		return 2;
	}
	const out = values.out;
	// Written beside the target and renamed at the end: a failed export leaves no half file.
	const partial = out && `${out}.partial-${process.pid}`;
	const stream = partial ? createWriteStream(partial) : process.stdout;
	// `| head` closes the pipe early; that is the reader's choice, not a failure.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		throw error;
	});
	try {
		if (values.format === 'flags') {
			let count = 0;
			for (const flag of bundleFlags(values.bundles)) {
				count++;
				await write(stream, JSON.stringify(flagLine(flag)) + '\n');
			}
			await finish(stream, partial, out);
			console.error(`exported ${count} red flags from ${values.bundles} to ${out ?? 'stdout'}`);
			return 0;
		}
		const bundle = openBundleExport(values.bundles, {
			includePossible: values['include-possible']
		});
		let count = 0;
		for (const entity of bundle.entities()) {
			count++;
			await write(stream, JSON.stringify(entity) + '\n');
		}
		await finish(stream, partial, out);
		console.error(summary(count, values.bundles, out ?? 'stdout', bundle.exporter.stats));
		return 0;
	} catch (error) {
		if (partial) {
			stream.destroy();
			rmSync(partial, { force: true });
		}
		console.error(
			`export failed; ${out ?? 'the output'} is not complete:\n${(error as Error).message}`
		);
		return 1;
	}
}

async function finish(stream: Writable, partial?: string, out?: string): Promise<void> {
	if (!partial || !out) return;
	stream.end();
	await once(stream, 'finish');
	renameSync(partial, out);
}

/** Waits when the pipe is full, so a slow reader never makes the whole export sit in memory. */
async function write(stream: Writable, line: string): Promise<void> {
	if (!stream.write(line)) await once(stream, 'drain');
}

function summary(count: number, from: string, to: string, stats: FtmExportStats): string {
	const table = (counts: Record<string, number>) =>
		Object.entries(counts)
			.sort(([a], [b]) => (a < b ? -1 : 1))
			.map(([name, n]) => `  ${name.padEnd(64)} ${String(n).padStart(8)}`)
			.join('\n');
	const lines = [`exported ${count} FtM entities from ${from} to ${to}`, table(stats.written)];
	if (Object.keys(stats.skipped).length > 0) lines.push('not exported:', table(stats.skipped));
	return lines.join('\n');
}

process.exitCode = await main();
