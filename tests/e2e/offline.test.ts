/**
 * Offline and data updates in real Chromium: after the first visit the service worker
 * serves the app shell, so with the network off the app opens, searches and shows
 * permalinks from IndexedDB, and the failed background manifest check stays quiet. A
 * second bundle version is announced, installed beside the first, switched to, and the
 * first one's packs are deleted.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/builder/adapters/index';
import { build } from '../../src/builder/build';
import {
	DIST,
	describeInBrowser,
	foreignRequests,
	screenshot,
	servedSession,
	type ServedSession,
	waitForGroups
} from './browser';

const ROOT = resolve(import.meta.dirname, '../..');

/** Waits for the first install to end and the service worker to control the page. */
async function installed(page: Page): Promise<void> {
	await page.getByRole('combobox').first().waitFor({ timeout: 30_000 });
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
			timeout: 30_000
		})
		.toBe(true);
	await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 120_000 });
	// The core is in once the bar is gone; the groups of files follow (selective install).
	await waitForGroups({ page });
}

/** The bundle versions that have packs in IndexedDB, read without the app's code. */
function storedVersions(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((done, fail) => {
				const open = indexedDB.open('plainview');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const cursor = db
						.transaction('packs')
						.objectStore('packs')
						.index('version')
						.openKeyCursor(null, 'nextunique');
					const versions: string[] = [];
					cursor.onerror = () => fail(cursor.error);
					cursor.onsuccess = () => {
						if (!cursor.result) {
							db.close();
							done(versions);
							return;
						}
						// A group's packs are stored under `<version>/<group>` (selective install).
						const version = String(cursor.result.key).split('/')[0]!;
						if (!versions.includes(version)) versions.push(version);
						cursor.result.continue();
					};
				};
			})
	);
}

/** The demo data with one tax total changed: a valid bundle with another version. */
function buildSecondBundle(dir: string): string {
	const demo = join(dir, 'demo');
	cpSync(join(ROOT, 'data/demo'), demo, { recursive: true });
	const taxes = join(demo, 'vid-tax/tax-totals.csv');
	const text = readFileSync(taxes, 'utf8');
	const changed = text.replace('"Rēzekne","94,56"', '"Rēzekne","95,56"');
	if (changed === text) throw new Error(`${taxes} has changed; pick another value to edit`);
	writeFileSync(taxes, changed);
	const files = readdirSync(demo, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && /\.(csv|json|html)$/.test(e.name))
		.filter((e) => !['sources.json', 'planted.json', 'parties.json'].includes(e.name))
		.map((e) => join(e.parentPath, e.name))
		.sort();
	const out = join(dir, 'bundle');
	const result = build({ files, out }, ADAPTERS);
	if (result.error) throw new Error(`the second demo bundle did not build: ${result.error}`);
	return out;
}

const version = (dir: string): string =>
	(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string }).version;

describeInBrowser('offline and updates', () => {
	let session: ServedSession;
	const failed: string[] = [];
	beforeAll(async () => {
		// A server of its own: the test turns its data folder over and then takes it away.
		session = await servedSession({ dataDelayMs: 100 });
		// A request cancelled by the next navigation (net::ERR_ABORTED: a background load of the
		// page being left) is not one that failed offline; every other failure is kept.
		// Each kept with its error, so a failure says what it was.
		session.context.on('requestfailed', (request) => {
			const error = request.failure()?.errorText;
			if (error !== 'net::ERR_ABORTED') failed.push(`${request.url()} ${error}`);
		});
		// Records calls to persist(): headless Chromium decides silently, so the answer says little.
		await session.context.addInitScript(() => {
			const calls = ((window as unknown as { __persistCalls: number }).__persistCalls = 0);
			void calls;
			const storage = navigator.storage;
			const persist = storage.persist.bind(storage);
			storage.persist = () => {
				(window as unknown as { __persistCalls: number }).__persistCalls++;
				return persist();
			};
		});
	});
	afterAll(async () => session?.close());

	it('installs on the first visit and asks for persistent storage', async () => {
		const { page, baseUrl } = session;
		await page.goto(baseUrl);
		await installed(page);
		await expect
			.poll(() =>
				page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls)
			)
			.toBe(1);
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
			`${baseUrl}sw.js`
		);
	});

	it('opens, shows a permalink and searches with the network off', async () => {
		const { page, baseUrl, context } = session;
		await page.goto(`${baseUrl}#/search?q=ozols`);
		await page
			.getByRole('option', { name: /Māris Ozols/ })
			.first()
			.click();
		await page.getByRole('heading', { level: 1, name: 'Māris Ozols' }).waitFor({ timeout: 30_000 });
		const permalink = new URL(page.url()).hash;
		expect(permalink).toMatch(/^#\/person\//);
		failed.length = 0;
		const before = session.requests.length;

		await context.setOffline(true);
		try {
			await page.goto(`${baseUrl}${permalink}`);
			await page.reload();
			await page
				.getByRole('heading', { level: 1, name: 'Māris Ozols' })
				.waitFor({ timeout: 30_000 });
			// The background check of data/manifest.json fails; nothing else may.
			await expect
				.poll(() => failed.some((url) => url.startsWith(`${baseUrl}data/manifest.json `)))
				.toBe(true);
			await screenshot(page, 'offline-permalink');
			expect(await page.getByRole('alert').count()).toBe(0);
			expect(await page.getByRole('heading', { name: 'Loading the data' }).count()).toBe(0);

			await page.goto(`${baseUrl}#/search?q=krumlins`);
			await page
				.getByRole('option', { name: /Jānis Krūmliņš/ })
				.first()
				.waitFor({ timeout: 15_000 });
			await screenshot(page, 'offline-search');

			expect(failed.filter((url) => !url.startsWith(`${baseUrl}data/manifest.json `))).toEqual([]);
			expect(
				session.requests.slice(before).filter((url) => /\/data\/(?!manifest)/.test(url))
			).toEqual([]);
			expect(session.problems.filter((p) => !p.includes('manifest.json'))).toEqual([]);
		} finally {
			await context.setOffline(false);
		}
	});

	it('announces a new data version, installs it beside the old one, switches and deletes the old', async () => {
		const { page, baseUrl, server } = session;
		const dir = mkdtempSync(join(tmpdir(), 'plainview-v2-'));
		try {
			const v1 = version(join(DIST, 'data'));
			const next = buildSecondBundle(dir);
			const v2 = version(next);
			expect(v2).not.toBe(v1);
			expect(await storedVersions(page)).toEqual([v1]);

			server.setDataDir(next);
			await page.goto(`${baseUrl}#/search?q=ozols`);
			await page.reload();
			await page.getByText(/A new version of the data was found/).waitFor({ timeout: 30_000 });
			await screenshot(page, 'update-found');
			// The old version stays in use while the new one downloads.
			await page.getByRole('option', { name: /Ozols/ }).first().waitFor({ timeout: 30_000 });

			await page
				.getByText(`The data has been updated to version ${v2}.`, { exact: false })
				.waitFor({ timeout: 120_000 });
			await screenshot(page, 'update-done');
			await expect.poll(() => storedVersions(page), { timeout: 15_000 }).toEqual([v2]);
			expect(foreignRequests(session)).toEqual([]);
		} finally {
			server.setDataDir(undefined);
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
