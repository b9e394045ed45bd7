/**
 * A bad bundle never replaces good data. The demo bundle is installed first; then the server
 * offers a damaged new version (a truncated chunk, a changed chunk, an unknown format, a
 * record that fails validation, a missing file, a manifest that is not JSON). The page must
 * name the file and the problem, and the data stored before must still search and open.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	DIST,
	describeInBrowser,
	foreignRequests,
	screenshot,
	servedSession,
	type ServedSession,
	waitForSearch
} from './browser';
import { BAD_BUNDLES, type BadBundle } from './bad-bundles';
import type { StaticServer } from './static-server';

describeInBrowser('bad bundles are refused', () => {
	let server: StaticServer;
	let session: ServedSession;
	let work: string;

	beforeAll(async () => {
		work = mkdtempSync(join(tmpdir(), 'plainview-bad-'));
		session = await servedSession();
		server = session.server;
		await waitForSearch(session, 'ozols', /Māris Ozols/);
	});
	afterAll(async () => {
		await session?.close();
		if (work) rmSync(work, { recursive: true, force: true });
	});

	it.each(BAD_BUNDLES.map((bad) => [bad.name, bad] as const))(
		'refuses %s and keeps the data',
		async (_name: string, bad: BadBundle) => {
			const { page } = session;
			server.setDataDir(bad.make(join(DIST, 'data'), join(work, bad.name.replace(/\W+/g, '-'))));
			const before = session.problems.length;
			await page.goto(`${server.url}#/search?q=ozols`);
			await page.reload();
			const alert = page.getByRole('alert').filter({ hasText: bad.file });
			await alert.waitFor({ timeout: 60_000 });
			// The technical message is behind the Details toggle (InstallFailure.svelte).
			await alert.getByText('Details').click();
			const message = await alert.innerText();
			expect(message).toContain(bad.file);
			expect(message).toMatch(bad.problem);
			expect(message).toMatch(/earlier data has been kept/);
			await screenshot(page, `bad-data-${bad.name.replace(/\W+/g, '-')}`);

			// The installed version still searches and opens a profile with its facts.
			await page.getByRole('combobox').first().fill('ozols maris');
			await page
				.getByRole('option', { name: /Māris Ozols/ })
				.first()
				.click({ timeout: 30_000 });
			await page
				.getByRole('heading', { level: 1, name: 'Māris Ozols' })
				.waitFor({ timeout: 15_000 });
			await page.getByRole('heading', { name: 'Declarations' }).first().waitFor();
			await expect.poll(() => page.locator('main').innerText()).toMatch(/EUR/);
			// A refused bundle is the app working as meant: the browser logs only the 404 itself.
			const problems = session.problems.slice(before).filter((p) => !bad.expectedProblem?.test(p));
			expect(problems).toEqual([]);
			expect(foreignRequests(session)).toEqual([]);
		}
	);

	it('still lists every deputy after all the refusals', async () => {
		const { page } = session;
		server.setDataDir(undefined);
		await page.goto(`${server.url}#/institutions`);
		await page.reload();
		await page.getByRole('link', { name: 'Latvijas Republikas Saeima' }).first().click();
		await expect
			.poll(() => page.locator('main a[href^="#/person/"]').count(), { timeout: 15_000 })
			.toBeGreaterThan(50);
		expect(await page.getByRole('alert').count()).toBe(0);
	});
});
