/**
 * Real Chromium with a real on-disk profile (so IndexedDB persists across reloads), with
 * every request, console error, page error and dialog recorded for the assertions; and the
 * set-up the browser tests share: a describe block that skips without Chromium, a session on
 * a server of its own, a session with the demo data installed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { describe, inject } from 'vitest';
import { serveFolder, type ServeOptions, type StaticServer } from './static-server';
import { waitForGroups } from './wait-groups';

export { waitForGroups };

export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
/** The app as global-setup.ts builds it, with the demo bundle in data/. */
export const DIST = resolve(import.meta.dirname, '../../dist');

/** A bundle data file's address, as the app requests it. */
export const BUNDLE_FILE = /\/data\/(entities|facts|search|graph)-\d+\.jsonl\.gz$/;

/** Flags for this closed network: without them Chromium keeps dialing Google's hosts. */
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export interface Session {
	context: BrowserContext;
	page: Page;
	baseUrl: string;
	/** Every URL the page requested, in order. */
	requests: string[];
	/**
	 * Console errors, page errors, dialogs and Content Security Policy violations: a hostile
	 * string that runs (or is blocked by the policy) shows up here.
	 */
	problems: string[];
	close(): Promise<void>;
}

/** A session on a server of its own (servedSession). */
export interface ServedSession extends Session {
	/** Closed with the session. */
	server: StaticServer;
}

/** Why the browser tests skip here ('' where Chromium is found); describeInBrowser says it. */
export function e2eSkipReason(): string {
	return inject('skipReason');
}

/** A describe block of browser tests: skipped, saying why, where Chromium is not found. */
export function describeInBrowser(name: string, body: () => void): void {
	const skip = e2eSkipReason();
	describe.skipIf(skip)(`${name}${skip ? ` (skipped: ${skip})` : ''}`, body);
}

export interface SessionOptions {
	/** Another server than the shared one (e.g. one serving a test's own bundle). */
	baseUrl?: string;
}

export async function openSession(
	profileDir?: string,
	options: SessionOptions = {}
): Promise<Session> {
	const baseUrl = options.baseUrl ?? inject('baseUrl');
	const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'plainview-profile-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: ARGS,
		viewport: { width: 1280, height: 900 },
		locale: 'en-GB'
	});
	// Records every progress bar the page ever shows, with its text, however briefly.
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __progress: string[] }).__progress = seen;
		new MutationObserver(() => {
			for (const bar of document.querySelectorAll('[role=progressbar], progress')) {
				const text = bar.closest('section, div')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
				if (!seen.includes(text)) seen.push(text);
			}
		}).observe(document, { childList: true, subtree: true, characterData: true });
	});
	const problems: string[] = [];
	// Every CSP violation the page (or its frames) reports, even one the browser only logs.
	await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
		problems.push(`csp: ${text}`);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const page = window as unknown as { __reportCspViolation: (text: string) => unknown };
			void page.__reportCspViolation(
				`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`
			);
		});
	});
	const page = context.pages()[0] ?? (await context.newPage());
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return {
		context,
		page,
		baseUrl,
		requests,
		problems,
		close: async () => {
			await context.close();
			if (!profileDir) rmSync(dir, { recursive: true, force: true });
		}
	};
}

/**
 * A new session on a server of its own over DIST (e.g. one whose data folder the test turns
 * over, or that serves a test's own bundle: `serve.dataDir`).
 */
export async function servedSession(serve: ServeOptions = {}): Promise<ServedSession> {
	const server = await serveFolder(DIST, serve);
	const session = await openSession(undefined, { baseUrl: server.url });
	const close = async () => {
		await session.close();
		await server.close();
	};
	return { ...session, server, close };
}

/**
 * Opens `path` and waits for what `ready` finds on it, then until every group of files is
 * stored: the data is installed (the first install included, hence the long wait).
 */
export async function openInstalled(
	session: Session,
	path: string,
	ready: (page: Page) => Locator
): Promise<void> {
	await session.page.goto(`${session.baseUrl}${path}`);
	await ready(session.page).waitFor({ timeout: 120_000 });
	// Pages work once the core is in (selective install); the tests go on with every group in.
	await waitForGroups(session);
}

/** A new session with the demo data installed, at `path` (see openInstalled). */
export async function installedSession(
	path: string,
	ready: (page: Page) => Locator
): Promise<Session> {
	const session = await openSession();
	await openInstalled(session, path, ready);
	return session;
}

/**
 * Opens the search for `query` and waits until a result named like `name` is drawn and every
 * group of files is stored (see openInstalled).
 */
export async function waitForSearch(session: Session, query: string, name: RegExp): Promise<void> {
	await openInstalled(session, `#/search?q=${query}`, (page) =>
		page.getByRole('option', { name }).first()
	);
}

/** Requests to anything but the app's own origin (the app must make none). */
export function foreignRequests(session: Session): string[] {
	const origin = new URL(session.baseUrl).origin;
	return session.requests.filter(
		(url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')
	);
}

export async function screenshot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
