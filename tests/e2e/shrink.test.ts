/**
 * Issue 18 item 5: a bundle far smaller than the installed one never replaces it silently.
 * With the demo data installed, the site offers a one-donation bundle: the installed data is
 * kept and the page says what each side holds. Then the same bundle is picked as files on the
 * Sources page: the question says in words what would be lost; Keep current data keeps it,
 * Install anyway installs it. Screenshots at 1280 and 390 px.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readManifest } from '../../src/builder/export/read-bundle';
import { formatInteger } from '../../src/lib/format/number';
import { bundleCounts } from '../../src/model/bundle-shrink';
import { axeViolations } from './a11y';
import {
	DIST,
	describeInBrowser,
	screenshot,
	SCREENSHOTS,
	servedSession,
	type ServedSession,
	waitForSearch
} from './browser';
import { tinyBundle } from './hostile-bundles';
import type { StaticServer } from './static-server';

const n = (value: number) => formatInteger(value, 'en');

/** The whole page and the question alone, at a desktop and a phone width. */
async function bothWidths(page: Page, question: Locator, name: string): Promise<void> {
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: width > 400 ? 900 : 844 });
		await screenshot(page, `${name}-${width}`);
		await question.screenshot({ path: join(SCREENSHOTS, `${name}-question-${width}.png`) });
	}
	await page.setViewportSize({ width: 1280, height: 900 });
}

describeInBrowser('far less data', () => {
	let work: string;
	let tiny: string;
	let server: StaticServer;
	let session: ServedSession;

	beforeAll(async () => {
		work = mkdtempSync(join(tmpdir(), 'plainview-shrink-'));
		tiny = tinyBundle(join(work, 'tiny'));
		session = await servedSession();
		server = session.server;
		await waitForSearch(session, 'ozols', /Māris Ozols/);
	}, 180_000);
	afterAll(async () => {
		await session?.close();
		if (work) rmSync(work, { recursive: true, force: true });
	});

	const installed = () => bundleCounts(readManifest(join(DIST, 'data')));
	const offered = () => bundleCounts(readManifest(tiny));

	/** Māris Ozols is in the demo data only; Dace Ozoliņa, the one donor, in the tiny bundle only. */
	async function finds(page: Page, query: string, name: RegExp): Promise<void> {
		await page.goto(`${server.url}#/search?q=${encodeURIComponent(query)}`);
		await page.getByRole('option', { name }).first().waitFor({ timeout: 30_000 });
	}
	const findsOzols = (page: Page) => finds(page, 'ozols maris', /Māris Ozols/);

	it('keeps the installed data when the site offers far less, and says why', async () => {
		const { page } = session;
		server.setDataDir(tiny);
		await page.reload();
		const question = page.getByRole('region', { name: 'Replace the data with far less?' });
		await question.waitFor({ timeout: 60_000 });
		const { entities, records } = installed();
		expect(await question.innerText()).toContain(
			`it lists only ${n(offered().entities)} people and organisations in ${n(offered().records)} records, where the installed data lists ${n(entities)} in ${n(records)}. It may be a broken update, so the installed data has been kept.`
		);
		await bothWidths(page, question, 'shrink-site');
		expect(await axeViolations(page)).toEqual([]);
		await question.getByRole('button', { name: 'Keep current data' }).click();
		await expect.poll(() => question.count()).toBe(0);
		await findsOzols(page);
		server.setDataDir(undefined);
	});

	it('asks before picked files replace the data; keeps it, then installs when told', async () => {
		const { page } = session;
		const files = readdirSync(tiny).map((name) => join(tiny, name));
		await page.goto(`${server.url}#/sources`);
		await page.reload();
		await page.getByRole('table', { name: 'Data sources' }).waitFor({ timeout: 30_000 });
		await page.getByLabel('Choose files').setInputFiles(files);
		const question = page.getByRole('region', { name: 'Replace the data with far less?' });
		await question.waitFor({ timeout: 60_000 });
		const { entities, records } = installed();
		expect(await question.innerText()).toContain(
			`The installed data lists ${n(entities)} people and organisations in ${n(records)} records; the chosen files list only ${n(offered().entities)} in ${n(offered().records)}. Installing them replaces all of the installed data`
		);
		await question.scrollIntoViewIfNeeded();
		await bothWidths(page, question, 'shrink-files');
		expect(await axeViolations(page)).toEqual([]);
		await question.getByRole('button', { name: 'Keep current data' }).click();
		await page.getByText('The current data was kept.').waitFor();
		await findsOzols(page);

		await page.goto(`${server.url}#/sources`);
		await page.getByLabel('Choose files').setInputFiles(files);
		await question.getByRole('button', { name: 'Install anyway' }).click({ timeout: 60_000 });
		await page.getByText(/^Loaded data version /).waitFor({ timeout: 60_000 });
		await finds(page, 'ozolina', /Dace Ozoliņa/i);
		await page.goto(`${server.url}#/search?q=ozols%20maris`);
		await page.getByText('Nothing found.').waitFor({ timeout: 30_000 });
		expect(session.problems).toEqual([]);
	});
});
