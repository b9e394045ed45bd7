/**
 * The explore page's engine (src/lib/explore/, the code the reader worker runs) in Node over
 * a bundle's explore file, beside the naive way (explore-naive.ts) on the same rows: opening
 * (the row the install stores decoded, the columns loaded, the first overview and table
 * page answered) and scripted filter clicks (overview + the first 50 table rows each). The
 * worker's message round trip and the page's drawing are not included. Each click's EUR
 * totals are checked against the naive way's.
 *
 * Alone: npx tsx tests/bench/explore.ts [BUNDLE_DIR] [--clicks 120]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deflateSync, inflateRawSync, inflateSync } from 'node:zlib';
import { createExploreEngine, type ExploreEngine } from '../../src/lib/explore/explore-engine';
import { FIRST_FILTER } from '../../src/lib/explore/explore-first-view';
import { decodeColumns, encodeColumns } from '../../src/lib/storage/explore-codec';
import type { DonationFilter, TableQuery } from '../../src/lib/explore/explore-protocol';
import type { ExploreBody } from '../../src/model/explore-file';
import { packSpans, wholeDeflate } from '../../src/model/gzip-file';
import type { ManifestFile } from '../../src/model/bundle-format';
import { naiveClick, naiveRecords } from './explore-naive';
import { scriptClicks } from './explore-clicks';
import { exploreRows } from './explore-rows';

export { exploreRows };

export interface ExploreResult {
	rows: number;
	fileBytes: number;
	unpackedBytes: number;
	columnBytes: number;
	/** Stored columns' bytes (explore-codec.ts). */
	storedBytes: number;
	/**
	 * Each open: stored columns decoded, the engine's columns loaded, first overview + table
	 * page (ms); and the JSON way's inflate + parse, for comparison.
	 */
	opens: {
		jsonMs: number;
		parseMs: number;
		loadMs: number;
		firstMs: number;
		cpuMs: number;
		preloadedMs: number;
	}[];
	naiveOpenMs: number[];
	clickMs: number[];
	/** The same clicks' CPU time (ms): not inflated when other work shares the cores. */
	clickCpuMs: number[];
	naiveClickMs: number[];
}

const firstPage = (filter: DonationFilter): TableQuery => ({
	filter,
	view: 'donations',
	sort: 'date',
	descending: true,
	offset: 0,
	limit: 50
});

/**
 * One open from the row as the install stores it (explore-codec.ts): decoded, the engine
 * built, the first answers. The file's own way, inflating and parsing the JSON the bundle
 * brings, is timed beside it (`jsonMs`), as the open of an app version that stored that.
 */
function open(
	deflated: Uint8Array,
	columns: Uint8Array
): { engine: ExploreEngine; timing: ExploreResult['opens'][0] } {
	const j0 = performance.now();
	JSON.parse(inflateRawSync(wholeDeflate(deflated)).toString('utf8'));
	const jsonMs = performance.now() - j0;
	const cpu = process.cpuUsage();
	const t0 = performance.now();
	// As decodeExplore (explore-codec.ts), with Node's zlib for the browser's DecompressionStream.
	const loaded = decodeColumns(inflateSync(columns), 'explore');
	const t1 = performance.now();
	const engine = createExploreEngine(loaded);
	const t2 = performance.now();
	engine.overview(FIRST_FILTER);
	engine.table(firstPage(FIRST_FILTER));
	const t3 = performance.now();
	const used = process.cpuUsage(cpu);
	const cpuMs = (used.user + used.system) / 1000;
	// As the worker's handler does once its first answer has gone (explore-handler.ts).
	engine.warm(FIRST_FILTER);
	// What a page opened after the worker preloaded the engine waits for (reader-services.ts).
	const again = createExploreEngine(loaded);
	again.warm(FIRST_FILTER);
	const t4 = performance.now();
	again.overview(FIRST_FILTER);
	again.table(firstPage(FIRST_FILTER));
	const preloadedMs = performance.now() - t4;
	const timing = {
		jsonMs,
		parseMs: t1 - t0,
		loadMs: t2 - t1,
		firstMs: t3 - t2,
		cpuMs,
		preloadedMs
	};
	return { engine, timing };
}

/**
 * `clicks` scripted clicks on the engine; the naive way, minutes a run at national size, does
 * the first `naiveClicks` of them (and opens twice).
 */
export function measureExplore(
	dir: string,
	{ clicks = 120, opens = 5, naiveClicks = 20 } = {}
): ExploreResult | undefined {
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
		files: ManifestFile[];
	};
	const entry = manifest.files.find((f) => f.kind === 'explore');
	if (!entry) return undefined;
	const bytes = readFileSync(join(dir, entry.name));
	// The one pack as IndexedDB stores it: its raw deflate bytes.
	const [start, end] = packSpans(entry.packs)[0]!;
	const stored = new Uint8Array(bytes.subarray(start, end));
	const body = JSON.parse(inflateRawSync(wholeDeflate(stored)).toString('utf8')) as ExploreBody;
	const columns = deflateSync(encodeColumns(body));
	// One engine alive at a time, as in the worker: earlier ones are left to the collector.
	const timings: ExploreResult['opens'] = [];
	let engine: ExploreEngine | undefined;
	for (let k = 0; k < opens; k++) {
		engine = undefined;
		const run = open(stored, columns);
		timings.push(run.timing);
		engine = run.engine;
	}
	if (!engine) throw new Error('no open run');
	const text = JSON.stringify(naiveRecords(engine.data.columns));
	const script = scriptClicks(engine, clicks);
	const naiveOpenMs: number[] = [];
	for (let i = 0; i < 2; i++) {
		const t0 = performance.now();
		naiveClick(JSON.parse(text), script[0]!);
		naiveOpenMs.push(performance.now() - t0);
	}
	const records = naiveRecords(engine.data.columns);
	const clickMs: number[] = [];
	const clickCpuMs: number[] = [];
	const naiveClickMs: number[] = [];
	for (const [k, filter] of script.entries()) {
		const cpu = process.cpuUsage();
		const t0 = performance.now();
		const overview = engine.overview(filter);
		engine.table(firstPage(filter));
		clickMs.push(performance.now() - t0);
		const used = process.cpuUsage(cpu);
		clickCpuMs.push((used.user + used.system) / 1000);
		if (k >= naiveClicks) continue;
		const t1 = performance.now();
		const naive = naiveClick(records, filter);
		naiveClickMs.push(performance.now() - t1);
		const { count, cents, refundCents } = naive.summary;
		if (
			overview.count !== count ||
			overview.cents !== cents ||
			overview.refundCents !== refundCents
		)
			throw new Error(`explore and naive disagree on ${JSON.stringify(filter)}`);
	}
	return {
		rows: engine.data.rows,
		fileBytes: entry.bytes,
		storedBytes: columns.byteLength,
		unpackedBytes: entry.unpacked.bytes,
		columnBytes: engine.columnBytes(),
		opens: timings,
		naiveOpenMs,
		clickMs,
		clickCpuMs,
		naiveClickMs
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { clicks: { type: 'string', default: '120' } }
	});
	const dir = positionals[0] ?? 'data/bundles';
	const result = measureExplore(dir, { clicks: Number(values.clicks) });
	for (const row of exploreRows(result))
		console.log(
			`${row.measure}: ${row.plainview?.toFixed(1) ?? '–'} ${row.unit}` +
				(row.naive === undefined ? '' : ` (naive ${row.naive.toFixed(1)} ${row.unit})`)
		);
}
