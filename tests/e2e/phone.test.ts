/**
 * Reading the pages on a phone (390 px) and on screen: the network's labels, legend, names and
 * skip button, the picture on a phone's first screen, wide tables that scroll in their box, and
 * a party's timeline spread over rows. Screenshots go to test-results/screenshots/.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, installedSession, screenshot, type Session } from './browser';
import { busiestOfKind } from './pages';

// A deputy with posts, shares, board seats, a party and donations in the demo data.
const KATRINA = 'p-katrina-dreimane-c52c2422';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

interface LabelStats {
	count: number;
	minPx: number;
	overlaps: string[];
}

/** The network's drawn labels: how many, the smallest on screen (px), and any two that overlap. */
function labelStats(): LabelStats {
	const texts = [...document.querySelectorAll<SVGTextElement>('svg .labels text')];
	const px = texts.map((t) => Number(t.getAttribute('font-size')) * (t.getScreenCTM()?.a ?? 0));
	const boxes = texts.map((t) => t.getBoundingClientRect());
	const overlaps: string[] = [];
	boxes.forEach((a, i) =>
		boxes.slice(i + 1).forEach((b, j) => {
			// Half a pixel of anti-aliased edge is not an overlap.
			const hits = a.left < b.right - 0.5 && b.left < a.right - 0.5;
			if (hits && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
				overlaps.push(`${texts[i]!.textContent} / ${texts[i + 1 + j]!.textContent}`);
		})
	);
	return { count: texts.length, minPx: Math.min(...px), overlaps };
}

describeInBrowser('phone and screen reading', () => {
	let session: Session;
	beforeAll(async () => {
		session = await installedSession(`#/graph/${KATRINA}`, (page) =>
			page.locator('svg [data-node]').first()
		);
		// Drawn again with every group of files in (search and pages work before they are).
		await session.page.reload();
		await session.page.locator('svg [data-node]').first().waitFor({ timeout: 30_000 });
	});
	afterAll(async () => session?.close());

	async function openNetwork(size: typeof PHONE, depth: 1 | 2) {
		const { page } = session;
		await page.setViewportSize(size);
		await page.goto(`${session.baseUrl}#/search`);
		await page.goto(`${session.baseUrl}#/graph/${KATRINA}`);
		await page.locator('svg [data-node]').first().waitFor({ timeout: 60_000 });
		if (depth === 1) return;
		const filters = page.locator('details.filters');
		const isOpen = await filters.evaluate((d) => (d as HTMLDetailsElement).open);
		if (!isOpen) await filters.locator('summary').click();
		const before = await page.locator('svg [data-node]').count();
		await page.getByRole('radio', { name: '2 steps' }).check();
		await expect
			.poll(() => page.locator('svg [data-node]').count(), { timeout: 60_000 })
			.toBeGreaterThan(before);
		if (!isOpen) await filters.locator('summary').click();
		await expect.poll(() => page.getByRole('status').first().innerText()).not.toMatch(/Laying/);
	}

	it.each([
		['desktop', DESKTOP],
		['phone', PHONE]
	] as const)(
		'labels the depth-2 network at 11 px or more with no two labels overlapping (%s)',
		async (name, size) => {
			const { page } = session;
			await openNetwork(size, 2);
			const stats = await page.evaluate(labelStats);
			expect(stats.count).toBeGreaterThan(5);
			expect(stats.minPx).toBeGreaterThanOrEqual(10.99);
			expect(stats.overlaps).toEqual([]);
			// The centre is always named, in full.
			expect(await page.locator('svg .labels text').allTextContents()).toContain(
				'Katrīna Dreimane'
			);
			await screenshot(page, `network-depth2-${name}`);
		}
	);

	it('names each node with its kind, and shows a shortened or hidden name in full on focus', async () => {
		const { page } = session;
		await openNetwork(DESKTOP, 2);
		expect(await page.locator(`svg [data-node="${KATRINA}"]`).getAttribute('aria-label')).toBe(
			'Katrīna Dreimane (Person)'
		);
		const parties = page.getByRole('button', { name: /\(Party\)$/ });
		expect(await parties.count()).toBeGreaterThan(0);
		// A node whose label was left out or shortened: focus draws its whole name on top.
		const hidden = await page.evaluate(() => {
			const shown = new Set(
				[...document.querySelectorAll('svg .labels text')].map((t) => t.textContent)
			);
			const node = [...document.querySelectorAll('svg [data-node]')].find(
				(n) => !shown.has(n.querySelector('title')?.textContent ?? '')
			);
			return node?.getAttribute('data-node');
		});
		expect(hidden).toBeTruthy();
		await page.locator(`svg [data-node="${hidden}"]`).focus();
		const full = await page.locator(`svg [data-node="${hidden}"] title`).textContent();
		await expect.poll(() => page.locator('svg .labels text.full').textContent()).toBe(full);
	});

	it('explains node colours, edge colours and dashes in a legend', async () => {
		const { page } = session;
		await openNetwork(DESKTOP, 1);
		const legend = page.getByRole('region', { name: 'Legend' });
		const text = await legend.innerText();
		for (const entry of ['Person', 'Party', 'Company', 'Member', 'Shareholder', 'Dashed line'])
			expect(text).toContain(entry);
	});

	it('reaches the relations table without tabbing through the picture', async () => {
		const { page } = session;
		await openNetwork(DESKTOP, 1);
		await page.getByRole('link', { name: 'Open profile' }).focus();
		const stops: string[] = [];
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
			stops.push(name);
			if (name.startsWith('Skip the picture')) break;
		}
		expect(stops.at(-1)).toBe('Skip the picture: go to the relations table');
		expect(await page.locator('svg [data-node]:focus').count()).toBe(0);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		// The next stop after the skip is the table's first sort button.
		expect(
			await page.evaluate(() => document.activeElement?.closest('table')?.caption?.textContent)
		).toBe('Relations in the network');
	});

	it('keeps the picture on the first screen of a phone', async () => {
		const { page } = session;
		await openNetwork(PHONE, 1);
		const top = await page
			.locator('svg[role=group]')
			.evaluate((svg) => svg.getBoundingClientRect().top);
		// At least 300 px of the picture show before any scrolling.
		expect(top).toBeLessThan(PHONE.height - 300);
		await screenshot(page, 'network-phone');
	});

	it('scrolls a wide table inside its box on a phone, with a fade on the side that has more', async () => {
		const { page } = session;
		await page.setViewportSize(PHONE);
		await page.goto(`${session.baseUrl}#/company/${busiestOfKind('company')}`);
		const box = page.locator('.table-wrap[data-more]:visible').first();
		await box.waitFor({ timeout: 60_000 });
		expect(await box.getAttribute('data-more')).toBe('right');
		expect(await box.getAttribute('tabindex')).toBe('0');
		expect(await box.getAttribute('aria-label')).toBeTruthy();
		expect(await box.evaluate((el) => getComputedStyle(el).maskImage)).toMatch(/gradient/);
		await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
		await expect.poll(() => box.getAttribute('data-more')).toBe('left');
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
		).toBeLessThanOrEqual(0);
		await screenshot(page, 'company-phone');
	});

	it('spreads a party’s months over rows, a tap target apart within a row', async () => {
		const { page } = session;
		await page.setViewportSize(DESKTOP);
		await page.goto(`${session.baseUrl}#/party/${busiestOfKind('party')}`);
		// The profile settles in steps and the timeline redraws with each, so read the dots once
		// they are spread over rows; then every row's dots must be a tap target apart.
		const rowsOfDots = async () => {
			const dots = await page
				.locator('.timeline svg .dot')
				.evaluateAll((circles) =>
					circles.map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) }))
				);
			const rows = new Map<number, number[]>();
			for (const { x, y } of dots) rows.set(y, [...(rows.get(y) ?? []), x]);
			return rows;
		};
		await expect
			.poll(async () => (await rowsOfDots()).size, { timeout: 60_000 })
			.toBeGreaterThan(1);
		const rows = await rowsOfDots();
		expect(rows.size).toBeGreaterThan(1);
		for (const xs of rows.values()) {
			xs.sort((a, b) => a - b);
			for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(24);
		}
		await screenshot(page, 'party-timeline');
	});
});
