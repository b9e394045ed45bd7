// @vitest-environment node
// Node's fetch Response and File stand in for the worker's.
import { describe, expect, it } from 'vitest';
import { fileListSource, pageDataUrl, urlSource } from '../../../src/lib/ingest/bundle-source';

const text = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes);

function fakeServer(files: Record<string, string>) {
	const requests: { url: string; init?: RequestInit }[] = [];
	const fetchFn = async (url: string, init?: RequestInit) => {
		requests.push({ url, ...(init && { init }) });
		const path = new URL(url).pathname;
		const body = files[path];
		return body === undefined
			? new Response('no', { status: 404, statusText: 'Not Found' })
			: new Response(body, { status: 200 });
	};
	return { fetchFn, requests };
}

describe('urlSource', () => {
	const server = fakeServer({
		'/app/data/manifest.json': '{"m":1}',
		'/app/data/facts-0001.json': 'x'.repeat(5000)
	});

	it('reads the manifest and files of the folder, revalidating every one', async () => {
		for (const base of ['https://host/app/data/', 'https://host/app/data']) {
			const source = urlSource(base, server.fetchFn);
			expect(text(await source.manifest())).toBe('{"m":1}');
			expect((await source.file('facts-0001.json')).byteLength).toBe(5000);
		}
		expect(server.requests.map((r) => r.url)).toContain('https://host/app/data/manifest.json');
		expect(server.requests.every((r) => r.init?.cache === 'no-cache')).toBe(true);
	});

	it('reports the bytes of a file as they arrive', async () => {
		const pieces: number[] = [];
		const bytes = await urlSource('https://host/app/data/', server.fetchFn).file(
			'facts-0001.json',
			{
				onBytes: (n) => pieces.push(n)
			}
		);
		expect(pieces.reduce((a, b) => a + b, 0)).toBe(5000);
		expect(text(bytes)).toBe('x'.repeat(5000));
	});

	it('reports no bytes for a body the browser unpacked (Content-Encoding): they are not the file’s', async () => {
		const pieces: number[] = [];
		const unpacked = async () =>
			new Response('y'.repeat(9000), { headers: { 'Content-Encoding': 'gzip' } });
		const bytes = await urlSource('https://host/data/', unpacked).file('facts-0001.jsonl.gz', {
			onBytes: (n) => pieces.push(n)
		});
		expect(bytes.byteLength).toBe(9000);
		expect(pieces).toEqual([]);
	});

	it('names the file the server does not have', async () => {
		const source = urlSource('https://host/app/data/', server.fetchFn);
		await expect(source.file('facts-0002.json')).rejects.toThrow(
			/^facts-0002\.json: the server answered 404 Not Found for https:\/\/host\/app\/data\/facts-0002\.json/
		);
	});

	it('names the file a network error interrupted', async () => {
		const offline = () => Promise.reject(new TypeError('Failed to fetch'));
		await expect(urlSource('https://host/data/', offline).manifest()).rejects.toThrow(
			/^manifest\.json: could not be downloaded from https:\/\/host\/data\/manifest\.json \(Failed to fetch\)/
		);
	});

	it('passes an abort through as it is', async () => {
		const controller = new AbortController();
		controller.abort(new Error('stop'));
		const aborting = (_: string, init?: RequestInit) =>
			Promise.reject(init?.signal?.reason as Error);
		await expect(
			urlSource('https://host/', aborting).file('a.json', { signal: controller.signal })
		).rejects.toThrow(/^stop$/);
	});
});

describe('pageDataUrl', () => {
	it.each([
		['https://host/', 'https://host/data/'],
		['https://host/app/index.html?x#/person/p-1', 'https://host/app/data/'],
		['file:///media/usb/plainview/index.html', 'file:///media/usb/plainview/data/']
	])('puts data/ beside %s', (page, expected) => expect(pageDataUrl(page)).toBe(expected));
});

describe('fileListSource', () => {
	const files = [new File(['{"m":1}'], 'manifest.json'), new File(['abc'], 'entities-0001.json')];

	it('reads the picked files by name', async () => {
		const source = fileListSource(files);
		expect(source.describe).toBe('2 local files');
		expect(text(await source.manifest())).toBe('{"m":1}');
		expect(text(await source.file('entities-0001.json'))).toBe('abc');
	});

	it('says which file is missing and what to pick', async () => {
		await expect(fileListSource(files).file('facts-0001.json')).rejects.toThrow(
			/^facts-0001\.json: is listed in manifest\.json but is not among the chosen files/
		);
		await expect(fileListSource(files.slice(1)).manifest()).rejects.toThrow(
			/^manifest\.json: is not among the chosen files; choose manifest\.json together with its chunk files/
		);
	});
});
