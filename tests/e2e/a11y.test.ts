/**
 * Every kind of page, in Latvian and English, at desktop (1280 px) and phone (390 px) width:
 * axe-core finds no violations, and on a phone every element one can tap is at least 24 × 24
 * px and the page does not scroll sideways. With README_SCREENSHOTS=1 (npm run screenshots)
 * it also writes the README's pictures to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, smallTargets } from './a11y';
import { describeInBrowser, installedSession, type Session } from './browser';
import { openPage, pageKinds, pickConnection, type PageKind } from './pages';

const README_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
// A deputy with posts, declarations, a party, shares and donations in the demo data.
const KATRINA = 'p-katrina-dreimane-c52c2422';

/** The README's pictures: file name, page, width, and what to do before the picture is taken. */
function readmeShots(
	pages: PageKind[]
): [string, PageKind, number, ((page: Page) => Promise<void>)?][] {
	const byName = (name: string) => pages.find((p) => p.name === name)!;
	const person = { ...byName('person'), hash: `#/person/${KATRINA}` };
	// The picture rather than the filters: they fold away.
	const foldFilters = (page: Page) => page.locator('details.filters > summary').click();
	return [
		['search', byName('search'), 1280],
		['person', person, 1280],
		['party', byName('party'), 1280],
		['network', { ...byName('network'), hash: `#/graph/${KATRINA}` }, 1280, foldFilters],
		['connect', byName('connect'), 1280],
		['explore', byName('explore donations'), 1280],
		['phone-person', person, 390]
	];
}

describeInBrowser('accessibility on every page', () => {
	let session: Session;
	let pages: PageKind[];
	beforeAll(async () => {
		session = await installedSession('', (page) => page.locator('main [role=combobox]'));
		pages = pageKinds(await pickConnection(session.page, session.baseUrl));
	});
	afterAll(async () => session?.close());

	describe.each([
		['en', 1280],
		['lv', 1280],
		['en', 390],
		['lv', 390]
	] as const)('in %s at %i px', (locale, width) => {
		it('axe finds no violations on any page kind', async () => {
			const { page } = session;
			await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
			await page.goto(session.baseUrl);
			await page.locator(`button[lang=${locale}]`).click();
			await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
			const found: Record<string, string[]> = {};
			for (const kind of pages) {
				await openPage(page, session.baseUrl, kind);
				const violations = await axeViolations(page);
				if (violations.length > 0) found[kind.name] = violations;
			}
			expect(found).toEqual({});
		});

		// Tap targets are a phone's concern: the test exists at the phone width only.
		if (width === 390)
			it('every tap target is at least 24 × 24 px, and nothing scrolls sideways', async () => {
				const { page } = session;
				const found: Record<string, string[]> = {};
				for (const kind of pages) {
					await openPage(page, session.baseUrl, kind);
					const small = await smallTargets(page);
					const overflow = await page.evaluate(
						() => document.documentElement.scrollWidth - document.documentElement.clientWidth
					);
					if (overflow > 0) small.push(`the page is ${overflow} px wider than the screen`);
					if (small.length > 0) found[kind.name] = small;
				}
				expect(found).toEqual({});
			});
	});

	const writeShots = process.env.README_SCREENSHOTS === '1';
	it.runIf(writeShots)(
		`writes the README screenshots${writeShots ? '' : ' (skipped: only with README_SCREENSHOTS=1, as npm run screenshots sets)'}`,
		async () => {
			const { page } = session;
			mkdirSync(README_SHOTS, { recursive: true });
			await page.goto(session.baseUrl);
			await page.locator('button[lang=en]').click();
			for (const [file, kind, width, prepare] of readmeShots(pages)) {
				await page.setViewportSize({ width, height: width > 500 ? 800 : 844 });
				await openPage(page, session.baseUrl, kind);
				await prepare?.(page);
				await page.evaluate(() => window.scrollTo(0, 0));
				await page.waitForTimeout(300);
				await page.screenshot({ path: join(README_SHOTS, `${file}.png`) });
			}
		}
	);
});
