/** The explore rows of the bench table (explore.ts measures them): the engine in Node, not the page. */
import type { ExploreResult } from './explore';
import { percentile } from './stats';
import type { Row } from './table';

/** Rows for the bench table: the engine in Node, not the page. */
export function exploreRows(result: ExploreResult | undefined): Row[] {
	if (!result) return [{ measure: 'explore: the bundle has no explore file', unit: 'ms' }];
	const total = result.opens.map((o) => o.parseMs + o.loadMs + o.firstMs);
	const MB = 1e6;
	return [
		{
			// The first charts are drawn from the answers stored at install (the Chromium rows);
			// this is the engine made ready for the first question those do not hold.
			measure: `explore engine ready: stored row → first overview + table page, p95 of ${total.length} (Node, ${result.rows} rows)`,
			plainview: percentile(total, 95),
			naive: percentile(result.naiveOpenMs, 95),
			unit: 'ms'
		},
		{
			measure: '↳ same, when the worker preloaded it after the warm start, p95',
			plainview: percentile(
				result.opens.map((o) => o.preloadedMs),
				95
			),
			unit: 'ms'
		},
		{
			measure: '↳ same, CPU time p95',
			plainview: percentile(
				result.opens.map((o) => o.cpuMs),
				95
			),
			unit: 'ms'
		},
		{
			measure: '↳ stored columns decoded, p95',
			plainview: percentile(
				result.opens.map((o) => o.parseMs),
				95
			),
			unit: 'ms'
		},
		{
			measure: '↳ the JSON way instead: inflate + JSON.parse, p95',
			plainview: percentile(
				result.opens.map((o) => o.jsonMs),
				95
			),
			unit: 'ms'
		},
		{
			measure: '↳ columns loaded, p95',
			plainview: percentile(
				result.opens.map((o) => o.loadMs),
				95
			),
			unit: 'ms'
		},
		{
			measure: `explore filter click → overview + first 50 rows, p95 (${result.clickMs.length} clicks, naive ${result.naiveClickMs.length}; Node)`,
			plainview: percentile(result.clickMs, 95),
			naive: percentile(result.naiveClickMs, 95),
			unit: 'ms',
			target: { limit: 30 }
		},
		{
			measure: '↳ same, p50',
			plainview: percentile(result.clickMs, 50),
			naive: percentile(result.naiveClickMs, 50),
			unit: 'ms'
		},
		{
			measure: '↳ same, p95 CPU time',
			plainview: percentile(result.clickCpuMs, 95),
			unit: 'ms'
		},
		{
			measure: '↳ same, max',
			plainview: Math.max(...result.clickMs),
			naive: Math.max(...result.naiveClickMs),
			unit: 'ms'
		},
		{
			measure: 'explore data: typed columns in the worker',
			plainview: result.columnBytes / MB,
			unit: 'MB'
		},
		{ measure: '↳ explore file, gzip', plainview: result.fileBytes / MB, unit: 'MB' },
		{
			measure: '↳ explore row as stored (columns)',
			plainview: result.storedBytes / MB,
			unit: 'MB'
		},
		{ measure: '↳ explore file, unpacked', plainview: result.unpackedBytes / MB, unit: 'MB' }
	];
}
