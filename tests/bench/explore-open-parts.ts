/**
 * Where a warm explore open's reading goes, measured on the page's thread of the bench's
 * Chromium with IndexedDB's own API, with nothing else running: the explore row read out of
 * the store (structured clone), then inflating it (and parsing it, for a row stored as JSON
 * by an earlier app version). The reader worker does the same work; decoding the columns and
 * the first answers is explore.ts's (Node).
 */
import type { Page } from 'playwright-core';

export interface ExploreReadParts {
	layout: string;
	/** Stored bytes of the explore row(s). */
	storedBytes: number;
	/** Each run: the row read, then inflate (+ JSON.parse for a JSON row). */
	runs: { readMs: number; parseMs: number }[];
}

/** Runs in the page, serialized by Playwright: it must not close over anything. */
export function exploreReadParts(page: Page, runs = 5): Promise<ExploreReadParts> {
	return page.evaluate(async (times) => {
		const ask = <T>(request: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error ?? new Error('request failed'));
			});
		const db = await ask(indexedDB.open('plainview'));
		const store = () => db.transaction(['packs', 'meta'], 'readonly');
		const active = (await ask(store().objectStore('meta').get('active'))) as { version: string };
		const range = IDBKeyRange.bound(
			[active.version, 'explore', ''],
			[active.version, 'explore', '\uffff']
		);
		const out: { readMs: number; parseMs: number }[] = [];
		let layout = '';
		let storedBytes = 0;
		for (let k = 0; k < times; k++) {
			const t0 = performance.now();
			const rows = (await ask(store().objectStore('packs').getAll(range))) as {
				layout?: string;
				data?: Uint8Array;
				columns?: { byteLength: number }[];
			}[];
			const t1 = performance.now();
			layout = rows.map((r) => r.layout ?? 'none').join('+');
			storedBytes = rows.reduce(
				(n, r) =>
					n + (r.data?.byteLength ?? 0) + (r.columns ?? []).reduce((m, c) => m + c.byteLength, 0),
				0
			);
			const row = rows.find((r) => r.layout === 'deflate' || r.layout === 'columns');
			if (row?.data) {
				const input = new Blob([row.data as Uint8Array<ArrayBuffer>]).stream();
				// A JSON row (the bundle's own pack) is raw deflate; a columns row, zlib's format.
				const format = row.layout === 'columns' ? 'deflate' : 'deflate-raw';
				const inflated = new Response(input.pipeThrough(new DecompressionStream(format)));
				if (row.layout === 'columns') await inflated.arrayBuffer();
				else JSON.parse(await inflated.text());
			}
			out.push({ readMs: t1 - t0, parseMs: performance.now() - t1 });
		}
		db.close();
		return { layout, storedBytes, runs: out };
	}, runs);
}
