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
import { isRealName, nameHash, pairHash } from '../../../src/demo/real-clash';
import { composable, realPersonNames } from '../../fixtures/real-names';
import { containsForbidden, FORBIDDEN_FRAGMENT_HASHES, hashString } from '../../../src/demo/random';

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

/** Every value a demo file holds as one piece of text: CSV cells (and two side by side, for
 * forename;surname), JSON strings, the text between HTML tags. */
function valuesIn(file: string, text: string): string[] {
	if (file.endsWith('.csv'))
		return readCsv(text).rows.flatMap((row) => {
			const cells = Object.values(row.values);
			return [...cells, ...cells.slice(1).map((cell, i) => `${cells[i]} ${cell}`)];
		});
	if (file.endsWith('.json')) {
		const strings: string[] = [];
		JSON.stringify(JSON.parse(text), (_key, value: unknown) => {
			if (typeof value === 'string') strings.push(value);
			return value;
		});
		return strings;
	}
	if (file.endsWith('.html')) return text.split(/<[^>]*>/).map((piece) => piece.trim());
	return [];
}

/**
 * The ways a value can spell "Given Surname": as is, "Surname, Given", "Surname Given"; and
 * the names inside it, each word (or part of a double surname) with each other one, for a
 * second given name or a double surname around a real name.
 */
function nameForms(value: string): string[] {
	const folded = foldText(value);
	if (!/^[\p{L}' ,-]+$/u.test(folded) || !folded.includes(' ')) return [];
	const comma = folded.indexOf(',');
	if (comma >= 0) return [`${folded.slice(comma + 1).trim()} ${folded.slice(0, comma).trim()}`];
	const words = folded.split(' ');
	const forms = [folded, [...words.slice(1), words[0]].join(' ')];
	const parts = words.flatMap((word) => (word.includes('-') ? [word, ...word.split('-')] : [word]));
	if (parts.length > 2)
		for (const a of parts) for (const b of parts) if (a !== b) forms.push(`${a} ${b}`);
	return forms;
}

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

	it("lists the hash of the code fragment in the real KNAB sample's first row", () => {
		const firstRow = readCsv(real('lv-knab-donations-delna-iw', 'a1.csv')).rows[0]!;
		const fragment = /^(\d{6})-\*{5}$/.exec(firstRow.values['Personas Kods']!.trim())?.[1];
		// Booleans and hashes only, so a failure never prints the fragment.
		expect(fragment !== undefined).toBe(true);
		expect(FORBIDDEN_FRAGMENT_HASHES).toContain(hashString(fragment!));
		expect(containsForbidden(`x${fragment}-*****`)).toBe(true);
		expect(listFiles(demo().dir).some((file) => demo().text(file).includes(fragment!))).toBe(false);
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

	it('gives nobody the name of a real donor, member, deputy or declarant in the samples', () => {
		const realNames = new Set(realPersonNames().map(foldText));
		expect(realNames.size).toBeGreaterThan(5_000);
		const clashes = listFiles(demo().dir).flatMap((file) =>
			valuesIn(file, demo().text(file))
				.filter((value) => nameForms(value).some((form) => realNames.has(form)))
				// The file and hash only, never the name.
				.map((value) => `${file}: 0x${nameHash(nameForms(value)[0]!).toString(16)}`)
		);
		expect([...new Set(clashes)]).toEqual([]);
	});

	it('lists every real name the name lists can put together, so the generator never draws one', () => {
		const unlisted = realPersonNames()
			.filter(composable)
			.filter((name) => {
				const words = name.split(' ');
				return !isRealName(words.slice(0, -1).join(' '), words.at(-1)!);
			});
		// The hashes to add to REAL_NAMES in src/demo/real-clash.ts; never the names.
		expect([...new Set(unlisted.map((name) => `0x${nameHash(name).toString(16)}`))]).toEqual([]);
	});
});
