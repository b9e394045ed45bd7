// @vitest-environment node
/** Compares the fictional files with the real samples: same headers and titles, no shared names. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { readCsv } from '../../../src/builder/sources/csv';
import { HTML_TITLES } from '../../../src/demo/vid-sections-2024';
import { JSON_TITLES } from '../../../src/demo/vid-sections';
import { foldText } from '../../../src/model/fold-name';
import { describeRealData, realPath } from '../../fixtures/realdata';
import { demo, listFiles } from '../../fixtures/demo-output';
import { pairHash } from '../../../src/demo/real-clash';

const firstLine = (text: string) => text.replace(/^\uFEFF/, '').split('\n')[0];
const real = (...parts: string[]) => readFileSync(realPath(...parts), 'utf8');
/** Every (code fragment, ISO day) pair a line holds: `010190-*****` and `15/03/2022`, `2022-03-15`. */
function codeDayPairs(line: string): string[] {
	const fragments = [...line.matchAll(/(\d{6}) ?-? ?\*{5}/g)].map((m) => m[1]!);
	if (fragments.length === 0) return [];
	const days = [
		...[...line.matchAll(/\b(\d{2})[/.](\d{2})[/.](\d{4})\b/g)].map(
			(m) => `${m[3]}-${m[2]}-${m[1]}`
		),
		...[...line.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)].map((m) => `${m[1]}-${m[2]}-${m[3]}`)
	];
	return fragments.flatMap((fragment) => days.map((day) => `${fragment}|${day}`));
}

const nameKey = (name: string) => foldText(name.replace(',', ' ')).split(' ').sort().join(' ');

describeRealData('demo files against the real samples', () => {
	it.each([
		['knab/donations.csv', 'lv-knab-donations-delna-iw/a1.csv'],
		['knab/membership-fees.csv', 'lv-knab-donations-delna-iw/a2.csv'],
		['knab/expenditure.csv', 'lv-knab-donations-delna-iw/a4.csv'],
		['saeima/deputies.csv', 'lv-saeima-deputies-delna-iw/groups.csv'],
		[
			'vid/interests_and_assets.csv',
			'lv-vid-declarations-interests-delna-iw/interests_and_assets.csv'
		]
	])('%s has the header of %s', (ours, theirs) => {
		expect(firstLine(demo().text(ours))).toBe(firstLine(real(...theirs.split('/'))));
	});

	it('uses the section titles of data.json and of the 2024 page', () => {
		const sample = JSON.parse(real('lv-vid-declaration-pages', 'data.json')) as {
			sections: string[];
		};
		expect(Object.values(JSON_TITLES)).toEqual(sample.sections);
		const page = real('lv-vid-declaration-pages', 'slesers-2024.html');
		const titles = [...page.matchAll(/<h2>([\s\S]*?)<\/h2>/g)].map((m) => m[1]);
		expect(Object.values(HTML_TITLES)).toEqual(titles);
	});

	it('writes report pages with the statements of the real report page, in its order', () => {
		const statements = (html: string) =>
			[...html.matchAll(/<th colspan="2">\s*([^<]*?)\s*<\/th>/g)].map((m) => m[1]);
		const ours = statements(demo().text('knab/reports/saules-latvijai-2024.html'));
		const theirs = statements(real('lv-knab-web-snapshots', 'knab_declaration_detail.html'));
		// The real page closes with the notice ("Ziņojums"), which the demo has no file for.
		expect(ours).toEqual(theirs.filter((title) => title !== 'Ziņojums'));
	});

	it('gives no official the name of a real deputy or declarant in the samples', () => {
		const realNames = new Set([
			...readCsv(real('lv-saeima-deputies-delna-iw', 'groups.csv')).rows.map((r) =>
				nameKey(r.values['Deputāts/e']!)
			),
			...readCsv(
				real('lv-vid-declarations-interests-delna-iw', 'interests_and_assets.csv')
			).rows.map((r) => nameKey(r.values['Surname_name']!)),
			nameKey((JSON.parse(real('lv-vid-declaration-pages', 'data.json')) as { name: string }).name)
		]);
		const officials = (JSON.parse(demo().text('vid/declarations.json')) as { name: string }[]).map(
			(d) => d.name
		);
		const clashes = [...new Set(officials)].filter((name) => realNames.has(nameKey(name)));
		expect(clashes).toEqual([]);
	});

	it('puts no code fragment beside a day as a row of the real KNAB sample does', () => {
		const realPairs = new Set(
			['a1.csv', 'a2.csv', 'a4.csv'].flatMap((file) =>
				real('lv-knab-donations-delna-iw', file).split('\n').flatMap(codeDayPairs)
			)
		);
		expect(realPairs.size).toBeGreaterThan(20_000);
		const clashes = listFiles(demo().dir).flatMap((file) =>
			demo()
				.lines(file)
				.flatMap((line, i) =>
					codeDayPairs(line)
						.filter((pair) => realPairs.has(pair))
						.map((pair) => {
							const [fragment, day] = pair.split('|') as [string, string];
							// The hash to list in src/demo/real-clash.ts; never the values.
							return `${file}:${i + 1} 0x${pairHash(fragment, day).toString(16)}`;
						})
				)
		);
		expect(clashes).toEqual([]);
	});

	it('puts no donor name beside a day as a row of the real KNAB sample does', () => {
		// `Name` and `Datums` (31/12/2025) in both; ANONĪMS is nobody's name.
		const namePairs = (text: string) =>
			readCsv(text)
				.rows.map((row) => {
					const name = row.values['Name']!.trim().toLowerCase();
					const [d, m, y] = row.values['Datums']!.split('/');
					return { line: row.line, name, day: `${y}-${m}-${d}` };
				})
				.filter((pair) => pair.name !== '' && pair.name !== 'anonīms');
		const realPairs = new Set(
			['a1.csv', 'a2.csv'].flatMap((file) =>
				namePairs(real('lv-knab-donations-delna-iw', file)).map((p) => `${p.name}|${p.day}`)
			)
		);
		expect(realPairs.size).toBeGreaterThan(20_000);
		const clashes = ['knab/donations.csv', 'knab/membership-fees.csv'].flatMap((file) =>
			namePairs(demo().text(file))
				.filter((p) => realPairs.has(`${p.name}|${p.day}`))
				// The hash to list in src/demo/real-clash.ts; never the values.
				.map((p) => `${file}:${p.line} 0x${pairHash(p.name, p.day).toString(16)}`)
		);
		expect(clashes).toEqual([]);
	});
});
