/**
 * A voter's and a journalist's path through the demo data: search a deputy, open the
 * person, follow links to the party and a company, come back, switch the language.
 * Every page is saved as a screenshot in test-results/screenshots/.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	describeInBrowser,
	foreignRequests,
	openSession,
	screenshot,
	type Session,
	waitForSearch
} from './browser';

describeInBrowser('profiles and links', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openSession();
		await waitForSearch(session, 'maris%20ozols', /Māris Ozols/);
	});
	afterAll(async () => session?.close());

	it('opens a deputy from the search results, with declarations, donations and companies', async () => {
		const { page } = session;
		await page.getByRole('combobox').first().fill('ozols maris');
		await page
			.getByRole('option', { name: /Māris Ozols/ })
			.first()
			.waitFor();
		// Enter opens the first (best) result.
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { level: 1, name: 'Māris Ozols' }).waitFor({ timeout: 15_000 });
		expect(page.url()).toMatch(/#\/person\/p-maris-ozols-/);
		for (const section of ['Declarations', 'Donations made', 'Companies linked']) {
			await expect
				.poll(() => page.getByRole('heading', { name: section }).count())
				.toBeGreaterThan(0);
		}
		await expect.poll(() => page.locator('main').innerText()).toMatch(/EUR/);
		await screenshot(page, 'person');
	});

	it('follows the link to the party and to a company, and back', async () => {
		const { page } = session;
		const personUrl = page.url();
		await page.locator('main a[href^="#/party/"]').first().click();
		await page
			.getByRole('heading', { name: 'Donations received per year' })
			.waitFor({ timeout: 15_000 });
		await screenshot(page, 'party');
		await page.goBack();
		await page.getByRole('heading', { level: 1, name: 'Māris Ozols' }).waitFor();
		expect(page.url()).toBe(personUrl);
		await page.locator('main a[href^="#/company/"]').first().click();
		await page.getByRole('heading', { name: 'Taxes paid' }).waitFor({ timeout: 15_000 });
		await screenshot(page, 'company');
		await page.goBack();
		await page.getByRole('heading', { level: 1, name: 'Māris Ozols' }).waitFor();
		await page.goForward();
		await page.getByRole('heading', { name: 'Taxes paid' }).waitFor();
		await page.goBack();
		await page.getByRole('heading', { level: 1, name: 'Māris Ozols' }).waitFor();
	});

	it("shows the party's finances and compares it on the finances explore page", async () => {
		const { page } = session;
		const personUrl = page.url();
		await page.locator('main a[href^="#/party/"]').first().click();
		await page
			.getByRole('heading', { level: 2, name: "Finances from the party's reports" })
			.waitFor({ timeout: 15_000 });
		// The demo's Saeima parties have a4 rows with their sum and a report with stated totals.
		await expect.poll(() => page.getByText('Total (sum of the lines)').count()).toBeGreaterThan(0);
		await expect.poll(() => page.getByText('(as stated in the report)').count()).toBeGreaterThan(0);
		const party = page.url().split('#/party/')[1]!;
		await page.getByRole('link', { name: 'Compare with other parties' }).click();
		await page
			.getByRole('heading', { level: 1, name: 'Party finances' })
			.waitFor({ timeout: 15_000 });
		expect(page.url()).toContain(`#/explore/finances?party=${party}`);
		const compare = page.getByRole('table', { name: /^Side by side, \d{4}$/ });
		await compare.waitFor({ timeout: 15_000 });
		await expect.poll(() => compare.locator('tbody tr').count()).toBeGreaterThan(10);
		await expect
			.poll(() =>
				page
					.getByRole('table', { name: /^All parties, / })
					.locator('tbody tr')
					.count()
			)
			.toBeGreaterThan(5);
		await screenshot(page, 'explore-finances');
		// On a phone the tables scroll in their own box; the page itself never scrolls sideways.
		await page.setViewportSize({ width: 390, height: 844 });
		await expect
			.poll(() => page.locator('.table-wrap[data-more]:visible').count())
			.toBeGreaterThan(0);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
		).toBeLessThanOrEqual(0);
		await screenshot(page, 'explore-finances-phone');
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goBack();
		await page
			.getByRole('heading', { level: 2, name: "Finances from the party's reports" })
			.waitFor();
		await page.goBack();
		await page.getByRole('heading', { level: 1, name: 'Māris Ozols' }).waitFor();
		expect(page.url()).toBe(personUrl);
	});

	it('keeps a profile at its permalink after a reload', async () => {
		const { page } = session;
		const url = page.url();
		await page.reload();
		await page.getByRole('heading', { level: 1, name: 'Māris Ozols' }).waitFor({ timeout: 30_000 });
		expect(page.url()).toBe(url);
	});

	it('lists deputies by institution and sources', async () => {
		const { page, baseUrl } = session;
		await page.goto(`${baseUrl}#/institutions`);
		await page.getByRole('link', { name: 'Latvijas Republikas Saeima' }).first().click();
		await expect
			.poll(() => page.locator('main a[href^="#/person/"]').count(), { timeout: 15_000 })
			.toBeGreaterThan(50);
		await screenshot(page, 'institution');
		await page.goto(`${baseUrl}#/sources`);
		await page.getByRole('heading', { name: 'Data sources' }).waitFor();
		await expect.poll(() => page.locator('main').innerText()).toMatch(/CC0|KNAB|VID/);
		await screenshot(page, 'sources');
	});

	it('switches the interface to Latvian and keeps data as published', async () => {
		const { page, baseUrl } = session;
		await page.goto(`${baseUrl}#/sources`);
		await page.getByRole('button', { name: 'Latviešu' }).click();
		await page
			.getByRole('heading', { name: 'Datu avoti' })
			.waitFor({ timeout: 5_000 })
			.catch(async () => {
				expect(await page.locator('h1').innerText()).not.toBe('Data sources');
			});
		await expect.poll(() => page.getByRole('link', { name: 'Meklēt' }).count()).toBeGreaterThan(0);
		await screenshot(page, 'sources-lv');
		await page.getByRole('button', { name: 'English' }).click();
		expect(foreignRequests(session)).toEqual([]);
		expect(session.problems).toEqual([]);
	});
});
