/**
 * The naive way on the same data in the same run: the bench-only page in naive/ (one
 * IndexedDB row per record, plain fuse.js over every name, all on the main thread), in its
 * own fresh Chromium profile, measured with the same probes as the app.
 */
import type { Page } from 'playwright-core';
import type { NamedEntity } from './bundle-names';
import { openBrowser, withTimeout, type BenchBrowser } from './chromium';
import { CpuSampler } from './cpu';
import { measureHeap, measureStorage, type HeapReport, type StorageReport } from './memory';
import { readProbes, waitForEntry } from './probes';
import type { BenchQuery } from './queries';
import { emptyTiming, fmtMs, settle, startTiming, type StartTiming } from './timing';
import { typeQueries, type Keystroke } from './typing';

export interface NaiveProfile {
	id: string;
	kind: string;
	dataMs?: number;
	rows?: number;
}

export interface NaiveResult {
	install: StartTiming;
	rowsStored: number;
	warm: StartTiming[];
	heap?: HeapReport;
	storage?: StorageReport;
	typing: Keystroke[];
	queriesTyped: number;
	profiles: NaiveProfile[];
	problems: string[];
	error?: string;
}

export interface NaiveOptions {
	/** The bench site's root URL; the page is naive/index.html under it. */
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

interface NaiveWindow {
	__naive: {
		progress: { files: number; totalFiles: number; rows: number; error?: string };
		readProfile(id: string): Promise<{ ms: number; rows: number }>;
	};
}

export async function measureNaive(options: NaiveOptions): Promise<NaiveResult> {
	const browser = await openBrowser(options.workDir, 'naive');
	const result: NaiveResult = {
		install: emptyTiming(),
		rowsStored: 0,
		warm: [],
		typing: [],
		queriesTyped: 0,
		profiles: [],
		problems: browser.problems
	};
	try {
		const pageUrl = `${options.url}naive/index.html#${new URLSearchParams({ q: options.known.name })}`;
		result.install = await start(browser, options, () => browser.page.goto(pageUrl), 'install');
		result.rowsStored = (await progressOf(browser.page)).rows;
		if (result.install.searchableMs === undefined) {
			const progress = await progressOf(browser.page);
			result.error = `install unfinished after ${options.installTimeoutMs / 1000} s: ${progress.rows} rows from ${progress.files} of ${progress.totalFiles} files${progress.error ? ` (${progress.error})` : ''}`;
			options.log(`  ${result.error}`);
			return result;
		}
		await settle(2000);
		result.heap = await measureHeap(browser.cdp);
		result.storage = await measureStorage(browser.page, browser.profileDir);
		const typed = await typeQueries(browser.page, options.queries, {
			prefix: 'naive',
			box: '#q',
			isEveryKey: false,
			budgetMs: options.typingBudgetMs,
			answerTimeoutMs: 60_000
		});
		result.typing = typed.keystrokes;
		result.queriesTyped = typed.queriesTyped;
		options.log(
			`  typed ${typed.queriesTyped} queries; reading ${options.profiles.length} profiles`
		);
		result.profiles = await readProfiles(browser.page, options.profiles);
		for (let run = 0; run < options.warmRuns; run++) {
			const timing = await start(browser, options, () => browser.page.reload(), 'warm start');
			result.warm.push(timing);
		}
	} catch (error) {
		result.error = error instanceof Error ? error.message : String(error);
		options.log(`  failed: ${result.error}`);
	} finally {
		await browser.close();
	}
	return result;
}

/** Navigates (or reloads) and waits, logging progress, until the known name is drawn. */
async function start(
	browser: BenchBrowser,
	options: NaiveOptions,
	navigate: () => Promise<unknown>,
	what: string
): Promise<StartTiming> {
	const { page } = browser;
	const cpu = new CpuSampler(browser.profileDir);
	cpu.start();
	await navigate();
	const started = Date.now();
	let found;
	// In slices, so a slow install reports its progress and the budget is kept.
	while (!found && Date.now() - started < options.installTimeoutMs) {
		found = await waitForEntry(page, {
			name: 'naive:search-answered',
			key: 'text',
			value: options.known.name,
			withId: options.known.id,
			since: 0,
			timeoutMs: 15_000
		});
		const progress = await progressOf(page);
		if (progress.error) break;
		if (!found)
			options.log(
				`  naive ${what}: ${progress.rows} rows, ${progress.files}/${progress.totalFiles} files`
			);
	}
	const timing = startTiming(await readProbes(page), 'naive', found?.drawnAt, cpu.stop());
	options.log(`  naive ${what}: searchable at ${fmtMs(timing.searchableMs)} ms`);
	return timing;
}

function progressOf(page: Page) {
	return page.evaluate(() => ({ ...(window as unknown as NaiveWindow).__naive.progress }));
}

async function readProfiles(page: Page, entities: readonly NamedEntity[]): Promise<NaiveProfile[]> {
	const read: NaiveProfile[] = [];
	for (const entity of entities) {
		const answer = await withTimeout(
			`naive profile ${entity.id}`,
			60_000,
			page.evaluate((id) => (window as unknown as NaiveWindow).__naive.readProfile(id), entity.id)
		).catch(() => undefined);
		read.push({ id: entity.id, kind: entity.kind, dataMs: answer?.ms, rows: answer?.rows });
	}
	return read;
}
