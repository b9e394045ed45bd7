/**
 * The timeline on real pages of the fictional demo data: a deputy with declarations and
 * donations, the table view with the same facts, lane toggles, zoom, the year-over-year
 * diff, and the party's and a company's timelines. Screenshots go to test-results/screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	SCREENSHOTS,
	describeInBrowser,
	foreignRequests,
	installedSession,
	screenshot,
	type Session
} from './browser';

describeInBrowser('timeline', () => {
	let session: Session;
	beforeAll(async () => {
		const hit = (page: Page) => page.getByRole('option', { name: /Māris Ozols/ }).first();
		session = await installedSession('#/search?q=maris%20ozols', hit);
		await hit(session.page).click();
		await session.page
			.getByRole('heading', { level: 1, name: 'Māris Ozols' })
			.waitFor({ timeout: 15_000 });
	});
	afterAll(async () => session?.close());

	const tableRows = () =>
		session.page.getByRole('table', { name: 'Timeline facts' }).locator('tbody tr').allInnerTexts();

	it('shows a deputy’s lanes, and the table view lists the same facts', async () => {
		const { page } = session;
		const lanes = page.getByRole('group', { name: 'Show lanes' });
		await lanes.waitFor({ timeout: 15_000 });
		const names = await lanes
			.getByRole('checkbox')
			.evaluateAll((boxes) => boxes.map((b) => b.parentElement?.textContent?.trim()));
		expect(names).toEqual(expect.arrayContaining(['Posts', 'Declarations', 'Donations']));
		const chart = page.getByRole('group', { name: 'Timeline: Māris Ozols' });
		const declarations = await chart.getByRole('button', { name: /declaration/i }).count();
		const donations = await chart.getByRole('link', { name: /Donation to / }).count();
		expect(declarations).toBeGreaterThan(1);
		expect(donations).toBeGreaterThan(0);
		await page.getByText('Table view').click();
		const rows = await tableRows();
		expect(rows.filter((r) => r.includes('\tDeclarations\t'))).toHaveLength(declarations);
		expect(rows.filter((r) => r.includes('\tDonations\t'))).toHaveLength(donations);
		expect(rows.find((r) => r.includes('\tDeclarations\t'))).toMatch(/properties: \d+/);
		await page.locator('.timeline-section').screenshot({
			path: `${SCREENSHOTS}/timeline-person-chart.png`
		});
		await screenshot(page, 'timeline-person');
	});

	it('shows a mark’s fact and source on focus, and switches a lane off', async () => {
		const { page } = session;
		const chart = page.getByRole('group', { name: 'Timeline: Māris Ozols' });
		await chart
			.getByRole('button', { name: /declaration/i })
			.last()
			.focus();
		await expect.poll(() => page.locator('.fact').innerText()).toMatch(/properties: \d+/);
		await expect.poll(() => page.locator('.fact').innerText()).toMatch(/record/);
		const ticks = () =>
			page.locator('.axis text').evaluateAll((texts) => texts.map((t) => t.textContent ?? ''));
		const before = await ticks();
		await page.getByRole('button', { name: '+ Zoom in' }).click();
		await page.getByRole('button', { name: '+ Zoom in' }).click();
		// Zoomed in, the axis shows a shorter stretch of time: its first tick is later.
		await expect.poll(async () => (await ticks())[0]).not.toBe(before[0]);
		expect(Number((await ticks())[0]!.slice(0, 4))).toBeGreaterThan(Number(before[0]));
		await screenshot(page, 'timeline-person-zoomed');
		const zoomed = await ticks();
		await page.getByRole('button', { name: '‹ Earlier' }).click();
		await expect
			.poll(async () => Number((await ticks())[0]!.slice(0, 4)))
			.toBeLessThan(Number(zoomed[0]!.slice(0, 4)));
		// By keyboard, from a focused mark: + zooms in, the arrows pan, 0 shows the whole timeline.
		await chart
			.getByRole('button', { name: /declaration/i })
			.first()
			.focus();
		await page.keyboard.press('0');
		await expect.poll(ticks).toEqual(before);
		await page.keyboard.press('+');
		await expect.poll(async () => (await ticks())[0]).not.toBe(before[0]);
		await page.getByRole('button', { name: 'Whole timeline' }).click();
		await expect.poll(ticks).toEqual(before);
		await page
			.getByRole('group', { name: 'Show lanes' })
			.getByRole('checkbox', { name: 'Donations' })
			.uncheck();
		expect(await chart.getByRole('link', { name: /Donation to / }).count()).toBe(0);
		expect((await tableRows()).filter((r) => r.includes('\tDonations\t'))).toEqual([]);
	});

	it('compares two declarations, the newest two by default', async () => {
		const { page } = session;
		const diff = page.getByRole('region', { name: 'Compare declarations' });
		const later = await diff.getByRole('combobox', { name: 'Later' }).inputValue();
		const earlier = await diff.getByRole('combobox', { name: 'Earlier' }).inputValue();
		expect(later).not.toBe(earlier);
		await expect
			.poll(() => diff.innerText())
			.toMatch(/\d+ appeared, \d+ disappeared, \d+ changed\./);
		const options = await diff.getByRole('combobox', { name: 'Earlier' }).locator('option').all();
		await diff
			.getByRole('combobox', { name: 'Earlier' })
			.selectOption((await options.at(-1)!.getAttribute('value'))!);
		await diff.getByRole('checkbox', { name: 'Show unchanged items too' }).check();
		await expect.poll(() => diff.getByRole('table').count()).toBe(1);
		await diff.scrollIntoViewIfNeeded();
		await screenshot(page, 'timeline-diff');
	});

	it('shows a party’s donations per month and a company’s taxes, in Latvian too', async () => {
		const { page } = session;
		await page.locator('main a[href^="#/party/"]').first().click();
		const lanes = page.getByRole('group', { name: 'Show lanes' });
		await lanes.getByRole('checkbox', { name: 'Donations received per month' }).waitFor({
			timeout: 15_000
		});
		await expect
			.poll(() => lanes.getByRole('checkbox', { name: 'Members’ posts' }).count(), {
				timeout: 15_000
			})
			.toBe(1);
		await page.locator('.timeline-section').screenshot({
			path: `${SCREENSHOTS}/timeline-party-chart.png`
		});
		await screenshot(page, 'timeline-party');
		await page.goBack();
		await page.getByRole('heading', { level: 1, name: 'Māris Ozols' }).waitFor();
		await page.locator('main a[href^="#/company/"]').first().click();
		await page.getByRole('heading', { name: 'Taxes paid' }).waitFor({ timeout: 15_000 });
		await page.getByRole('group', { name: 'Show lanes' }).waitFor();
		await page.getByRole('button', { name: 'Latviešu' }).click();
		await page.getByRole('heading', { name: 'Laika josla' }).waitFor();
		await screenshot(page, 'timeline-company-lv');
		await page.getByRole('button', { name: 'English' }).click();
		expect(foreignRequests(session)).toEqual([]);
		expect(session.problems).toEqual([]);
	});
});
