/**
 * The built site on static servers that treat `.gz` files differently: one sends them as they
 * are, one with Content-Encoding: gzip (vite preview, many hosts), so the browser unpacks them
 * before the app sees them. Both must install. Then a host that fails: the page names the file,
 * hides the time estimate, and its Retry button installs once the host answers again.
 */
import { afterEach, expect, it } from 'vitest';
import {
	BUNDLE_FILE,
	DIST,
	describeInBrowser,
	foreignRequests,
	openSession,
	screenshot,
	type Session
} from './browser';
import { serveFolder, type StaticServer } from './static-server';

describeInBrowser('static servers', () => {
	let server: StaticServer | undefined;
	let session: Session | undefined;
	afterEach(async () => {
		await session?.close();
		await server?.close();
		session = server = undefined;
	});

	it.each([
		['sends .gz files as they are', false],
		['sends .gz files with Content-Encoding: gzip', true]
	])('installs the bundle when the server %s', async (_, gzipEncoding) => {
		server = await serveFolder(DIST, { gzipEncoding });
		session = await openSession(undefined, { baseUrl: server.url });
		const { page } = session;
		const encodings: string[] = [];
		page.on('response', (response) => {
			if (BUNDLE_FILE.test(response.url()))
				encodings.push(response.headers()['content-encoding'] ?? 'none');
		});
		await page.goto(`${server.url}#/search?q=ozols`);
		await page
			.getByRole('option', { name: /Māris Ozols/ })
			.first()
			.waitFor({ timeout: 120_000 });
		// The browser saw every bundle file the way this server sends it.
		expect(encodings.length).toBeGreaterThanOrEqual(3);
		expect(new Set(encodings)).toEqual(new Set([gzipEncoding ? 'gzip' : 'none']));
		expect(session.problems).toEqual([]);
		expect(foreignRequests(session)).toEqual([]);
	});

	it('names the file a failing host did not send, without a time estimate, and Retry installs', async () => {
		let status: number | undefined = 503;
		server = await serveFolder(DIST, { failData: () => status });
		session = await openSession(undefined, { baseUrl: server.url });
		const { page } = session;
		await page.goto(`${server.url}#/search?q=ozols`);
		const alert = page.getByRole('alert').filter({ hasText: 'Loading the data failed' });
		await alert.waitFor({ timeout: 60_000 });
		expect(await alert.innerText()).toMatch(
			/^Loading the data failed\. The (file of people and organisations|file of declarations, donations and links|search index file|connections file) \((entities|facts|search|graph)-\d{4}\.jsonl\.gz\) could not be downloaded\. Check the connection and retry\./
		);
		const install = page.getByRole('region', { name: 'Loading the data' });
		expect(await install.innerText()).not.toMatch(/Time left|estimating/);
		// The technical message is there, behind the toggle.
		await alert.getByText('Details').click();
		await expect
			.poll(() => alert.innerText())
			.toMatch(/\.jsonl\.gz: the server answered 503 Service Unavailable for http:\/\//);
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 900 });
			await screenshot(page, `install-failed-${width}`);
		}
		await page.setViewportSize({ width: 1280, height: 900 });

		status = undefined;
		await page.getByRole('button', { name: 'Retry' }).click();
		await page
			.getByRole('option', { name: /Māris Ozols/ })
			.first()
			.waitFor({ timeout: 120_000 });
		await expect.poll(() => page.getByRole('alert').count()).toBe(0);
		// The only problems are the browser's own lines about the 503 answers.
		const problems = session.problems.filter((p) => !/Failed to load resource: .*503/.test(p));
		expect(problems).toEqual([]);
	});
});
