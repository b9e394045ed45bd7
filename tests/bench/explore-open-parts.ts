/**
 * Where a warm explore open's reading goes, measured on the page's thread of the bench's
 * Chromium with IndexedDB's own API: the explore row read out of the store (structured clone),
 * then, for a row stored as deflated JSON, inflating and parsing it. The reader worker does
 * the same work; building the columns and the first answers is explore.ts's (Node).
 */
import type { Page } from 'playwright-core';

export interface ExploreReadParts {
	layout: string;
	/** Stored bytes of the explore row(s). */
	storedBytes: number;
	/** Each run: the row read, and inflate + JSON.parse (0 when the row needs neither). */
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
			const deflated = rows.find((r) => r.layout === 'deflate');
			if (deflated?.data) {
				const input = new Blob([deflated.data as Uint8Array<ArrayBuffer>]).stream();
				const text = await new Response(
					input.pipeThrough(new DecompressionStream('deflate-raw'))
				).text();
				JSON.parse(text);
			}
			out.push({ readMs: t1 - t0, parseMs: performance.now() - t1 });
		}
		db.close();
		return { layout, storedBytes, runs: out };
	}, runs);
}
