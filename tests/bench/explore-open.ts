/**
 * Opening the donations explorer on a warm start, in headless Chromium: the bundle installed
 * from a fresh profile by opening `#/explore/donations`, then reloads of that address with
 * the data stored, each timed from navigation start to the end of the first frame that shows
 * the charts (the page's `plainview:explore-drawn` mark).
 *
 * A warm start opens the app with its data installed and no earlier page at work, so the opens
 * wait for both. First for every group of files to be stored: selective install stores them
 * after the page is drawn (about 12 s of the worker's CPU on the national set, seen after the
 * first reload), and a reload interrupts it, to go on at the next start. Then, before each
 * reload, for the page before it to end its start: its search index built, then 4 s for the
 * explore engine the worker loads next. Without those waits, as this measured until 2026-12-07,
 * the opens shared the CPU with the install going on behind them.
 *
 * The heap (page and workers, with their array buffers) is read with the explore engine loaded,
 * and the storage after install. The officials, rankings and flags pages are opened the same
 * way, to their table or lists drawn. Where the open's time goes in the stores is measured by
 * explore-open-parts.ts.
 */
import type { Page } from 'playwright-core';
import { openBrowser } from './chromium';
import { measureHeap, measureStorage, type HeapReport, type StorageReport } from './memory';
import { exploreReadParts, type ExploreReadParts } from './explore-open-parts';
import { entryCount, readProbes, waitForEntry } from './probes';
import { sum } from './stats';
import { fmtMs, settle } from './timing';
import { waitSearchable } from './trace';
import { waitForGroups } from '../e2e/wait-groups';

export interface ExploreOpenResult {
	/** Navigation start → first install's charts drawn (ms). */
	installMs?: number;
	/** Each warm open: navigation start → charts drawn, and → the data-ready mark (ms). */
	opens: { drawnMs: number; dataReadyMs?: number }[];
	/** The officials, rankings and flags pages' warm opens: navigation start → table or lists drawn (ms). */
	pages: { view: string; drawnMs: number[] }[];
	heap?: HeapReport;
	storage?: StorageReport;
	parts?: ExploreReadParts;
	error?: string;
}

export interface ExploreOpenOptions {
	url: string;
	workDir: string;
	opens: number;
	installTimeoutMs: number;
	log: (line: string) => void;
}

const HASH = '#/explore/donations';
/** The other pages of the explore service opened on a warm start, each OTHER_OPENS times. */
const OTHER_PAGES = [
	{ view: 'officials', hash: '#/explore/officials' },
	{ view: 'rankings', hash: '#/explore/rankings' },
	{ view: 'flags', hash: '#/flags' }
] as const;
const OTHER_OPENS = 5;
const DRAWN = { name: 'plainview:explore-drawn', key: 'view', value: 'donations' };

/** Until the page's start has ended: its search index built, and the explore engine after it. */
async function startEnded(page: Page): Promise<void> {
	await waitSearchable(page);
	await settle(4000);
}

export async function measureExploreOpen(options: ExploreOpenOptions): Promise<ExploreOpenResult> {
	const browser = await openBrowser(options.workDir, 'explore');
	const { page } = browser;
	const result: ExploreOpenResult = { opens: [], pages: [] };
	try {
		await page.goto(`${options.url}${HASH}`);
		const installed = await waitForEntry(page, {
			...DRAWN,
			since: 0,
			timeoutMs: options.installTimeoutMs
		});
		if (installed?.drawnAt === undefined) throw new Error('first install: no charts drawn');
		result.installMs = installed.drawnAt;
		options.log(`  first install: charts drawn at ${fmtMs(result.installMs)} ms`);
		await waitForGroups(browser);
		await startEnded(page);
		result.storage = await measureStorage(page, browser.profileDir);
		for (let k = 0; k < options.opens; k++) {
			await page.reload();
			const drawn = await waitForEntry(page, { ...DRAWN, since: 0, timeoutMs: 60_000 });
			if (drawn?.drawnAt === undefined) throw new Error(`warm open ${k + 1}: no charts drawn`);
			const ready = (await readProbes(page)).entries.find((e) => e.name === 'plainview:data-ready');
			result.opens.push({ drawnMs: drawn.drawnAt, dataReadyMs: ready?.at });
			options.log(`  warm open ${k + 1}: charts drawn at ${fmtMs(drawn.drawnAt)} ms`);
			await startEnded(page);
		}
		for (const { view, hash } of OTHER_PAGES) {
			const drawn = {
				name: 'plainview:explore-drawn',
				key: 'view',
				value: view,
				timeoutMs: 60_000
			};
			await page.goto(`${options.url}${hash}`);
			await waitForEntry(page, { ...drawn, since: 0 });
			const opens: number[] = [];
			for (let k = 0; k < OTHER_OPENS; k++) {
				await startEnded(page);
				await page.reload();
				const entry = await waitForEntry(page, { ...drawn, since: 0 });
				if (entry?.drawnAt === undefined) throw new Error(`${view} open ${k + 1}: not drawn`);
				opens.push(entry.drawnAt);
			}
			options.log(`  ${view} page, warm opens: ${opens.map(fmtMs).join(', ')} ms`);
			result.pages.push({ view, drawnMs: opens });
		}
		// A question no stored answer holds: the explore engine is loaded when it is drawn.
		const since = await entryCount(page);
		await page.goto(`${options.url}${HASH}?measure=both`);
		await waitForEntry(page, { ...DRAWN, since, timeoutMs: 60_000 });
		await settle(4000);
		// The explore engine and the search index both loaded in the reader worker (a page drawn
		// from stored answers has the index built once it is idle: waited for, so it is counted).
		await page.waitForFunction(
			() => performance.getEntriesByName('plainview:searchable').length > 0,
			null,
			{ timeout: 60_000 }
		);
		result.heap = await measureHeap(browser.cdp);
		const heapMB =
			(result.heap.pageAfterGcBytes +
				(result.heap.pageBuffersBytes ?? 0) +
				sum(result.heap.workers.map((w) => w.usedBytes + (w.buffersBytes ?? 0)))) /
			1e6;
		options.log(`  heap with the explore engine loaded: ${heapMB.toFixed(0)} MB`);
		result.parts = await exploreReadParts(page);
	} catch (error) {
		result.error = error instanceof Error ? error.message : String(error);
		options.log(`  explore open failed: ${result.error}`);
	} finally {
		await browser.close();
	}
	return result;
}
