/** The bench table's rows for opening the donations explorer in Chromium (explore-open.ts). */
import type { ExploreOpenResult } from './explore-open';
import { percentile, sum } from './stats';
import type { Row } from './table';

const MB = 1e6;

export function exploreOpenRows(result: ExploreOpenResult): Row[] {
	const drawn = result.opens.map((o) => o.drawnMs);
	const heap = result.heap;
	const heapBytes =
		heap &&
		heap.pageAfterGcBytes +
			(heap.pageBuffersBytes ?? 0) +
			sum(heap.workers.map((w) => w.usedBytes + (w.buffersBytes ?? 0)));
	const parts = result.parts?.runs ?? [];
	return [
		{
			measure: `open an explore page on a warm start: first charts drawn, p95 (${drawn.length} opens)`,
			plainview: percentile(drawn, 95),
			unit: 'ms',
			target: { limit: 400 }
		},
		{ measure: '↳ same, median', plainview: percentile(drawn, 50), unit: 'ms' },
		...(result.pages ?? []).map(({ view, drawnMs }): Row => ({
			measure: `↳ the ${view} page: table or lists drawn, p95 (${drawnMs.length} opens)`,
			plainview: percentile(drawnMs, 95),
			unit: 'ms',
			target: { limit: 400 }
		})),
		{
			measure: '↳ explore row read from IndexedDB alone (page thread, idle), median',
			plainview: percentile(
				parts.map((p) => p.readMs),
				50
			),
			unit: 'ms'
		},
		{
			measure: '↳ then inflated (and JSON.parse for a row stored as JSON), median',
			plainview: percentile(
				parts.map((p) => p.parseMs),
				50
			),
			unit: 'ms'
		},
		{
			measure: 'JS heap with the explore engine loaded: page + workers, buffers included',
			plainview: heapBytes === undefined ? undefined : heapBytes / MB,
			unit: 'MB',
			target: { limit: 250 }
		},
		{
			measure: 'storage with the explore file (navigator.storage.estimate)',
			plainview: result.storage && result.storage.estimateBytes / MB,
			unit: 'MB',
			target: { limit: 150 }
		}
	];
}
