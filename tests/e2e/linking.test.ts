/**
 * The journalist's check of a join (issue #4): a deputy who also donates shows the
 * donations with the evidence of the link, and a namesake born another year is shown only
 * under "Possible matches", never in the deputy's donations. Demo data, planted cases.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, installedSession, screenshot, type Session } from './browser';

describeInBrowser('links with evidence, namesakes apart', () => {
	let session: Session;
	beforeAll(async () => {
		const deputy = (page: Page) =>
			page.getByRole('option', { name: /Jānis Krūmliņš.*Saeima/ }).first();
		session = await installedSession('#/search?q=janis%20krumlins', deputy);
		const { page } = session;
		await deputy(page).click();
		await page.getByRole('heading', { level: 1, name: 'Jānis Krūmliņš' }).waitFor();
	});
	afterAll(async () => session?.close());

	const section = (name: string) =>
		session.page
			.getByRole('heading', { name, exact: true })
			.first()
			.locator('xpath=ancestor::section[1]');

	it('shows the deputy’s membership fees apart from donations, with the evidence of the link', async () => {
		const fees = section('Membership and entry fees paid');
		await expect.poll(() => fees.innerText()).toMatch(/SAULES LATVIJAI/);
		// Fees are never donations (issue 12): the deputy paid fees only.
		expect(await section('Donations made').innerText()).toMatch(/No donations\./);
		const why = fees.locator('details').first();
		await why.locator('summary').click();
		const text = await why.innerText();
		expect(text).toMatch(/probable link/);
		expect(text).toMatch(/Same name and the same birth year/);
		expect(text).toMatch(/1971/);
		expect(text).toMatch(/deputies\.csv:\d+/);
		expect(text).toMatch(/membership-fees\.csv:\d+/);
		await screenshot(session.page, 'person-donations-evidence');
	});

	it('shows the namesake born in 1985 only under possible matches, with the reason', async () => {
		const namesakes = section('Possible matches');
		expect(await namesakes.innerText()).toMatch(/Another birth date|Another birth year/);
		// The namesake's donations (donations.csv rows of the 1985 Jānis Krūmliņš) are not the deputy's.
		const donations = await section('Donations made').innerText();
		expect(donations).not.toMatch(/donations\.csv:934\b/);
		expect(donations).not.toMatch(/Skaidrā Valoda/);
		await screenshot(session.page, 'person-namesakes');
	});

	it('opens the namesake as a separate person who is not the deputy', async () => {
		const { page } = session;
		const deputyUrl = page.url();
		await section('Possible matches').getByRole('link', { name: 'Jānis Krūmliņš' }).first().click();
		await page.getByRole('heading', { level: 1, name: 'Jānis Krūmliņš' }).waitFor();
		expect(page.url()).not.toBe(deputyUrl);
		await expect.poll(() => page.locator('main').innerText()).toMatch(/1985/);
		expect(await page.locator('main').innerText()).not.toMatch(/Saeimas deputāts/);
		expect(session.problems).toEqual([]);
	});
});
