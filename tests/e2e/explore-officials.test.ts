/**
 * Issue 15, officials' declarations: on the demo data, a press on a municipality tile filters
 * the table to that council's deputies and puts the selection in the address; back restores
 * the whole table; at phone width the map and the table stack with no page-wide scroll.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSession, screenshot, waitForSearch, type Session } from './browser';

describeInBrowser("officials' declarations", () => {
	let session: Session;
	beforeAll(async () => {
		session = await openSession();
		// The demo's Rīga council deputies file with RĪGAS VALSTSPILSĒTAS PAŠVALDĪBA.
		await waitForSearch(session, 'saeima', /Saeima/i);
	});
	afterAll(async () => session?.close());

	const institutionCells = () =>
		session.page
			.getByRole('table', { name: "Officials' declarations" })
			.locator('tbody tr td:nth-child(3)')
			.allTextContents();

	it('filters the table by a tile press, and back restores it', async () => {
		const { page, baseUrl } = session;
		await page.goto(`${baseUrl}#/explore/officials`);
		const riga = page.getByRole('button', { name: /^Rīga: \d+/ });
		await riga.waitFor({ timeout: 60_000 });
		const summary = page.locator('.summary');
		await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toMatch(/declarations/);
		const before = await summary.textContent();
		expect(new Set(await institutionCells()).size).toBeGreaterThan(1);
		await riga.click();
		await expect.poll(() => page.url()).toContain('municipality=riga');
		await expect.poll(() => summary.textContent()).not.toBe(before);
		const cells = await institutionCells();
		expect(cells.length).toBeGreaterThan(0);
		expect(new Set(cells.map((c) => c.toLowerCase()))).toEqual(
			new Set(['rīgas valstspilsētas pašvaldība'])
		);
		expect(await riga.getAttribute('aria-pressed')).toBe('true');
		await expect(
			page.getByRole('link', { name: 'Its council in "My deputies"' }).getAttribute('href')
		).resolves.toMatch(/^#\/institution\//);
		await screenshot(page, 'explore-officials-riga');
		await page.goBack();
		await expect.poll(() => summary.textContent()).toBe(before);
		expect(page.url()).not.toContain('municipality=');
	});

	it('stacks the map and the table at phone width, the table scrolling in its own box', async () => {
		const { page, baseUrl } = session;
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${baseUrl}#/explore/officials?year=2023`);
		await page.getByRole('button', { name: /^Rīga: \d+/ }).waitFor({ timeout: 60_000 });
		await page.getByRole('table', { name: "Officials' declarations" }).waitFor();
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
		).toBeLessThanOrEqual(0);
		await screenshot(page, 'explore-officials-phone');
		await page.setViewportSize({ width: 1280, height: 900 });
	});
});
