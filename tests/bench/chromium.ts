/**
 * Headless Chromium for the bench, set up like the e2e tests (tests/e2e/browser.ts, which
 * cannot be imported outside vitest): the same flags, a real on-disk profile so IndexedDB
 * persists across reloads, and the probes installed before any page script.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { installProbes } from './probes';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags for this closed network (as in tests/e2e/browser.ts): no calls to Google's hosts. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	// For diagnosis only, e.g. BENCH_EXTRA_ARGS=--disable-features=DeferRendererTasksAfterInput
	// to see what a browser default costs; the figures reported come from runs without it.
	...(process.env.BENCH_EXTRA_ARGS ?? '').split(' ').filter(Boolean)
];

export interface BenchBrowser {
	context: BrowserContext;
	page: Page;
	cdp: CDPSession;
	profileDir: string;
	/** Console errors and page errors, for the report. */
	problems: string[];
	close(): Promise<void>;
}

/** Chromium on an on-disk profile with the bench's probes, and its first page. */
export async function launchBench(
	profileDir: string
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await chromium.launchPersistentContext(profileDir, {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1280, height: 900 },
		locale: 'en-GB'
	});
	// tsx compiles functions with esbuild's keepNames, which calls a `__name` helper that
	// the page does not have; functions handed to the page need this no-op stand-in.
	await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
	await context.addInitScript(installProbes);
	return { context, page: context.pages()[0] ?? (await context.newPage()) };
}

export async function openBrowser(parentDir: string, label: string): Promise<BenchBrowser> {
	const profileDir = mkdtempSync(join(parentDir, `profile-${label}-`));
	const { context, page } = await launchBench(profileDir);
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	const cdp = await context.newCDPSession(page);
	return {
		context,
		page,
		cdp,
		profileDir,
		problems,
		close: async () => {
			await context.close().catch(() => undefined);
			rmSync(profileDir, { recursive: true, force: true });
		}
	};
}

/** Rejects after `ms`, so no single step can hang the run. */
export async function withTimeout<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms);
	});
	try {
		return await Promise.race([work, timeout]);
	} finally {
		clearTimeout(timer);
	}
}
