/**
 * Links and pages that can be shared, on the demo data: search results are links, each page
 * has its own title, the network page and the connection finder keep their options in the
 * address, a new page opens at its top and Back returns to where the reader was, and search
 * finds organisations by registration number and people by a personal-code fragment.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readBundleRecords, readManifest } from '../../src/builder/export/read-bundle';
import type { SearchDoc } from '../../src/model/types';
import { describeInBrowser, openSession, screenshot, type Session, waitForSearch } from './browser';

const BUNDLES = resolve(import.meta.dirname, '../../data/bundles');
const HUB = 'o-40008303050';

function searchDocs(): SearchDoc[] {
	return readManifest(BUNDLES)
		.files.filter((f) => f.kind === 'search')
		.flatMap((file) => readBundleRecords(BUNDLES, file) as SearchDoc[]);
}

describeInBrowser('links and shared pages', () => {
	let session: Session;
	const title = () => session.page.title();
	beforeAll(async () => {
		session = await openSession();
		await waitForSearch(session, 'maris%20ozols', /Māris Ozols/);
	});
	afterAll(async () => session?.close());

	it('makes search results links: a middle click opens a tab, the arrows and Enter still work', async () => {
		const { page, context } = session;
		const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
		await expect.poll(() => options.count()).toBeGreaterThan(1);
		const hrefs = await options.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
		const isPage = (href: string | null) =>
			/^#\/(person|party|company|org|institution)\/./.test(href ?? '');
		expect(hrefs.filter((href) => !isPage(href))).toEqual([]);
		expect(await title()).toBe('Search: maris ozols · Plainview');

		const opened = context.waitForEvent('page');
		await options.first().click({ button: 'middle' });
		const tab = await opened;
		expect(tab.url()).toBe(`${session.baseUrl}${hrefs[0]}`);
		await tab.close();
		expect(page.url()).toMatch(/#\/search\?q=maris/);

		const box = page.getByRole('combobox', { name: 'Search for a person, party or organisation' });
		await box.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${session.baseUrl}${hrefs[1]}`);
		await page.getByRole('heading', { level: 1 }).first().waitFor();
	});

	it('puts what is typed on the home page in the address, and starts the box empty', async () => {
		const { page } = session;
		await page
			.getByRole('link', { name: /Plainview/ })
			.first()
			.click();
		await page.waitForURL(/#\/$/);
		const box = page.getByRole('combobox');
		await expect.poll(() => box.inputValue()).toBe('');
		await box.fill('dace liepa');
		await page.waitForURL(/#\/\?q=dace\+liepa$/);
		await page
			.getByRole('option', { name: /Dace Liepa/ })
			.first()
			.click();
		await page.waitForURL(/#\/person\//);
		await page.goBack();
		await page.waitForURL(/#\/\?q=dace\+liepa$/);
		await expect.poll(() => box.inputValue()).toBe('dace liepa');
		await page
			.getByRole('link', { name: /Plainview/ })
			.first()
			.click();
		await page.waitForURL(/#\/$/);
		await expect.poll(() => box.inputValue()).toBe('');
	});

	it('titles every page', async () => {
		const { page, baseUrl } = session;
		const person = searchDocs().find((doc) => doc.name === 'Māris Ozols')!;
		const cases: [string, string][] = [
			['#/', 'Plainview'],
			[`#/person/${person.id}`, 'Māris Ozols · Plainview'],
			[`#/graph/${person.id}`, 'Network: Māris Ozols · Plainview'],
			['#/search?q=ozols', 'Search: ozols · Plainview'],
			['#/institutions', 'My deputies · Plainview'],
			['#/sources', 'Sources · Plainview'],
			['#/no/such/page', 'Not found · Plainview'],
			['#/person/p-nobody', 'Not found · Plainview']
		];
		for (const [hash, expected] of cases) {
			await page.goto(`${baseUrl}${hash}`);
			await expect.poll(title, { timeout: 30_000 }).toBe(expected);
		}
		await page.getByRole('button', { name: 'Latviešu' }).click();
		await page.goto(`${baseUrl}#/graph/${person.id}`);
		await expect.poll(title, { timeout: 30_000 }).toBe('Tīkls: Māris Ozols · Plainview');
		await page.getByRole('button', { name: 'English' }).click();
		await expect.poll(title).toBe('Network: Māris Ozols · Plainview');
	});

	it('keeps the network’s depth, filters and expanded hubs in the address', async () => {
		const { page, context, baseUrl } = session;
		const aggregate = `svg [data-node="more:${HUB}:donated-to"]`;
		await page.goto(`${baseUrl}#/graph/${HUB}`);
		await page.locator(aggregate).waitFor({ timeout: 30_000 });
		await page.getByLabel('Show possible namesakes (dashed)').check();
		await page.getByRole('checkbox', { name: 'Member', exact: true }).uncheck();
		await page.getByRole('spinbutton', { name: 'From year' }).fill('2020');
		await page.locator(aggregate).focus();
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: /^Show [\d,]+ more$/ }).click();
		await page.waitForURL(/[?&]x=/);
		const url = page.url();
		expect(url).toMatch(/possible=1/);
		expect(url).toMatch(/hide=member-of/);
		expect(url).toMatch(/from=2020/);
		expect(url).toContain(`x=${HUB}`);
		const counts = page.getByRole('status').filter({ hasText: /nodes/ });
		await expect.poll(() => counts.innerText()).not.toMatch(/Laying out/);
		const shown = await counts.innerText();

		const shared = await context.newPage();
		await shared.goto(url);
		await shared.locator(aggregate).waitFor({ timeout: 30_000 });
		const sharedCounts = shared.getByRole('status').filter({ hasText: /nodes/ });
		await expect.poll(() => sharedCounts.innerText(), { timeout: 30_000 }).toBe(shown);
		expect(await shared.getByLabel('Show possible namesakes (dashed)').isChecked()).toBe(true);
		expect(await shared.getByRole('checkbox', { name: 'Member', exact: true }).isChecked()).toBe(
			false
		);
		expect(await shared.getByRole('spinbutton', { name: 'From year' }).inputValue()).toBe('2020');
		expect(shared.url()).toBe(url);
		await screenshot(shared, 'links-graph-shared');
		await shared.close();

		// A malformed address is read as far as it makes sense, never as an error.
		await page.goto(`${baseUrl}#/graph/${HUB}?depth=9&hide=<b>&from=soon&x=`);
		await page.locator(aggregate).waitFor({ timeout: 30_000 });
		expect(await page.getByRole('radio', { name: '1 step' }).isChecked()).toBe(true);
		expect(session.problems).toEqual([]);
	});

	it('keeps the connection finder’s options in the address and names both ends in the title', async () => {
		const { page, context, baseUrl } = session;
		const docs = searchDocs();
		const a = docs.find((doc) => doc.name === 'Māris Ozols')!;
		const b = docs.find((doc) => doc.kind === 'party')!;
		await page.goto(`${baseUrl}#/connect?a=${a.id}&b=${b.id}`);
		await expect
			.poll(title, { timeout: 60_000 })
			.toBe(`Connections: Māris Ozols → ${b.name} · Plainview`);
		await page.getByLabel('Include possible links (namesakes)').check();
		await page.waitForURL(/possible=1/);
		const shared = await context.newPage();
		await shared.goto(page.url());
		const box = shared.getByLabel('Include possible links (namesakes)');
		await box.waitFor({ timeout: 60_000 });
		await expect.poll(() => box.isChecked()).toBe(true);
		await shared.close();
	});

	it('opens a new page at its top, and Back returns to where the reader was', async () => {
		const { page, baseUrl } = session;
		await page.goto(`${baseUrl}#/party/${HUB}`);
		await page
			.getByRole('heading', { name: 'Donations received per year' })
			.waitFor({ timeout: 30_000 });
		const height = () => page.evaluate(() => document.documentElement.scrollHeight);
		// The page has drawn its parts once its height holds still for a second: it settles in
		// steps (the profile's parts, then the timeline's member posts), some more than a poll apart.
		let [last, still] = [0, 0];
		await expect
			.poll(
				async () => {
					const now = await height();
					still = now === last && now > 3000 ? still + 1 : 0;
					last = now;
					return still >= 10;
				},
				{ interval: 100, timeout: 30_000 }
			)
			.toBe(true);
		await page.evaluate(() => window.scrollTo(0, 1800));
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1800);
		const left = 1800;
		// Follows a link in the page, as a reader would.
		const link = page.locator('main a[href^="#/person/"]').first();
		const href = (await link.getAttribute('href'))!;
		await page.evaluate((to) => (location.hash = to), href);
		await page.getByRole('heading', { level: 1 }).first().waitFor();
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
		await page.evaluate(() => window.scrollTo(0, 200));
		await page.goBack();
		await page.getByRole('heading', { name: 'Donations received per year' }).waitFor();
		await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(left);
		await page.goForward();
		await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(200);
	});

	it('finds an organisation by registration number and a person by a code fragment', async () => {
		const { page, baseUrl } = session;
		const docs = searchDocs();
		const company = docs.find((doc) => doc.kind === 'company' && doc.regNo)!;
		const person = docs.find((doc) => doc.codes?.length)!;
		const fragment = person.codes![0]!;
		await page.goto(`${baseUrl}#/search`);
		const box = page.getByRole('combobox', { name: 'Search for a person, party or organisation' });
		await box.fill(company.regNo!);
		const found = page.getByRole('option').first();
		await expect.poll(() => found.innerText(), { timeout: 30_000 }).toContain(company.name);
		expect(await found.innerText()).toContain(`Reg. No. ${company.regNo}`);
		await box.fill(company.regNo!.slice(0, 5));
		await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(1);
		await box.fill(fragment);
		const named = page.getByRole('option', { name: new RegExp(person.name) }).first();
		// Polled, as above: the option found may be one the results drawn next replace.
		await expect
			.poll(() => named.innerText(), { timeout: 30_000 })
			.toContain(`Personal code ${fragment}-*****`);
		await screenshot(page, 'links-search-number');
	});

	it('says on the home page what data is loaded, and offers three example searches', async () => {
		const { page, baseUrl } = session;
		await page.goto(`${baseUrl}#/`);
		const data = page.getByRole('region', { name: 'Data loaded' });
		const manifest = readManifest(BUNDLES);
		await expect.poll(() => data.getByRole('listitem').count()).toBe(manifest.sources.length);
		// A source whose period spans years (a single year is written once, not as a range).
		const dated = manifest.sources.find(
			(source) => source.period && source.period[0].slice(0, 4) !== source.period[1].slice(0, 4)
		)!;
		const item = data.getByRole('listitem').filter({ hasText: dated.title }).first();
		// Each end as a date in words ("2 March 2019"), so day and month cannot be confused.
		const year = (partial: string) => partial.slice(0, 4);
		expect(await item.innerText()).toMatch(
			new RegExp(`covering .*${year(dated.period![0])} – .*${year(dated.period![1])}`)
		);
		expect(await item.innerText()).toMatch(/retrieved/);
		const examples = page.locator('p', { hasText: 'Try:' }).getByRole('link');
		await expect.poll(() => examples.count(), { timeout: 30_000 }).toBe(3);
		const [text] = await examples.allInnerTexts();
		await examples.first().click();
		await page.waitForURL(/#\/search\?q=/);
		await expect.poll(() => page.getByRole('option').first().innerText()).toContain(text!);
	});
});
