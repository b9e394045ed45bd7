/**
 * A source that lists the same donation twice (an identical CSV row; an API record repeated
 * with its public_id): the build keeps both as facts of their own, and the donor's page opens
 * with both listed and no error in the page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/builder/adapters/index';
import { build } from '../../src/builder/build';
import { describeInBrowser, servedSession, type ServedSession } from './browser';
import type { StaticServer } from './static-server';

const HEADER = ',Partija,Veids,Vērtība,Name,Personas Kods,Datums,Flags,Dāvinātājs';
const ROW = 'Parasta partija,Nauda,EUR 5.00,Dace Ozoliņa,120380-*****,14/03/2023,,Dace Ozoliņa';
const API_RECORD = {
	public_id: 'd-77',
	party: 'PARASTA PARTIJA',
	typeId: 1,
	type: 'Nauda',
	amountDisplay: '20.00',
	currency: 'EUR',
	person: 'DACE OZOLIŅA',
	personCode: '120380*****',
	date: '20.07.2026'
};

describeInBrowser('rows listed twice', () => {
	let work: string;
	let server: StaticServer;
	let session: ServedSession;
	let warnings: string[];

	beforeAll(async () => {
		work = mkdtempSync(join(tmpdir(), 'plainview-duplicates-'));
		const sources = join(work, 'sources');
		mkdirSync(sources);
		const csv = join(sources, 'donations.csv');
		writeFileSync(csv, [HEADER, `0,${ROW}`, `1,${ROW}`, ''].join('\n'));
		const api = join(sources, 'donations-api.json');
		writeFileSync(api, JSON.stringify([API_RECORD, API_RECORD]));
		const out = join(work, 'bundle');
		const result = build({ files: [csv, api], out, builtAt: '2026-11-01T00:00:00Z' }, ADAPTERS);
		if (result.error) throw new Error(`the build failed: ${result.error}`);
		warnings = result.report.files.flatMap((f) => f.warnings);
		session = await servedSession({ dataDir: out });
		server = session.server;
	}, 120_000);
	afterAll(async () => {
		await session?.close();
		if (work) rmSync(work, { recursive: true, force: true });
	});

	it('reports the repeats, keeps every row, and opens the donor with all four gifts', async () => {
		expect(warnings).toContainEqual(expect.stringMatching(/^1 row\(s\) repeat an earlier row/));
		expect(warnings).toContain(
			'record 2: public_id d-77 repeats record 1; kept, cited as donations-api.json:2'
		);
		const { page } = session;
		await page.goto(`${server.url}#/search?q=ozolina`);
		const option = page.getByRole('option', { name: /Ozoliņa/ }).first();
		await option.waitFor({ timeout: 120_000 });
		await option.click();
		await page.getByRole('heading', { level: 1, name: /Ozoliņa/i }).waitFor({ timeout: 15_000 });
		await page.getByText('All donations (4)').waitFor({ timeout: 15_000 });
		expect(await page.getByRole('alert').count()).toBe(0);
		expect(session.problems).toEqual([]);
	});
});
