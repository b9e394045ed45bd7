/**
 * Red flags on the demo data (issue 16): the planted major donor's page shows the flag with
 * its figures and source rows, his namesake born in another year does not get it, the donor
 * one cent under the mark has no flags, the search marks flagged people, and the #/flags page
 * filters by kind, year and page, all kept in the address.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readBundleRecords, readManifest } from '../../src/builder/export/read-bundle';
import { foldText } from '../../src/model/fold-name';
import type { SearchDoc } from '../../src/model/types';
import { describeInBrowser, openSession, screenshot, type Session, waitForSearch } from './browser';

const BUNDLES = resolve(import.meta.dirname, '../../data/bundles');
const PLANTED = resolve(import.meta.dirname, '../../data/demo/planted.json');

interface PlantedPerson {
	role: string;
	name: string;
	birthDate: string;
}

/**
 * The people of the planted major-donor case, read from the demo's planted.json rather than
 * written here: the flagged donor, his namesake born in another year, and the near miss.
 */
function majorDonorCase(): {
	donor: PlantedPerson;
	namesake: PlantedPerson;
	nearMiss: PlantedPerson;
} {
	const planted = JSON.parse(readFileSync(PLANTED, 'utf8')) as {
		cases: { id: string; people?: PlantedPerson[] }[];
	};
	const people = planted.cases.find((c) => c.id === 'flag-major-donor')?.people ?? [];
	const role = (name: string, test: (p: PlantedPerson) => boolean = () => true) => {
		const found = people.find((p) => p.role === name && test(p));
		if (!found) throw new Error(`planted.json: no "${name}" in the major-donor case`);
		return found;
	};
	const namesake = role('namesake born 1971, not flagged');
	const donor = role('flagged donor', (p) => p.name === namesake.name);
	return { donor, namesake, nearMiss: role('one cent under the mark') };
}

/** The DDMMYY fragment a masked code starts with, from an ISO birth date. */
const fragmentOf = (birthDate: string) =>
	birthDate.slice(8, 10) + birthDate.slice(5, 7) + birthDate.slice(2, 4);

/** A pattern that matches the text as written. */
const literal = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The planted person of this name whose masked code starts with this birth-date fragment. */
function personId(name: string, fragment: string): string {
	const docs = readManifest(BUNDLES)
		.files.filter((f) => f.kind === 'search')
		.flatMap((file) => readBundleRecords(BUNDLES, file) as SearchDoc[]);
	const found = docs.find((d) => d.name === name && d.codes?.includes(fragment));
	if (!found) throw new Error(`no ${name} with code ${fragment} in the demo bundle`);
	return found.id;
}

describeInBrowser('red flags', () => {
	const { donor, namesake, nearMiss } = majorDonorCase();
	let session: Session;
	beforeAll(async () => {
		session = await openSession();
		await waitForSearch(session, encodeURIComponent(foldText(donor.name)), literal(donor.name));
	});
	afterAll(async () => session?.close());

	it('marks flagged people in search results with their flag count', async () => {
		const options = session.page.getByRole('option', { name: literal(donor.name) });
		await expect.poll(() => options.count()).toBeGreaterThan(1);
		expect(await options.filter({ hasText: 'Flags: 1' }).count()).toBeGreaterThan(0);
	});

	it('shows the planted major donor’s flag, opening to its figures, rule and source rows', async () => {
		const { page, baseUrl } = session;
		await page.goto(`${baseUrl}#/person/${personId(donor.name, fragmentOf(donor.birthDate))}`);
		const section = page.getByRole('region', { name: /Flags: reasons to look closer/ });
		const flag = section.locator('details[data-flag="major-donor"]');
		await flag.waitFor();
		await expect.poll(() => flag.locator('summary').textContent()).toMatch(/Major donor, 2023/);
		await flag.locator('summary').click();
		const text = (await flag.textContent()) ?? '';
		expect(text).toContain('EUR 3,100.00');
		expect(text).toContain('5 minimum monthly wages');
		expect(text).toContain('Political Organisations (Parties) Financing Law');
		expect(text).toContain('Source records (2)');
		expect(await flag.locator('.records li').allTextContents()).toEqual([
			expect.stringMatching(/donations\.csv:\d+/),
			expect.stringMatching(/donations\.csv:\d+/)
		]);
		expect(await section.textContent()).toContain('not an accusation');
		await screenshot(page, 'flags-person-1280');
		await page.setViewportSize({ width: 390, height: 844 });
		await screenshot(page, 'flags-person-390');
		await page.setViewportSize({ width: 1280, height: 900 });
	});

	it('gives the namesake born in 1971 no major-donor flag, and the near miss no flag at all', async () => {
		const { page, baseUrl } = session;
		await page.goto(
			`${baseUrl}#/person/${personId(namesake.name, fragmentOf(namesake.birthDate))}`
		);
		await page.getByRole('heading', { level: 1, name: literal(namesake.name) }).waitFor();
		await page.getByRole('heading', { name: 'Declarations', exact: true }).first().waitFor();
		expect(await page.locator('details[data-flag="major-donor"]').count()).toBe(0);
		await page.goto(
			`${baseUrl}#/person/${personId(nearMiss.name, fragmentOf(nearMiss.birthDate))}`
		);
		await page.getByRole('heading', { level: 1, name: literal(nearMiss.name) }).waitFor();
		await page.getByRole('heading', { name: 'Donations made', exact: true }).first().waitFor();
		expect(await page.locator('section.flags').count()).toBe(0);
	});

	it('lists every flag on #/flags with counts per kind, and filters by kind', async () => {
		const { page, baseUrl } = session;
		await page.goto(`${baseUrl}#/flags`);
		const rows = page.locator('table tbody tr');
		await rows.first().waitFor();
		const kinds = await rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-flag')));
		expect(new Set(kinds).size).toBeGreaterThan(1);
		await screenshot(page, 'flags-page-1280');
		await page.getByRole('button', { name: /^Major donor/ }).click();
		await page.waitForURL(/#\/flags\?kind=major-donor$/);
		await expect
			.poll(() =>
				rows.evaluateAll((all) => [...new Set(all.map((r) => r.getAttribute('data-flag')))])
			)
			.toEqual(['major-donor']);
		await page.getByRole('link', { name: donor.name }).first().waitFor();
		await page.setViewportSize({ width: 390, height: 844 });
		await screenshot(page, 'flags-page-390');
		await page.setViewportSize({ width: 1280, height: 900 });
		expect(session.problems).toEqual([]);
	});

	it('keeps the year and the page in the address: a reload restores them, back steps back', async () => {
		const { page, baseUrl } = session;
		await page.goto(`${baseUrl}#/flags?kind=major-donor`);
		const rows = page.locator('table tbody tr');
		const pager = page.getByRole('navigation', { name: 'Flags' });
		await expect.poll(() => rows.count()).toBe(50);
		const total = Number((await pager.textContent())!.match(/of ([\d,]+)/)![1]!.replace(/,/g, ''));
		expect(total).toBeGreaterThan(50);
		await pager.getByRole('button', { name: 'Next' }).click();
		await page.waitForURL(/#\/flags\?kind=major-donor&page=2$/);
		await expect
			.poll(() => pager.textContent())
			.toContain(`51–${Math.min(100, total)} of ${total}`);
		await page.goBack();
		await page.waitForURL(/#\/flags\?kind=major-donor$/);
		await expect.poll(() => pager.textContent()).toContain(`1–50 of ${total}`);

		const year = page.getByRole('combobox', { name: 'Year', exact: true });
		const newest = await year.locator('option').nth(1).getAttribute('value');
		await year.selectOption(newest!);
		await page.waitForURL(new RegExp(`#/flags\\?kind=major-donor&year=${newest}$`));
		await page.reload();
		await expect
			.poll(() => page.getByRole('combobox', { name: 'Year', exact: true }).inputValue())
			.toBe(newest);
		await expect.poll(() => rows.count()).toBeGreaterThan(0);
		const years = await rows.evaluateAll((all) =>
			all.map((r) => (r as HTMLTableRowElement).cells[2]?.textContent)
		);
		expect(new Set(years)).toEqual(new Set([newest]));
		expect(session.problems).toEqual([]);
	});
});
