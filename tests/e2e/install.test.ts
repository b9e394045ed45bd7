/**
 * First install and warm start in real Chromium with a real on-disk profile: progress while
 * the bundle downloads, every file verified and stored, then searchable; a reload opens
 * from IndexedDB without downloading the bundle again, its search index read as stored. No request leaves the app's origin.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	BUNDLE_FILE,
	describeInBrowser,
	foreignRequests,
	openSession,
	screenshot,
	type Session
} from './browser';

describeInBrowser('first install and warm start', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openSession();
	});
	afterAll(async () => session?.close());

	it('shows progress, downloads and stores the bundle, then is searchable', async () => {
		const { page, baseUrl } = session;
		// The test server holds each bundle file back 250 ms, so the progress bar is there to be seen.
		await page.goto(baseUrl);
		const progress = page.getByRole('progressbar').first();
		await progress.waitFor({ timeout: 30_000 });
		await screenshot(page, 'install-progress');
		await expect
			.poll(() => page.locator('body').innerText(), { timeout: 10_000 })
			.toMatch(/files/i);
		await progress.waitFor({ state: 'detached', timeout: 120_000 });
		// The page's own record of every progress bar it showed (browser.ts): files, bytes, records.
		const seen = await page.evaluate(
			() => (window as unknown as { __progress: string[] }).__progress
		);
		expect(seen.join('\n')).toMatch(/files/i);
		expect(
			session.requests.filter((url) => url.endsWith('/data/manifest.json')).length
		).toBeGreaterThan(0);
		expect(session.requests.filter((url) => BUNDLE_FILE.test(url)).length).toBeGreaterThanOrEqual(
			3
		);

		await page.goto(`${baseUrl}#/search?q=krumlins`);
		await page
			.getByRole('option', { name: /Jānis Krūmliņš/ })
			.first()
			.waitFor({ timeout: 30_000 });
		await screenshot(page, 'search-krumlins');
		expect(foreignRequests(session)).toEqual([]);
		expect(session.problems).toEqual([]);
	});

	it.each([
		['krumlinsh', /Krūmliņš/],
		['KRŪMLIŅŠ JĀNIS', /Jānis Krūmliņš/],
		['krumliņš jānis', /Jānis Krūmliņš/],
		['krum', /Krūm/],
		['zarina sturite', /Zariņa-Stūrīte/]
	])('finds %j', async (query, expected) => {
		const { page } = session;
		const box = page.getByRole('combobox').first();
		await box.fill(query);
		await expect
			.poll(async () => (await page.getByRole('option').allInnerTexts()).slice(0, 10).join('\n'), {
				timeout: 15_000
			})
			.toMatch(expected);
	});

	it('opens from IndexedDB on reload without downloading the bundle again', async () => {
		const { page, baseUrl } = session;
		const before = session.requests.length;
		await page.goto(`${baseUrl}#/search?q=ozols`);
		// The first start stores its index without waiting for the write: wait for its three
		// rows (the index, its name-order tables and the docs' blocks).
		await expect
			.poll(
				() =>
					page.evaluate(async () => {
						const open = indexedDB.open('plainview');
						const db = await new Promise<IDBDatabase>((resolve, reject) => {
							open.onsuccess = () => resolve(open.result);
							open.onerror = () => reject(open.error);
						});
						const keys = db.transaction('meta').objectStore('meta').getAllKeys();
						const all = await new Promise<IDBValidKey[]>((resolve) => {
							keys.onsuccess = () => resolve(keys.result);
						});
						db.close();
						return all.map(String).filter((key) => key.startsWith('search-')).length;
					}),
				{ timeout: 30_000 }
			)
			.toBe(3);
		await page.reload();
		await page.getByRole('option', { name: /Ozols/ }).first().waitFor({ timeout: 30_000 });
		// Its search index was stored at the first start, and read now instead of built again.
		const searchable = await page.evaluate(() =>
			performance.getEntriesByName('plainview:searchable').map((mark) => {
				const { docs, isStored } = (mark as PerformanceMark).detail as {
					docs: number;
					isStored: boolean;
				};
				return { isStored, hasDocs: docs > 0 };
			})
		);
		expect(searchable).toEqual([{ isStored: true, hasDocs: true }]);
		// The check for a new version comes once the index is read: it fetches the manifest only.
		const manifests = () =>
			session.requests.slice(before).filter((url) => url.endsWith('/data/manifest.json'));
		await expect.poll(() => manifests().length, { timeout: 15_000 }).toBeGreaterThan(0);
		// A check that found files missing would fetch them at once, after the manifest.
		await page.waitForTimeout(500);
		const after = session.requests.slice(before);
		expect(after.filter((url) => BUNDLE_FILE.test(url))).toEqual([]);
		expect(session.problems).toEqual([]);
	});
});
