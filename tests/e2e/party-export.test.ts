/**
 * Issue 12: a party's CSV export holds every donation and fee its page sums up (they sit in
 * the payers' fact groups, read by a worker), each row with its source record.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, installedSession, screenshot, type Session } from './browser';

/** Payments plus refunds over a "per year" table's rows (columns: year, kind, payments, paid, refunds, refunded). */
async function rowsSummed(page: Page, caption: string): Promise<number> {
	const cells = await page
		.getByRole('table', { name: caption })
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''))
		);
	const count = (text: string | undefined) => Number((text ?? '').replace(/[^\d]/g, '') || 0);
	return cells.reduce((sum, row) => sum + count(row[2]) + count(row[4]), 0);
}

describeInBrowser('party export', () => {
	let session: Session;
	beforeAll(async () => {
		const option = (page: Page) => page.getByRole('option', { name: /SAULES LATVIJAI/i }).first();
		session = await installedSession('#/search?q=saules%20latvijai', option);
		await option(session.page).click();
		await session.page
			.getByRole('heading', { name: 'Donations received per year' })
			.waitFor({ timeout: 30_000 });
	});
	afterAll(async () => session?.close());

	it('downloads every donation and fee the page sums up, each with its source record', async () => {
		const { page } = session;
		const donations = await rowsSummed(page, 'Donations received per year');
		const fees = await rowsSummed(page, 'Membership and entry fees per year');
		expect(donations).toBeGreaterThan(200);
		expect(fees).toBeGreaterThan(0);
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 60_000 }),
			page.getByRole('button', { name: 'Download CSV' }).click()
		]);
		const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
		const [header, ...rows] = csv.trimEnd().split('\r\n');
		expect(header!.split(',').slice(0, 2)).toEqual(['fact', 'id']);
		const facts = rows.map((row) => row.split(',')[0]);
		expect(facts.filter((f) => f === 'donation')).toHaveLength(donations);
		expect(facts.filter((f) => f === 'fee')).toHaveLength(fees);
		expect(facts.filter((f) => f === 'donor').length).toBeGreaterThan(50);
		// Every payment row names its one record: a dataset, then a file line or the source's id.
		for (const row of rows.filter((r) => /^(donation|fee),/.test(r)))
			expect(row).toMatch(/,[\w-]+,[^,|]+,[^,]*$/);
		await screenshot(page, 'party-export');
	});
});
