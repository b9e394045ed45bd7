/**
 * Loading data from files with no bundle on the server (#6): the app's own dist/ served
 * without data/, so fetching the manifest fails; then the demo bundle is loaded from its
 * files, and separately from one archive built here, searched, a profile opened, and the
 * search results downloaded as CSV with their source references.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openSession, screenshot, type Session } from './browser';
import { serveFolder, type StaticServer } from './static-server';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLES = join(ROOT, 'data/bundles');

/** manifest.json and every file it lists, as the person would pick them from a USB stick. */
function bundleFiles(): string[] {
	const manifest = JSON.parse(readFileSync(join(BUNDLES, 'manifest.json'), 'utf8')) as {
		files: { name: string }[];
	};
	return ['manifest.json', ...manifest.files.map((f) => f.name)].map((n) => join(BUNDLES, n));
}

describeInBrowser('load data from files', () => {
	let dir: string;
	let server: StaticServer;
	let archive: string;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'plainview-files-'));
		const site = join(dir, 'site');
		// The built app without its data/ folder: every manifest request is a 404.
		cpSync(join(ROOT, 'dist'), site, {
			recursive: true,
			filter: (path) => !path.startsWith(join(ROOT, 'dist', 'data'))
		});
		server = await serveFolder(site);
		archive = join(dir, 'demo-bundle.tar');
		execFileSync(
			'npx',
			['tsx', 'src/builder/cli.ts', '--out', join(dir, 'bundle'), '--archive', archive],
			{ cwd: ROOT, stdio: 'pipe' }
		);
	});
	afterAll(async () => {
		await server?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	async function loadFrom(session: Session, files: string[]): Promise<void> {
		const { page } = session;
		await page.goto(`${server.url}#/sources`);
		// The app tried the server first and says it could not get the data.
		await page
			.getByRole('alert')
			.filter({ hasText: /manifest\.json: the server answered 404/ })
			.waitFor({ timeout: 30_000 });
		await page.getByLabel('Choose files').setInputFiles(files);
		await page.getByText(/^Loaded data version /).waitFor({ timeout: 120_000 });
		await page.getByRole('table', { name: 'Data sources' }).waitFor();
	}

	async function searchAndOpen(session: Session, query: string, name: RegExp): Promise<void> {
		const { page } = session;
		await page.goto(`${server.url}#/search?q=${encodeURIComponent(query)}`);
		const option = page.getByRole('option', { name }).first();
		await option.waitFor({ timeout: 30_000 });
		await option.click();
		await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
	}

	it('loads manifest.json with its chunk files, searches, opens a profile, downloads a CSV', async () => {
		const session = await openSession();
		try {
			const { page } = session;
			await loadFrom(session, bundleFiles());
			await screenshot(page, 'files-loaded');
			await searchAndOpen(session, 'ozols', /Māris Ozols/);

			await page.goto(`${server.url}#/search?q=krumlins`);
			await page
				.getByRole('option', { name: /Krūmliņš/ })
				.first()
				.waitFor({ timeout: 30_000 });
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Download CSV' }).click()
			]);
			expect(download.suggestedFilename()).toBe('plainview-search-krumlins.csv');
			const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
			const [header, ...rows] = csv.trimEnd().split('\r\n');
			expect(header).toBe(
				'id,kind,name,other_names,posts,parties,years,source_dataset,source_record,source_url'
			);
			expect(rows.length).toBeGreaterThan(0);
			expect(rows.some((row) => row.includes('Krūmliņš'))).toBe(true);
			// The last three columns of every row: the datasets, their records (a file line, an
			// array index or the source's own id) and URLs, never empty for dataset and record.
			const SOURCE_CELLS = /,[\w-]+(?: \| [\w-]+)*,(?:"[^"]+"|[^,"]+),(?:"[^"]*"|[^,"]*)$/;
			for (const row of rows) expect(row).toMatch(SOURCE_CELLS);
			// No request for the app's data went anywhere but the failed manifest on its own origin.
			const origin = new URL(server.url).origin;
			expect(
				session.requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))
			).toEqual([]);
		} finally {
			await session.close();
		}
	});

	it('loads one archive built with build:data -- --archive', async () => {
		const session = await openSession();
		try {
			await loadFrom(session, [archive]);
			await searchAndOpen(session, 'krumlins janis', /Jānis Krūmliņš/);
			await screenshot(session.page, 'files-archive-profile');
		} finally {
			await session.close();
		}
	});
});
