import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eSkipReason, foreignRequests, openSession, screenshot, type Session } from './browser';

const skip = e2eSkipReason();

describe.skipIf(skip)(`first install and warm start${skip ? ` (skipped: ${skip})` : ''}`, () => {
	let session: Session;
	beforeAll(async () => {
		session = await openSession();
	});
	afterAll(async () => session?.close());

	it('downloads, verifies and stores the demo bundle, then is searchable', async () => {
		const { page, baseUrl } = session;
		await page.goto(baseUrl);
		await page
			.getByRole('progressbar')
			.first()
			.waitFor({ timeout: 30_000 })
			.catch(() => undefined);
		await page.getByRole('combobox').first().waitFor({ timeout: 60_000 });
		await page.waitForFunction(() => !document.querySelector('[role=progressbar]'), undefined, {
			timeout: 60_000
		});
		await screenshot(page, 'home');
		const manifestRequests = session.requests.filter((url) => url.endsWith('/data/manifest.json'));
		expect(manifestRequests.length).toBeGreaterThan(0);
		expect(session.requests.some((url) => /\/data\/facts-\d+\.json$/.test(url))).toBe(true);
		expect(foreignRequests(session)).toEqual([]);
		expect(session.problems).toEqual([]);
	});

	it('opens from IndexedDB on reload without downloading the bundle again', async () => {
		const { page } = session;
		const before = session.requests.length;
		await page.reload();
		await page.getByRole('combobox').first().waitFor({ timeout: 30_000 });
		await page.waitForTimeout(1000);
		const after = session.requests.slice(before);
		expect(after.filter((url) => /\/data\/(facts|entities|search)-\d+\.json$/.test(url))).toEqual(
			[]
		);
		expect(session.problems).toEqual([]);
	});
});
