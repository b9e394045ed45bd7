/**
 * The officials table on the real samples (groups.csv, interests_and_assets.csv and the VID
 * pages built together): each checked declaration's income, holdings and outside posts equal
 * the sums this test computes from its rows in interests_and_assets.csv, and the rankings'
 * first official's company links equal the distinct companies named in that person's holdings.
 * No name is written here: the declarations checked are picked by their figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { officialTable } from '../../../../src/builder/bundle/explore-officials';
import { rankings } from '../../../../src/builder/bundle/explore-rankings';
import { readRecords } from '../../../../src/builder/eval/run';
import { loadPartyRegister } from '../../../../src/builder/parties/load';
import { resolveDetailed } from '../../../../src/builder/resolve/resolve';
import { readCsv } from '../../../../src/builder/sources/csv';
import type { OfficialTable, Rankings } from '../../../../src/model/explore-officials';
import { displayName, foldText } from '../../../../src/model/fold-name';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const CSV = 'lv-vid-declarations-interests-delna-iw/interests_and_assets.csv';
const FILES = [
	'lv-saeima-deputies-delna-iw/groups.csv',
	CSV,
	'lv-vid-declaration-pages/data.json',
	'lv-vid-declaration-pages/slesers-2024.html'
];

/** "  2,345.67 € " → 234567: every amount in the file is EUR with a decimal point. */
function cents(text: string): number {
	const [whole = '0', fraction = ''] = text.replace(/[^\d.]/g, '').split('.');
	return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

interface Group {
	name: string;
	line: number;
	income: number;
	holdings: number;
	posts: number;
	companies: Set<string>;
}

/** One group per (person, DeclYear, filed_as), as the file lists declarations; cited by its first row. */
function groupsOf(text: string): Group[] {
	const groups = new Map<string, Group>();
	for (const row of readCsv(text).rows) {
		const v = (k: string) => (row.values[k] ?? '').trim();
		if (/nebija pienakuma/.test(foldText(v('filed_as')))) continue;
		const key = [v('Surname_name'), v('DeclYear'), v('filed_as')].join('|');
		const group = groups.get(key) ?? {
			name: v('Surname_name'),
			line: row.line,
			income: 0,
			holdings: 0,
			posts: 0,
			companies: new Set<string>()
		};
		groups.set(key, group);
		if (v('Income_value')) group.income += cents(v('Income_value'));
		if (v('Fin_v_value')) group.holdings += cents(v('Fin_v_value'));
		if (v('Position')) group.posts++;
		if ((v('Fin_v') || v('Fin_v_value')) && v('Entity_RegNum'))
			group.companies.add(v('Entity_RegNum'));
	}
	return [...groups.values()];
}

describeRealData('the officials table and rankings', () => {
	let table: OfficialTable;
	let ranked: Rankings;
	let groups: Group[];
	beforeAll(() => {
		const records = readRecords(FILES.map((f) => realPath(f)));
		const parties = loadPartyRegister(join(import.meta.dirname, '../../../../data/parties.json'));
		const { data } = resolveDetailed(records, {}, parties.register);
		table = officialTable(data);
		ranked = rankings(data);
		groups = groupsOf(readFileSync(realPath(CSV), 'utf8'));
	}, 60_000);

	const rowOf = (group: Group) => {
		const i = table.columns.record.indexOf(`interests_and_assets.csv:${group.line}`);
		expect(i, `a row citing line ${group.line}`).toBeGreaterThanOrEqual(0);
		return i;
	};
	const top = (by: (g: Group) => number) => [...groups].sort((a, b) => by(b) - by(a)).slice(0, 3);

	it('sums the three largest incomes, holdings and post counts as the CSV rows do', () => {
		const picked = [...top((g) => g.income), ...top((g) => g.holdings), ...top((g) => g.posts)];
		expect(picked.every((g) => g.income + g.holdings + g.posts > 0)).toBe(true);
		for (const group of picked) {
			const i = rowOf(group);
			const c = table.columns;
			expect([c.incomeCents[i], c.holdingsCents[i], c.posts[i]]).toEqual([
				group.income,
				group.holdings,
				group.posts
			]);
			expect(c.outsideIncomeCents[i]).toBeLessThanOrEqual(c.incomeCents[i]!);
			expect(c.otherCurrency[i]).toBe(0);
		}
	});

	it('has one row per declaration of the extract', () => {
		const fromCsv = table.columns.record.filter((r) => r.startsWith('interests_and_assets.csv:'));
		expect(fromCsv).toHaveLength(groups.length);
	});

	it('ranks first the official whose holdings name the most companies', () => {
		const first = ranked.officials[0]!;
		const named = new Set(
			groups
				.filter((g) => foldText(displayName(g.name)) === foldText(first.name))
				.flatMap((g) => [...g.companies])
		);
		expect(named.size).toBeGreaterThan(0);
		expect(first.companies).toBe(named.size);
	});

	it('places the Rīga council declarations on the Rīga tile and lists a pre-2021 council apart', () => {
		expect(table.municipalities).toContain('riga');
		expect(table.unmatched.map((u) => u.name)).toContain('Beverīnas novada pašvaldība');
	});
});
