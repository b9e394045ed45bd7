/**
 * The network page on the demo data: a well-connected person's ego network, an edge opened
 * to its evidence, possible namesakes off by default, a hub party's aggregate node, and the
 * PNG and JSON exports. Screenshots go to test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readBundleRecords, readManifest } from '../../src/builder/export/read-bundle';
import type { FactGroup } from '../../src/model/bundle-format';
import {
	describeInBrowser,
	foreignRequests,
	installedSession,
	screenshot,
	type Session
} from './browser';

const BUNDLES = resolve(import.meta.dirname, '../../data/bundles');
// A deputy with posts, shares, board seats, a party and donations in the demo data.
const KATRINA = 'p-katrina-dreimane-c52c2422';
// The deputy who has a possible namesake (planted case namesake-different-birth-dates).
const JANIS = 'p-janis-krumlins-4bbe4cce';

/** The entity's relations from every facts file (a bundle with groups splits them by dataset). */
function groupOf(id: string): Pick<FactGroup, 'relations' | 'donationSummary'> {
	const parts = readManifest(BUNDLES)
		.files.filter((f) => f.kind === 'facts')
		.flatMap((file) =>
			(readBundleRecords(BUNDLES, file) as FactGroup[]).filter((g) => g.entity === id)
		);
	if (parts.length === 0)
		throw new Error(`no fact group for ${id} in ${BUNDLES}; run npm run build:data`);
	const summary = parts.find((g) => g.donationSummary)?.donationSummary;
	return {
		relations: parts.flatMap((g) => g.relations),
		...(summary && { donationSummary: summary })
	};
}

/** The neighbours the page must draw at depth 1 with default filters: every non-possible relation's other end. */
function expectedNeighbours(id: string): string[] {
	const ends = groupOf(id)
		.relations.filter((r) => r.confidence !== 'possible')
		.map((r) => (r.from === id ? r.to : r.from));
	return [...new Set(ends)].sort();
}

describeInBrowser('network graph', () => {
	let session: Session;
	beforeAll(async () => {
		session = await installedSession(`#/graph/${KATRINA}`, (page) =>
			page.getByRole('heading', { level: 1, name: 'Network: Katrīna Dreimane' })
		);
		// Drawn again with every group of files in (search and pages work before they are).
		await session.page.reload();
		await session.page.locator('svg [data-node]').first().waitFor({ timeout: 30_000 });
	});
	afterAll(async () => session?.close());

	it('draws the person, every confirmed or probable neighbour, and the relations as a table', async () => {
		const { page } = session;
		const drawn = await page
			.locator('svg [data-node]')
			.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-node') ?? ''));
		expect(drawn.sort()).toEqual([KATRINA, ...expectedNeighbours(KATRINA)].sort());
		const relations = groupOf(KATRINA).relations.filter((r) => r.confidence !== 'possible');
		const edgeIds = new Set(relations.map((r) => `${r.from}|${r.to}|${r.kind}`));
		const edges = await page
			.locator('svg [data-edge]')
			.evaluateAll((items) => items.map((n) => n.getAttribute('data-edge') ?? ''));
		expect(new Set(edges)).toEqual(edgeIds);
		const rows = page.getByRole('table', { name: 'Relations in the network' }).locator('tbody tr');
		expect(await rows.count()).toBe(edgeIds.size);
		await screenshot(page, 'graph-person');
	});

	it('opens an edge to its evidence and source record', async () => {
		const { page } = session;
		const board = groupOf(KATRINA).relations.find((r) => r.kind === 'board-member');
		expect(board).toBeDefined();
		// By keyboard: a curved edge's box centre is off the line, and the picture must work without a mouse.
		await page.locator(`svg [data-edge="${board!.from}|${board!.to}|board-member"]`).focus();
		await page.keyboard.press('Enter');
		const details = page.locator('section.details');
		await details.getByText(/Why this link/).click();
		await expect.poll(() => details.innerText()).toMatch(/record/);
		await screenshot(page, 'graph-edge-evidence');
	});

	it('exports the graph as a PNG and as JSON with the nodes shown', async () => {
		const { page } = session;
		const [png] = await Promise.all([
			page.waitForEvent('download'),
			page
				.getByRole('group', { name: 'Export the network' })
				.getByRole('button', { name: 'PNG' })
				.click()
		]);
		const bytes = readFileSync(await png.path());
		expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(bytes.length).toBeGreaterThan(5000);
		const [json] = await Promise.all([
			page.waitForEvent('download'),
			page
				.getByRole('group', { name: 'Export the network' })
				.getByRole('button', { name: 'JSON' })
				.click()
		]);
		const data = JSON.parse(readFileSync(await json.path(), 'utf8')) as {
			centre: string;
			nodes: { id: string }[];
			edges: { relations: { evidence: { sources: unknown[] }[] }[] }[];
		};
		expect(data.centre).toBe(KATRINA);
		expect(data.nodes.map((n) => n.id).sort()).toEqual(
			[KATRINA, ...expectedNeighbours(KATRINA)].sort()
		);
		expect(
			data.edges.every((e) => e.relations.some((r) => r.evidence[0]!.sources.length > 0))
		).toBe(true);
	});

	it('recentres on a clicked node, and reaches the network from a profile', async () => {
		const { page } = session;
		const party = groupOf(KATRINA).relations.find((r) => r.kind === 'member-of')!.to;
		await page.locator(`svg [data-node="${party}"]`).focus();
		await page.keyboard.press('Enter');
		await page.getByRole('link', { name: 'Centre the network here' }).click();
		await page.waitForURL(new RegExp(`#/graph/${party}$`));
		await page.locator(`svg [data-node="${party}"]`).waitFor();
		await page.goto(`${session.baseUrl}#/person/${KATRINA}`);
		await page.getByRole('link', { name: 'Network', exact: true }).click();
		await page.getByRole('heading', { level: 1, name: 'Network: Katrīna Dreimane' }).waitFor();
	});

	it('leaves possible namesakes out by default and draws them dashed when asked', async () => {
		const { page } = session;
		await page.goto(`${session.baseUrl}#/graph/${JANIS}`);
		await page.getByRole('heading', { level: 1, name: 'Network: Jānis Krūmliņš' }).waitFor();
		await page.locator('svg [data-node]').first().waitFor();
		const namesake = groupOf(JANIS).relations.find((r) => r.kind === 'namesake');
		expect(namesake?.confidence).toBe('possible');
		const edge = page.locator(`svg [data-edge="${namesake!.from}|${namesake!.to}|namesake"]`);
		expect(await edge.count()).toBe(0);
		await page.getByLabel('Show possible namesakes (dashed)').check();
		await edge.waitFor();
		expect(await edge.locator('path').last().getAttribute('stroke-dasharray')).toBe('5 4');
		await screenshot(page, 'graph-namesake');
	});

	it('shows a hub party with its largest donors and one aggregate node for the rest', async () => {
		const { page } = session;
		const hub = 'o-40008303050';
		const summary = groupOf(hub).donationSummary!;
		await page.goto(`${session.baseUrl}#/graph/${hub}`);
		await page.locator('svg [data-node]').first().waitFor({ timeout: 30_000 });
		const aggregate = page.locator(`svg [data-node="more:${hub}:donated-to"]`);
		await aggregate.waitFor();
		const label = (await aggregate.getAttribute('aria-label')) ?? '';
		expect(label).toMatch(/^[\d,]+ other donors$/);
		// Every donor the group does not list is drawn or counted (less the aggregate's own edge).
		const drawnDonors = await page.locator(`svg [data-edge$="|${hub}|donated-to"]`).count();
		expect(drawnDonors).toBeGreaterThan(5);
		expect(Number(label.replace(/\D/g, '')) + drawnDonors - 1).toBe(summary.relationsNotListed);
		await screenshot(page, 'graph-hub');
		expect(foreignRequests(session)).toEqual([]);
		expect(session.problems).toEqual([]);
	});

	it('expands the aggregate a page at a time, and lays out a big network in a worker', async () => {
		const { page } = session;
		const hub = 'o-40008303050';
		const donorEdges = page.locator(`svg [data-edge$="|${hub}|donated-to"]`);
		const aggregate = page.locator(`svg [data-node="more:${hub}:donated-to"]`);
		const nodes = page.locator('svg [data-node]');
		await page.goto(`${session.baseUrl}#/graph/${hub}`);
		await aggregate.waitFor({ timeout: 30_000 });
		// A page at a time until the network passes the worker threshold (300 nodes).
		for (let pages = 1; (await donorEdges.count()) <= 300; pages++) {
			expect(pages).toBeLessThan(15);
			const before = await donorEdges.count();
			await aggregate.focus();
			await page.keyboard.press('Enter');
			await page.getByRole('button', { name: /^Show [\d,]+ more$/ }).click();
			await expect.poll(() => donorEdges.count()).toBeGreaterThan(before);
		}
		// The new nodes are drawn once the worker's layout is back.
		await expect.poll(() => nodes.count(), { timeout: 30_000 }).toBeGreaterThan(300);
		expect(
			page
				.workers()
				.map((w) => w.url())
				.join(' ')
		).toMatch(/layout\.worker/);
		// Laid out, not piled at the origin: the big network's nodes have distinct places.
		const places = await nodes.evaluateAll((all) =>
			all.map((n) => n.getAttribute('transform') ?? '')
		);
		expect(new Set(places).size).toBeGreaterThan(300);
		await screenshot(page, 'graph-hub-expanded');
		expect(session.problems).toEqual([]);
	});
});
