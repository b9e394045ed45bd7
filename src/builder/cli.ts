/**
 * npm run build:data -- [--out DIR] [--archive FILE.tar] [--as FORMAT] [--max-rejected PCT] [--date-order DMY|MDY] [--parties FILE] FILE|FOLDER...
 * A FOLDER stands for every source file below it (sources/input-files.ts). With no input,
 * builds the demo data in data/demo/ into data/bundles/. The party register is
 * --parties, else a parties.json beside the sources (the demo's), else data/parties.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ADAPTERS } from './adapters/index';
import { build } from './build';
import { loadPartyRegister } from './parties/load';
import { formatReport } from './report';
import { parseOverrides, type Overrides } from './resolve/overrides';
import { expandInputs } from './sources/input-files';
import { SUGGEST_BYTES } from './bundle/suggest-groups';

const USAGE = `usage: npm run build:data -- [--out DIR] [--archive FILE.tar] [--as FORMAT] [--max-rejected PERCENT] [--date-order DMY|MDY] [--built-at ISO] [--parties FILE] [--validate-all] [--suggest-mb MB] FILE|FOLDER...
a FOLDER gives every file below it that a format recognises (sources.json, planted.json and parties.json are not sources)
--suggest-mb: megabytes of optional groups a first visit keeps unless the person chooses (default ${SUGGEST_BYTES / 1e6}); a bundle within it is kept whole without asking
formats: ${ADAPTERS.map((a) => a.format).join(', ')}`;

/**
 * V8 lets the heap grow up to four times what its last full collection kept before it
 * collects again, so a build's peak memory is several times what it holds. Collecting once
 * it has grown by 30 % keeps the peak nearer the live data, for more collection work: on the
 * national set 1,621 MiB at 30 %, 1,798 at 50 % and 1,553 at 20 %, for 139, 146 and 156 s.
 */
setFlagsFromString(`--heap-growing-percent=${process.env.PLAINVIEW_HEAP_GROWTH ?? 30}`);

/**
 * V8 also sizes that growth from what its last full collection kept, so one that ran while
 * the records and the clustered people were all held lets the heap grow from there even
 * once most of that is let go. The build calls this where it lets go (BuildOptions.collect):
 * the gc function of a fresh context, which collects the one heap every context shares.
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function main(): number {
	let args;
	try {
		args = parseArgs({
			allowPositionals: true,
			options: {
				out: { type: 'string', default: 'data/bundles' },
				archive: { type: 'string' },
				as: { type: 'string' },
				'max-rejected': { type: 'string', default: '5' },
				'date-order': { type: 'string' },
				'built-at': { type: 'string' },
				'chunk-records': { type: 'string' },
				overrides: { type: 'string', default: 'data/linking-overrides.json' },
				parties: { type: 'string' },
				'validate-all': { type: 'boolean' },
				'suggest-mb': { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	const { values, positionals } = args;
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const dateOrder = values['date-order'];
	if (dateOrder !== undefined && dateOrder !== 'DMY' && dateOrder !== 'MDY') {
		console.error(`--date-order must be DMY or MDY, not ${dateOrder}`);
		return 2;
	}
	const maxRejected = Number(values['max-rejected']);
	if (!(maxRejected >= 0 && maxRejected <= 100)) {
		console.error(`--max-rejected takes a percentage from 0 to 100, not ${values['max-rejected']}`);
		return 2;
	}
	const suggestMb = values['suggest-mb'] === undefined ? undefined : Number(values['suggest-mb']);
	if (suggestMb !== undefined && !(suggestMb >= 0)) {
		console.error(`--suggest-mb takes megabytes (0 or more), not ${values['suggest-mb']}`);
		return 2;
	}
	const { files, found } = expandInputs(positionals.length > 0 ? positionals : ['data/demo']);
	const started = performance.now();
	let parties;
	try {
		parties = values.parties ? loadPartyRegister(values.parties) : undefined;
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	const result = build(
		{
			files,
			found,
			out: values.out,
			as: values.as,
			maxRejected: maxRejected / 100,
			dateOrder,
			builtAt: values['built-at'] ?? sourceDateEpoch(),
			overrides: readOverrides(values.overrides),
			archive: values.archive,
			parties,
			validate: values['validate-all'] ? 'all' : 'sample',
			chunkRecords: values['chunk-records'] ? Number(values['chunk-records']) : undefined,
			suggestBytes: suggestMb === undefined ? undefined : suggestMb * 1e6,
			collect
		},
		ADAPTERS
	);
	console.log(formatReport(result.report));
	if (result.error) {
		const path = join(process.env.TMPDIR ?? '/tmp', 'plainview-build-report.json');
		writeFileSync(path, JSON.stringify(result.report, null, '\t'));
		console.error(
			`\nbuild failed; nothing in ${values.out} was changed:\n${result.error}\nfull report: ${path}`
		);
		return 1;
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`\nwrote ${values.out}/manifest.json and build-report.json in ${seconds} s`);
	if (values.archive) console.log(`wrote the archive ${values.archive}`);
	return 0;
}

/** The curated same/different pairs; a missing default file is no overrides, a broken one an error. */
function readOverrides(path: string): Overrides | undefined {
	if (!existsSync(path)) return undefined;
	return parseOverrides(path, JSON.parse(readFileSync(path, 'utf8')));
}

function sourceDateEpoch(): string | undefined {
	const epoch = process.env.SOURCE_DATE_EPOCH;
	return epoch ? new Date(Number(epoch) * 1000).toISOString() : undefined;
}

process.exitCode = main();
