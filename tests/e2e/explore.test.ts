/**
 * Issue 15, "money to parties" on the demo data in Chromium: a party bar click filters the
 * other charts and the table, the address holds the selection (a copied link draws it again,
 * back steps to the previous one), the CSV download holds exactly the selected rows, and a
 * phone-wide page has no page-wide sideways scroll.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Tally } from '../../src/lib/explore/explore-protocol';
import { describeInBrowser, openSession, screenshot, waitForSearch, type Session } from './browser';

const summary = (page: Page) => page.locator('main .summary .main');
const chart = (page: Page, name: string) => page.getByRole('region', { name });
const cents = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** The summary's EUR total, in cents ("8,160 donations, EUR 2,225,655.23, …"). */
async function summedCents(page: Page): Promise<number> {
	const text = (await summary(page).textContent()) ?? '';
	return cents(/EUR ([\d,.]+)/.exec(text)?.[1] ?? '');
}

/** How many rows the table says the selection holds ("1–50 of 812"). */
async function tableTotal(page: Page): Promise<number> {
	const text = await page.getByText(/^\d[\d,]*–[\d,]+ of [\d,]+$/).textContent();
	return Number((text ?? '').split(' of ')[1]?.replace(/,/g, ''));
}

/** RFC 4180 lines into cells (quotes doubled inside quoted cells). */
function csvCells(line: string): string[] {
	const cells: string[] = [];
	const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
	for (let m = re.exec(line); m && m[0] !== ''; m = re.exec(line)) {
		const cell = m[1] ?? '';
		cells.push(cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);
		if (m[2] === '') break;
	}
	return cells;
}

async function settled(page: Page, text: string): Promise<void> {
	await page.waitForFunction(
		([selector, before]) => {
			const now = document.querySelector(selector!)?.textContent ?? '';
			return now !== '' && now !== before;
		},
		['main .summary .main', text] as const,
		{ timeout: 10_000 }
	);
}

describeInBrowser('explore: money to parties', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openSession();
		await waitForSearch(session, 'ozols', /Māris Ozols/);
	});
	afterAll(async () => session?.close());

	it('filters the other charts and the table by a party bar, and the address holds it', async () => {
		const { page, baseUrl } = session;
		await page.goto(`${baseUrl}#/explore`);
		await page.getByRole('link', { name: 'Money to parties' }).click();
		await summary(page).waitFor({ timeout: 30_000 });
		const whole = (await summary(page).textContent()) ?? '';
		const moneyBefore = await chart(page, 'Kind of gift').getByRole('button').first().textContent();
		const key = await chart(page, 'By party').getByRole('button').first().getAttribute('data-key');
		const first = chart(page, 'By party').locator(`button[data-key="${key}"]`);
		const party = ((await first.locator('.label').textContent()) ?? '').trim();
		const partyCents = cents((await first.locator('.value').textContent()) ?? '');
		await first.click();
		await settled(page, whole);
		expect(page.url()).toContain('#/explore/donations?party=');
		// The summary sums that party's gifts: the bar's own figure.
		expect(await summedCents(page)).toBe(partyCents);
		expect(await first.getAttribute('aria-pressed')).toBe('true');
		const moneyAfter = await chart(page, 'Kind of gift').getByRole('button').first().textContent();
		expect(moneyAfter).not.toBe(moneyBefore);
		const parties = await page
			.getByRole('table', { name: 'Rows' })
			.locator('tbody tr td:nth-child(3)')
			.allTextContents();
		expect(parties.length).toBeGreaterThan(0);
		expect(new Set(parties.map((p) => p.trim()))).toEqual(new Set([party]));

		// A copied link draws the same selection.
		const selected = (await summary(page).textContent()) ?? '';
		const link = page.url();
		const other = await session.context.newPage();
		await other.goto(link);
		await summary(other).waitFor({ timeout: 30_000 });
		await other.waitForFunction((text) => {
			return document.querySelector('main .summary .main')?.textContent === text;
		}, selected);
		await expect
			.poll(() => other.getByRole('button', { name: party, pressed: true }).count())
			.toBeGreaterThan(0);
		await other.close();

		// A second filter is a new history entry; back returns to the party alone.
		const band = chart(page, 'By amount').getByRole('button').first();
		await band.click();
		await settled(page, selected);
		expect(page.url()).toContain('band=');
		await page.goBack();
		await page.waitForFunction((text) => {
			return document.querySelector('main .summary .main')?.textContent === text;
		}, selected);
		expect(page.url()).not.toContain('band=');
		expect(await band.getAttribute('aria-pressed')).toBe('false');
		await screenshot(page, 'explore-party');
	});

	it('downloads exactly the selected rows, each with its source', async () => {
		const { page } = session;
		expect(page.url()).toContain('party=');
		const total = await tableTotal(page);
		const sum = await summedCents(page);
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 60_000 }),
			page.getByRole('button', { name: 'Download CSV' }).click()
		]);
		const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
		const [header, ...lines] = csv.trimEnd().split('\r\n').map(csvCells);
		const at = (name: string) => header!.indexOf(name);
		expect(lines).toHaveLength(total);
		expect(new Set(lines.map((cells) => cells[at('party_id')])).size).toBe(1);
		// The gifts in EUR add up to the summary's total; refunds are rows of their own.
		const gifts = lines.filter((c) => c[at('refund')] === 'false' && c[at('currency')] === 'EUR');
		expect(gifts.reduce((s, c) => s + cents(c[at('amount')] ?? ''), 0)).toBe(sum);
		for (const cells of lines) {
			expect(cells[at('source_dataset')]).not.toBe('');
			expect(cells[at('source_record')]).not.toBe('');
		}
	});

	it('picks a period by dragging across the months, and a party by keyboard', async () => {
		const { page, baseUrl } = session;
		await page.goto(`${baseUrl}#/explore/donations`);
		await page.waitForFunction(() => !document.querySelector('main [aria-pressed=true]'));
		await summary(page).waitFor({ timeout: 30_000 });
		const whole = (await summary(page).textContent()) ?? '';
		await page.locator('svg.months').scrollIntoViewIfNeeded();
		const box = (await page.locator('svg.months').boundingBox())!;
		const y = box.y + box.height / 2;
		await page.mouse.move(box.x + box.width * 0.2, y);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.4, y, { steps: 5 });
		await page.mouse.up();
		await settled(page, whole);
		const url = new URL(page.url().replace('#', ''));
		const [from, to] = [url.searchParams.get('from'), url.searchParams.get('to')];
		expect(from).toMatch(/^\d{4}-\d{2}$/);
		expect(to! > from!).toBe(true);
		expect(await page.getByRole('combobox', { name: 'From month' }).inputValue()).toBe(from);
		const period = (await summary(page).textContent()) ?? '';
		const bar = chart(page, 'By party').getByRole('button').first();
		await bar.focus();
		await page.keyboard.press('Enter');
		await settled(page, period);
		expect(await bar.getAttribute('aria-pressed')).toBe('true');
		expect(page.url()).toContain('party=');
	});

	it('draws a warm reload from the first answers the install stored, as the table counts them', async () => {
		const { page, baseUrl } = session;
		await page.goto(`${baseUrl}#/explore/donations`);
		await page.reload();
		await summary(page).waitFor({ timeout: 30_000 });
		const stored = await page.evaluate(async () => {
			const ask = <T>(request: IDBRequest<T>) =>
				new Promise<T>((resolve, reject) => {
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error ?? new Error('request failed'));
				});
			const db = await ask(indexedDB.open('plainview'));
			const meta = db.transaction('meta', 'readonly').objectStore('meta');
			const { version } = (await ask(meta.get('active'))) as { version: string };
			const keys = (await ask(meta.getAllKeys())) as string[];
			const row = (await ask(
				db
					.transaction('meta', 'readonly')
					.objectStore('meta')
					.get(`explore-answer/${version}/overview`)
			)) as { answer: { response: { overview: Tally } } } | undefined;
			db.close();
			return { keys: keys.filter((k) => k.startsWith('explore-answer/')), row };
		});
		expect(stored.keys.length).toBeGreaterThanOrEqual(6);
		const overview = stored.row!.answer.response.overview;
		expect(await summedCents(page)).toBe(overview.cents);
		expect(await summary(page).textContent()).toContain(
			`${overview.count.toLocaleString('en')} donations`
		);
		// The first table page is the stored one too: every row, gifts and refunds.
		expect(await tableTotal(page)).toBe(overview.count + overview.refunds + overview.otherCurrency);
	});

	it('fits a phone: the charts stack and nothing scrolls the whole page sideways', async () => {
		const { page } = session;
		await page.setViewportSize({ width: 390, height: 844 });
		await page.reload();
		await summary(page).waitFor({ timeout: 30_000 });
		const [scrollWidth, innerWidth] = await page.evaluate(() => [
			document.documentElement.scrollWidth,
			window.innerWidth
		]);
		expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
		await screenshot(page, 'explore-phone');
		await page.setViewportSize({ width: 1280, height: 900 });
	});
});
