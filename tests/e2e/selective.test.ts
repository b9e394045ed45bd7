/**
 * Selective install in real Chromium on the demo data: the core (search documents first) is
 * installed and searchable before the groups of files follow; a bundle that does not suggest
 * every group asks what to keep; a profile whose facts were left out says which, cannot fetch
 * them offline, and fetches them online, after which they show.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Manifest } from '../../src/model/bundle-format';
import type { Locator } from 'playwright-core';
import {
	describeInBrowser,
	foreignRequests,
	openSession,
	SCREENSHOTS,
	screenshot,
	type Session
} from './browser';
import { serveFolder, type StaticServer } from './static-server';

const DIST = resolve(import.meta.dirname, '../../dist');
/** A deputy of the demo data with donations, declarations and register roles. */
const OZOLS = 'p-maris-ozols-a4da284d';
const dataFiles = (session: Session) =>
	session.requests
		.map((url) => /\/data\/([\w-]+\.jsonl\.gz)$/.exec(url)?.[1])
		.filter((name): name is string => name !== undefined);
const isGroupFile = (name: string) => /^facts-[a-z]/.test(name);

/** The page at 1280 px (whole) and on a phone at 390 px (the screen showing `target`). */
async function shoot(session: Session, name: string, target: Locator): Promise<void> {
	await screenshot(session.page, name);
	await session.page.setViewportSize({ width: 390, height: 844 });
	await target.scrollIntoViewIfNeeded();
	await session.page.screenshot({ path: join(SCREENSHOTS, `${name}-390.png`) });
	await session.page.setViewportSize({ width: 1280, height: 900 });
}

describeInBrowser('selective install', () => {
	const servers: StaticServer[] = [];
	const sessions: Session[] = [];
	let work: string;
	beforeAll(() => {
		work = mkdtempSync(join(tmpdir(), 'plainview-select-'));
	});
	afterAll(async () => {
		for (const session of sessions) await session.close();
		for (const server of servers) await server.close();
		if (work) rmSync(work, { recursive: true, force: true });
	});

	it('installs the core first, search documents at its head, and searches while the rest installs', async () => {
		// Each group's file is held back, so the rest is still installing when search answers.
		const server = await serveFolder(DIST, {
			dataDelayMs: (path) => (/\/data\/facts-[a-z]/.test(path) ? 1500 : 0)
		});
		servers.push(server);
		const session = await openSession(undefined, { baseUrl: server.url });
		sessions.push(session);
		const { page } = session;
		await page.goto(`${server.url}#/search?q=ozols`);
		await page
			.getByRole('option', { name: /Māris Ozols/ })
			.first()
			.waitFor({ timeout: 120_000 });
		// Search answers from the search documents on (even before the rest of the core is in);
		// once the core is in use, the groups follow with search working meanwhile.
		const installing = page.getByRole('status').filter({ hasText: 'Search works meanwhile' });
		await installing.waitFor({ timeout: 60_000 });
		expect(await page.getByRole('option', { name: /Māris Ozols/ }).count()).toBeGreaterThan(0);
		await screenshot(page, 'selective-searchable-early');
		// Two files are fetched at a time, so one other file may be seen beside the search
		// documents; every search document must still be asked for before anything else after it.
		const asked = dataFiles(session);
		const searchFiles = asked.filter((name) => name.startsWith('search-'));
		expect(searchFiles.length).toBeGreaterThan(0);
		const lastSearch = asked.findLastIndex((name) => name.startsWith('search-'));
		expect(lastSearch).toBeLessThanOrEqual(searchFiles.length);
		const firstGroup = asked.findIndex(isGroupFile);
		expect(firstGroup).toBeGreaterThan(0);
		expect(asked.slice(firstGroup).every(isGroupFile)).toBe(true);

		await installing.waitFor({ state: 'detached', timeout: 120_000 });
		await page.goto(`${server.url}#/person/${OZOLS}`);
		await page.getByRole('heading', { name: 'Donations made' }).waitFor({ timeout: 30_000 });
		expect(await page.getByText('not on this device').count()).toBe(0);
		expect(foreignRequests(session)).toEqual([]);
		expect(session.problems).toEqual([]);
	});

	it('searches a first install once its search documents are stored, before the rest of its core', async () => {
		// The core's other files are held back, so they are still on their way when search answers.
		const server = await serveFolder(DIST, {
			dataDelayMs: (path) => (/\/data\/(entities|facts|graph|explore)-/.test(path) ? 2500 : 0)
		});
		servers.push(server);
		const session = await openSession(undefined, { baseUrl: server.url });
		sessions.push(session);
		const { page } = session;
		await page.goto(`${server.url}#/search?q=ozols`);
		const option = page.getByRole('option', { name: /Māris Ozols/ }).first();
		await option.waitFor({ timeout: 60_000 });
		// Nothing is in use yet: the first install's progress is still shown, and no entity
		// file has been served whole.
		expect(await page.getByRole('progressbar').first().isVisible()).toBe(true);
		expect(await page.getByText('Search works already.', { exact: false }).isVisible()).toBe(true);
		const active = await page.evaluate(
			() =>
				new Promise<unknown>((resolve, reject) => {
					const open = indexedDB.open('plainview');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const get = open.result.transaction('meta').objectStore('meta').get('active');
						get.onsuccess = () => resolve(get.result);
					};
				})
		);
		expect(active).toBeUndefined();
		await shoot(session, 'selective-search-before-core', option);
		// Opened now, the profile follows once the core is in.
		await option.click();
		await page
			.getByRole('heading', { level: 1, name: 'Māris Ozols' })
			.waitFor({ timeout: 120_000 });
		expect(session.problems).toEqual([]);
		expect(foreignRequests(session)).toEqual([]);
	});

	it('asks what to keep, leaves a group out, names it on a profile, and fetches it when online', async () => {
		// The demo bundle with its donations not suggested: a first visit asks.
		const data = join(work, 'ask');
		cpSync(join(DIST, 'data'), data, { recursive: true });
		const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as Manifest;
		for (const group of manifest.groups!) group.suggested = group.id !== 'donations';
		writeFileSync(join(data, 'manifest.json'), JSON.stringify(manifest));
		const server = await serveFolder(DIST, { dataDir: data });
		servers.push(server);
		const session = await openSession(undefined, { baseUrl: server.url });
		sessions.push(session);
		const { page } = session;
		await page.goto(server.url);

		const choice = page.getByRole('region', { name: 'What to keep on this device' });
		await choice.waitFor({ timeout: 120_000 });
		const donations = choice.getByRole('checkbox', { name: /Donations and membership fees/ });
		expect(await donations.isChecked()).toBe(false);
		expect(await choice.getByRole('checkbox', { name: /Declarations, 2023/ }).isChecked()).toBe(
			true
		);
		await shoot(session, 'keep-choice', choice);
		await choice.getByRole('button', { name: /Keep the ticked data/ }).click();
		await choice.waitFor({ state: 'detached' });
		await page.goto(`${server.url}#/person/${OZOLS}`);
		await page.getByRole('heading', { level: 1, name: 'Māris Ozols' }).waitFor({ timeout: 30_000 });
		const missing = page.getByRole('complementary').filter({ hasText: 'not on this device' });
		// The profile reloads as groups arrive, until only the one left out is missing.
		await expect
			.poll(() => missing.innerText(), { timeout: 120_000 })
			.toMatch(/not on this device: Donations and membership fees\.\n/);
		expect(dataFiles(session).some((name) => name.startsWith('facts-donations'))).toBe(false);
		// Not "no donations", which would be untrue: they are not on this device.
		const made = page.getByRole('region', { name: 'Donations made' });
		expect(await made.innerText()).toContain('This data is not on this device.');
		await page.getByRole('heading', { name: 'Declarations' }).first().waitFor();
		await shoot(session, 'missing-facts', missing);

		await session.context.setOffline(true);
		await missing.getByText('You are offline').waitFor();
		expect(await missing.getByRole('button').count()).toBe(0);
		await shoot(session, 'missing-facts-offline', missing);
		await session.context.setOffline(false);

		await missing.getByRole('button', { name: /Fetch them/ }).click();
		await missing.waitFor({ state: 'detached', timeout: 60_000 });
		await made.getByRole('table').first().waitFor();
		expect(await made.innerText()).toMatch(/EUR/);
		expect(dataFiles(session).some((name) => name.startsWith('facts-donations'))).toBe(true);

		// The choice is remembered: the Sources page shows donations kept now.
		await page.goto(`${server.url}#/sources`);
		const settings = page.getByRole('region', { name: 'What to keep on this device' });
		await settings.waitFor({ timeout: 30_000 });
		expect(await settings.getByRole('checkbox', { name: /Donations/ }).isChecked()).toBe(true);
		await shoot(session, 'keep-settings', settings);
		expect(foreignRequests(session)).toEqual([]);
		expect(session.problems).toEqual([]);
	});
});
