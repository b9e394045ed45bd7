import { mkdtempSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/builder/adapters/index';
import { build } from '../../../src/builder/build';
import type { Manifest } from '../../../src/model/bundle-format';
import { describeRealData, realPath } from '../../fixtures/realdata';

const out = () => join(mkdtempSync(join(tmpdir(), 'plainview-real-')), 'bundle');

describeRealData('building every real sample', () => {
	it.each([
		['lv-knab-donations-delna-iw/a1.csv', 'knab-donations-csv', 26122],
		['lv-knab-donations-delna-iw/a2.csv', 'knab-donations-csv', 2288],
		['lv-saeima-deputies-delna-iw/groups.csv', 'saeima-deputies-csv', 100],
		[
			'lv-vid-declarations-interests-delna-iw/interests_and_assets.csv',
			'vid-declarations-delna-csv',
			1270
		],
		['lv-vid-declaration-pages/data.json', 'vid-declaration-json', 1],
		['lv-vid-declaration-pages/slesers-2024.html', 'vid-declaration-html', 27],
		['lv-knab-web-snapshots/knab_donations_page.html', 'knab-donations-html', 50],
		['lv-knab-donations-delna-iw/a4.csv', 'knab-expenditure-csv', 795],
		['lv-knab-web-snapshots/knab_declarations_page.html', 'knab-reports-list-html', 15],
		// The report's rows: 82 lines with an amount and 4 headings without.
		['lv-knab-web-snapshots/knab_declaration_detail.html', 'knab-report-html', 86]
	])('builds %s as %s, reading %i rows and rejecting none', (file, format, rows) => {
		const { report, error } = build({ files: [realPath(file)], out: out() }, ADAPTERS);
		expect(error).toBeUndefined();
		expect(report.files[0]).toMatchObject({ format, rowsRead: rows, accepted: rows, rejected: [] });
	});

	it.each([
		['lv-vid-tax-derived/dump_family_doctors_2021.csv', 'not an official format'],
		['fi-vtv-election-funding/eduskuntavaalit2023.json', 'Finnish'],
		['fi-vtv-election-funding/puoluerahoitus.json', 'Finnish'],
		['fi-vtv-election-funding/final.json', 'Finnish']
	])('refuses %s, saying what it is (%s)', (file, words) => {
		const { error } = build({ files: [realPath(file)], out: out() }, ADAPTERS);
		expect(error).toContain('recognised as');
		expect(error).toContain(words);
	});

	it('builds the deputies list, donations and declarations together into one bundle', () => {
		const dir = out();
		const files = [
			'lv-knab-donations-delna-iw/a1.csv',
			'lv-knab-donations-delna-iw/a2.csv',
			'lv-saeima-deputies-delna-iw/groups.csv',
			'lv-vid-declarations-interests-delna-iw/interests_and_assets.csv'
		].map((f) => realPath(f));
		expect(build({ files, out: dir, builtAt: '2026-11-22' }, ADAPTERS).error).toBeUndefined();
		const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
		expect(manifest.sources.map((s) => s.id)).toEqual([
			'a1',
			'a2',
			'groups',
			'interests-and-assets',
			'party-register'
		]);
		expect(manifest.counts).toMatchObject({ donations: 26122 + 2288, declarations: 283 });
		// The Saeima, its registration number from both the deputies list and the declarations.
		const entities = manifest.files.filter((f) => f.kind === 'entities');
		const text = entities
			.map((f) => gunzipSync(readFileSync(join(dir, f.name))).toString())
			.join('');
		expect(text).toContain('"id":"o-90000028300"');
	});
});
