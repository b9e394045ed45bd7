/**
 * The app itself, driven like a person would in headless Chromium: first install from a
 * fresh profile until a known name is found, JS heap and storage, search as you type,
 * profiles opened by their routes, and warm starts (reload with the data stored).
 */
import type { Page } from 'playwright-core';
import { waitForGroups } from '../e2e/wait-groups';
import { entityHref } from '../../src/lib/router/entity-route';
import type { EntityKind } from '../../src/model/types';
import type { NamedEntity } from './bundle-names';
import { openBrowser, type BenchBrowser } from './chromium';
import { CpuSampler } from './cpu';
import { measureHeap, measureStorage, type HeapReport, type StorageReport } from './memory';
import { entryCount, readProbes, waitForEntry, waitForFound } from './probes';
import type { BenchQuery } from './queries';
import { sum } from './stats';
import { emptyTiming, fmtMs, settle, startTiming, type StartTiming } from './timing';
import { typeQueries, type Keystroke } from './typing';

export interface Download {
	/** First bundle request sent and last bundle response received, from navigation start. */
	firstRequestMs: number;
	lastResponseMs: number;
	files: number;
	bytes: number;
}

export interface ProfileTiming {
	id: string;
	kind: string;
	dataMs?: number;
	drawnMs?: number;
}

export interface AppResult {
	install: StartTiming;
	/** performance.now() of the first visit once every group of files was stored (polled each 250 ms). */
	allStoredMs?: number;
	download?: Download;
	warm: StartTiming[];
	heap?: HeapReport;
	storage?: StorageReport;
	typing: Keystroke[];
	queriesTyped: number;
	profiles: ProfileTiming[];
	problems: string[];
	error?: string;
}

export interface AppOptions {
	url: string;
	workDir: string;
	known: NamedEntity;
	queries: readonly BenchQuery[];
	profiles: readonly NamedEntity[];
	installTimeoutMs: number;
	typingBudgetMs: number;
	warmRuns: number;
	log: (line: string) => void;
}

export const BOX = 'main [role=combobox]';

export async function measureApp(options: AppOptions): Promise<AppResult> {
	const browser = await openBrowser(options.workDir, 'plainview');
	const result: AppResult = {
		install: emptyTiming(),
		warm: [],
		typing: [],
		queriesTyped: 0,
		profiles: [],
		problems: browser.problems
	};
	try {
		await firstInstall(browser, options, result);
		if (result.install.searchableMs === undefined) return result;
		// Selective install goes on storing the groups of facts after search works: heap,
		// storage and the profiles are measured with everything stored.
		await keepEverything(browser.page, options.log);
		await waitForGroups(browser, options.installTimeoutMs);
		const stored = await browser.page.evaluate(() => performance.now());
		result.allStoredMs = stored;
		options.log(`  every group of files stored at ${fmtMs(stored)} ms`);
		await settle(2000);
		result.heap = await measureHeap(browser.cdp);
		result.storage = await measureStorage(browser.page, browser.profileDir);
		options.log(`  heap and storage read; typing ${options.queries.length} queries`);
		await browser.page.evaluate(() => (location.hash = '#/search'));
		await browser.page.locator(BOX).first().waitFor({ timeout: 30_000 });
		const typed = await typeQueries(browser.page, options.queries, {
			prefix: 'plainview',
			box: BOX,
			isEveryKey: true,
			budgetMs: options.typingBudgetMs,
			answerTimeoutMs: 15_000
		});
		result.typing = typed.keystrokes;
		result.queriesTyped = typed.queriesTyped;
		options.log(
			`  ${typed.keystrokes.length} keystrokes; opening ${options.profiles.length} profiles`
		);
		result.profiles = await openProfiles(browser.page, options.profiles);
		for (let run = 0; run < options.warmRuns; run++) {
			result.warm.push(await warmStart(browser, options));
			options.log(`  warm start ${run + 1}: ${fmtMs(result.warm.at(-1)?.searchableMs)} ms`);
		}
	} catch (error) {
		result.error = error instanceof Error ? error.message : String(error);
		options.log(`  failed: ${result.error}`);
	} finally {
		await browser.close();
	}
	return result;
}

async function firstInstall(browser: BenchBrowser, options: AppOptions, result: AppResult) {
	const { page, context } = browser;
	const bundleFiles: { start: number; end: number; bytes: number }[] = [];
	context.on('requestfinished', (request) => {
		// Bundle files: manifest.json and the data files (.json in format 1, .jsonl.gz in 2).
		if (!/\/data\/[^/]+\.json(l\.gz)?$/.test(request.url())) return;
		const timing = request.timing();
		void request.sizes().then(
			(sizes) =>
				bundleFiles.push({
					start: timing.startTime,
					end: timing.startTime + timing.responseEnd,
					bytes: sizes.responseBodySize
				}),
			() => undefined
		);
	});
	const cpu = new CpuSampler(browser.profileDir);
	cpu.start();
	await page.goto(searchUrl(options.url, options.known.name));
	const origin = await page.evaluate(() => performance.timeOrigin);
	const found = await waitForFound(page, options.known, options.installTimeoutMs);
	const cpuShares = cpu.stop();
	result.install = startTiming(await readProbes(page), 'plainview', found?.drawnAt, cpuShares);
	if (found === undefined) {
		result.error = `first install: "${options.known.name}" not found within ${options.installTimeoutMs / 1000} s`;
		options.log(`  ${result.error}`);
		return;
	}
	if (bundleFiles.length > 0) {
		result.download = {
			firstRequestMs: Math.min(...bundleFiles.map((f) => f.start)) - origin,
			lastResponseMs: Math.max(...bundleFiles.map((f) => f.end)) - origin,
			files: bundleFiles.length,
			bytes: sum(bundleFiles.map((f) => f.bytes))
		};
	}
	options.log(`  first install: searchable at ${fmtMs(result.install.searchableMs)} ms`);
}

async function warmStart(browser: BenchBrowser, options: AppOptions): Promise<StartTiming> {
	const { page } = browser;
	// A hash change alone is no navigation: set the address, then reload the document.
	await page.evaluate((hash) => (location.hash = hash), searchHash(options.known.name));
	const cpu = new CpuSampler(browser.profileDir);
	cpu.start();
	await page.reload();
	const found = await waitForFound(page, options.known, 120_000);
	const cpuShares = cpu.stop();
	const timing = startTiming(await readProbes(page), 'plainview', found?.drawnAt, cpuShares);
	await settle(1000);
	return timing;
}

/** Opens each profile by its route and waits until it is drawn (also used by focus.ts). */
export async function openProfiles(
	page: Page,
	entities: readonly NamedEntity[]
): Promise<ProfileTiming[]> {
	const timings: ProfileTiming[] = [];
	for (const entity of entities) {
		const since = await entryCount(page);
		const href = entityHref({ id: entity.id, kind: entity.kind as EntityKind });
		const clicked = await page.evaluate((hash) => {
			const at = performance.now();
			location.hash = hash;
			return at;
		}, href);
		const wait = { key: 'id', value: entity.id, since, timeoutMs: 60_000 };
		const drawn = await waitForEntry(page, { name: 'plainview:profile-drawn', ...wait });
		const data = await waitForEntry(page, {
			name: 'plainview:profile-data',
			...wait,
			timeoutMs: 1000
		});
		timings.push({
			id: entity.id,
			kind: entity.kind,
			dataMs: data?.duration,
			drawnMs: drawn?.drawnAt === undefined ? undefined : drawn.drawnAt - clicked
		});
	}
	return timings;
}

const searchHash = (name: string) => `#/search?${new URLSearchParams({ q: name })}`;
const searchUrl = (base: string, name: string) => `${base}${searchHash(name)}`;

/**
 * A bundle bigger than the suggested budget asks what to keep once search works: the bench
 * ticks every group and saves, as the "everything installed" row is for all of it.
 * A bundle within the budget never asks, and this returns at once.
 */
async function keepEverything(page: Page, log: (line: string) => void): Promise<void> {
	const choice = page.getByRole('region', {
		name: /What to keep on this device|Ko glabāt šajā ierīcē/
	});
	// The manifest as the app fetched it, beside the page (the service worker answers).
	const isAsked = await page.evaluate(async () => {
		const manifest = (await (await fetch('data/manifest.json')).json()) as {
			groups?: { suggested: boolean }[];
		};
		return (manifest.groups ?? []).some((g) => !g.suggested);
	});
	if (!isAsked) return;
	await choice.waitFor({ timeout: 120_000 });
	const boxes = choice.getByRole('checkbox');
	const count = await boxes.count();
	for (let i = 0; i < count; i++) await boxes.nth(i).check();
	await choice.getByRole('button', { name: /Keep the ticked data|Glabāt atzīmētos/ }).click();
	// Counted before saving: once saved, the question folds and its boxes go.
	log(`  asked what to keep: ticked all ${count} groups and saved`);
}
