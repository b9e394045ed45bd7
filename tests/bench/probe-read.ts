/**
 * npx tsx tests/bench/probe-read.ts — after `tests/bench/focus.ts` has installed the national
 * set: times raw IndexedDB reads of 40 fact packs in that profile, and inflating them with a
 * DecompressionStream and with fflate, to see where a profile read's time goes.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveFolder } from '../e2e/static-server';
import { launchBench } from './chromium';
import { ROOT } from './prepare';

const dir = join(ROOT, 'test-results/bench-focus');
copyFileSync(join(ROOT, 'node_modules/fflate/umd/index.js'), join(dir, 'site/fflate-probe.js'));
const server = await serveFolder(join(dir, 'site'), { port: 41_777 });
const { context, page } = await launchBench(join(dir, 'profile'));
try {
	await page.goto(`${server.url}#/sources`);
	await page.waitForTimeout(3000);
	await page.addScriptTag({ url: '/fflate-probe.js' });
	const out = await page.evaluate(async () => {
		const db: IDBDatabase = await new Promise((res, rej) => {
			const r = indexedDB.open('plainview');
			r.onsuccess = () => res(r.result);
			r.onerror = () => rej(r.error);
		});
		const keys: IDBValidKey[] = await new Promise((res) => {
			const r = db.transaction('packs').objectStore('packs').getAllKeys();
			r.onsuccess = () => res(r.result);
		});
		const facts = keys.filter((k) => (k as string[])[1] === 'facts');
		const pick = Array.from({ length: 40 }, (_, i) => facts[(i * 7919) % facts.length]!);
		const get = (k: IDBValidKey) =>
			new Promise<{ data: Uint8Array<ArrayBuffer>; layout?: string }>((res) => {
				const r = db.transaction('packs').objectStore('packs').get(k);
				r.onsuccess = () => res(r.result);
			});
		const t: Record<string, number[]> = {
			get: [],
			gunzipStream: [],
			fflate: [],
			bytes: [],
			parseAll: []
		};
		for (const k of pick) {
			let s = performance.now();
			const row = await get(k);
			t.get!.push(performance.now() - s);
			s = performance.now();
			// Rows of bundle format 3 are raw deflate ('deflate' layout); earlier rows gzip.
			const format = row.layout === 'deflate' ? 'deflate-raw' : 'gzip';
			const ds = new Blob([row.data]).stream().pipeThrough(new DecompressionStream(format));
			const text = await new Response(ds).text();
			t.gunzipStream!.push(performance.now() - s);
			s = performance.now();
			const text2 = new TextDecoder().decode(
				row.layout === 'deflate'
					? (globalThis as unknown as { fflate: typeof import('fflate') }).fflate.inflateSync(
							row.data
						)
					: (globalThis as unknown as { fflate: typeof import('fflate') }).fflate.gunzipSync(
							row.data
						)
			);
			t.fflate!.push(performance.now() - s);
			if (text2 !== text) throw new Error('differs');
			t.bytes!.push(row.data.byteLength);
			s = performance.now();
			for (const line of text.split('\n')) if (line) JSON.parse(line);
			t.parseAll!.push(performance.now() - s);
		}
		t.meta = [];
		for (let i = 0; i < 20; i++) {
			const s = performance.now();
			await new Promise((res) => {
				const r = db.transaction('meta').objectStore('meta').get('active');
				r.onsuccess = () => res(r.result);
			});
			t.meta.push(performance.now() - s);
		}
		const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!.toFixed(2);
		const p95 = (xs: number[]) =>
			[...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!.toFixed(2);
		return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, `${med(v)} / ${p95(v)}`]));
	});
	console.log(out);
} finally {
	await context.close();
	await server.close();
}
