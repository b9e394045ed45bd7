/**
 * The connection finder on the demo data: a donor to SAULES LATVIJAI and the economics
 * minister, who donates to the same party (demo/planted.json: minister-on-board), are
 * joined through the party; possible links stay out until asked for.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	describeInBrowser,
	foreignRequests,
	installedSession,
	screenshot,
	type Session
} from './browser';

describeInBrowser('connection finder', () => {
	let session: Session;
	beforeAll(async () => {
		session = await installedSession('#/connect', (page) =>
			page.getByRole('combobox', { name: 'From' })
		);
	});
	afterAll(async () => session?.close());

	async function pick(field: string, text: string, option: RegExp) {
		const { page } = session;
		const box = page.getByRole('combobox', { name: field });
		await box.fill(text);
		await page.getByRole('option', { name: option }).first().click({ timeout: 60_000 });
	}

	it('asks for two ends, then shows the donor → party → minister path first', async () => {
		const { page } = session;
		await expect.poll(() => page.getByRole('status').last().innerText()).toMatch(/Pick both/);
		await pick('From', 'Agris Fjodorovs', /Agris Fjodorovs/);
		await pick('To', 'Dace Liepa', /Dace Liepa.*Ekonomikas/);
		expect(page.url()).toMatch(/#\/connect\?a=p-agris-fjodorovs-[0-9a-f]+&b=p-dace-liepa-/);
		const first = page.getByRole('article', { name: /Path 1: 2 steps/ });
		await first.waitFor({ timeout: 60_000 });
		const hops = first.getByRole('listitem');
		await expect.poll(() => hops.count()).toBe(2);
		expect(await hops.nth(0).innerText()).toMatch(
			/Agris Fjodorovs\s*— Donated to →\s*SAULES LATVIJAI/
		);
		expect(await hops.nth(1).innerText()).toMatch(/Dace Liepa\s*— Donated to →\s*SAULES LATVIJAI/);
		// The party is a hub (its group lists no incoming donations): the donor's group has them.
		await expect.poll(() => hops.nth(0).innerText()).toMatch(/EUR/);
		await expect
			.poll(() => page.getByRole('article').count(), { timeout: 30_000 })
			.toBeGreaterThan(1);
		const titles = await page.getByRole('article').locator('h2').allInnerTexts();
		const steps = titles.map((t) => Number(/(\d+) steps/.exec(t)?.[1]));
		expect(steps).toEqual([...steps].sort((a, b) => a - b));
		expect(steps.length).toBeLessThanOrEqual(5);
		expect(steps.every((n) => n <= 4)).toBe(true);
		await screenshot(page, 'connect');
	});

	it('opens a hop’s evidence and sources, and links each node to its profile', async () => {
		const { page } = session;
		const first = page.getByRole('article', { name: /Path 1/ });
		await first
			.getByText(/Why this link/)
			.first()
			.click();
		await first
			.getByText(/Source records \(\d+\)/)
			.first()
			.click();
		const hop = first.getByRole('listitem').first();
		await expect.poll(() => hop.locator('details[open]').count()).toBe(2);
		await expect.poll(() => hop.locator('details.sources').innerText()).toMatch(/\.csv|#\d/);
		const party = first.getByRole('link', { name: /SAULES LATVIJAI/ }).first();
		expect(await party.getAttribute('href')).toMatch(/^#\/party\/o-/);
		await screenshot(page, 'connect-evidence');
	});

	it('keeps namesakes out until asked, then marks them as possible', async () => {
		const { page } = session;
		await page.goto(`${session.baseUrl}#/search`);
		await page.goto(`${session.baseUrl}#/connect`);
		await pick('From', 'Deniss Dreimanis', /Deniss Dreimanis.*TIESLIETU/i);
		const to = page.getByRole('combobox', { name: 'To' });
		await to.fill('Deniss Dreimanis');
		const options = page.getByRole('option', { name: /Deniss Dreimanis/ });
		await options.first().waitFor({ timeout: 60_000 });
		// Another Deniss Dreimanis: joined to the minister only by a possible namesake link.
		const count = await options.count();
		let picked = false;
		for (let i = 0; i < count && !picked; i++) {
			if (/TIESLIETU/i.test(await options.nth(i).innerText())) continue;
			await options.nth(i).click();
			picked = true;
		}
		expect(picked).toBe(true);
		await expect
			.poll(() => page.getByRole('status').last().innerText(), { timeout: 60_000 })
			.toMatch(/No path within four steps/);
		await page.getByRole('checkbox', { name: /possible links/ }).check();
		const first = page.getByRole('article', { name: /Path 1/ });
		await first.waitFor({ timeout: 60_000 });
		expect(await first.innerText()).toMatch(/Possible namesake.*possible/s);
		await expect.poll(() => first.locator('line.possible').count()).toBeGreaterThan(0);
		await screenshot(page, 'connect-possible');
		expect(foreignRequests(session)).toEqual([]);
		expect(session.problems).toEqual([]);
	});

	it('is linked from the header and from a profile', async () => {
		const { page } = session;
		await page.goto(`${session.baseUrl}#/search?q=dace%20liepa`);
		await page
			.getByRole('option', { name: /Dace Liepa/ })
			.first()
			.click({ timeout: 60_000 });
		await page.getByRole('link', { name: 'How is this connected to…?' }).click();
		expect(page.url()).toMatch(/#\/connect\?a=p-dace-liepa-/);
		await page.getByRole('combobox', { name: 'To' }).waitFor();
		await expect
			.poll(() => page.getByRole('link', { name: 'Connections' }).getAttribute('aria-current'))
			.toBe('page');
		await page.getByRole('button', { name: 'Latviešu' }).click();
		await page.getByRole('heading', { level: 1, name: 'Kā A ir saistīts ar B?' }).waitFor();
		await pick('Līdz', 'Agris Fjodorovs', /Agris Fjodorovs/);
		await page.getByRole('article', { name: /1\. ceļš: 2 soļi/ }).waitFor({ timeout: 60_000 });
		await expect
			.poll(() => page.getByRole('article', { name: /1\. ceļš/ }).innerText())
			.toMatch(/EUR[\s\S]*Kāpēc šī saite/);
		expect(await page.getByRole('link', { name: 'Savienojumi' }).count()).toBe(1);
		await screenshot(page, 'connect-lv');
		await page.getByRole('button', { name: 'English' }).click();
	});
});
