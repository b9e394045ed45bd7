/**
 * The declaration comparison on real declarations of three deputies (Delna's extract). Each
 * deputy is found by what their rows show, and what the comparison should say is worked out
 * here at test time from the CSV cells, with this test's own reader and a plain rule (an item
 * is its payer's or company's name and its kind; amounts of one item are added up), apart from
 * the adapter and the comparison. No name, payer or amount of the sample is written here.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { vidDeclarationsDelnaCsv } from '../../../src/builder/adapters/vid-declarations-delna-csv';
import { readSource } from '../../../src/builder/sources/read-source';
import type { DeclarationRecord } from '../../../src/builder/sources/source-records';
import { diffDeclarations } from '../../../src/lib/timeline/declaration-diff';
import type { Declaration } from '../../../src/model/types';
import { csvRows } from '../../fixtures/cited-records';
import { describeRealData, realPath } from '../../fixtures/realdata';

type Row = [
	section: string,
	status: string,
	label: string,
	before: number | null,
	after: number | null
];

/** A row of the extract that carries an income or a holding, as its cells say. */
interface RawItem {
	line: number;
	person: string;
	year: number;
	section: 'income' | 'shares';
	name: string;
	regNo: string;
	kind: string;
	cents: number;
}

const FILE = 'interests_and_assets.csv';

/** `  1,234.56 € ` or ` € 12.34 ` → cents; an empty cell is no amount. */
function centsOf(text: string): number {
	if (text === '') return 0;
	const match = /^(?:€ *)?([\d,]+)\.(\d\d)(?: *€)?$/.exec(text);
	if (!match) throw new Error(`not an amount: ${text}`);
	return Number(match[1]!.replace(/,/g, '')) * 100 + Number(match[2]);
}

function rawItems(): RawItem[] {
	const rows = csvRows(
		readFileSync(realPath('lv-vid-declarations-interests-delna-iw', FILE), 'utf8')
	);
	const header = rows.get(1)!;
	rows.delete(1);
	const items: RawItem[] = [];
	for (const [line, cells] of rows) {
		const cell = (column: string) =>
			(cells[header.indexOf(column)] ?? '').replace(/\s+/g, ' ').trim();
		const base = {
			line,
			person: cell('Surname_name'),
			year: Number(cell('DeclYear')),
			name: cell('Entity_name'),
			regNo: cell('Entity_RegNum')
		};
		if (cell('Income_type') || cell('Income_value'))
			items.push({
				...base,
				section: 'income',
				kind: cell('Income_type'),
				cents: centsOf(cell('Income_value'))
			});
		if (cell('Fin_v') || cell('Fin_v_value'))
			items.push({
				...base,
				section: 'shares',
				kind: cell('Fin_v'),
				cents: centsOf(cell('Fin_v_value'))
			});
	}
	return items;
}

/**
 * What the comparison of a person's 2019 and 2020 rows should say: items matched by section,
 * name and kind, in the documented order (section, then added, removed, changed, unchanged,
 * then label).
 */
function expectedRows(items: RawItem[]): Row[] {
	const fold = (text: string) => text.toLocaleLowerCase('lv');
	const byKey = (year: number) => {
		const map = new Map<string, { section: string; label: string; cents: number }>();
		for (const item of items.filter((i) => i.year === year)) {
			const key = `${item.section}|${fold(item.name)}|${fold(item.kind)}`;
			const seen = map.get(key);
			if (seen) seen.cents += item.cents;
			else
				map.set(key, {
					section: item.section,
					label: `${item.name}, ${item.kind}`,
					cents: item.cents
				});
		}
		return map;
	};
	const [before, after] = [byKey(2019), byKey(2020)];
	const rows: Row[] = [...new Set([...after.keys(), ...before.keys()])].map((key) => {
		const [a, b] = [before.get(key), after.get(key)];
		const status = !a ? 'added' : !b ? 'removed' : a.cents === b.cents ? 'unchanged' : 'changed';
		const shown = (b ?? a)!;
		return [shown.section, status, shown.label, a?.cents ?? null, b?.cents ?? null];
	});
	const sections = ['income', 'shares'];
	const statuses = ['added', 'removed', 'changed', 'unchanged'];
	return rows.sort(
		(x, y) =>
			sections.indexOf(x[0]) - sections.indexOf(y[0]) ||
			statuses.indexOf(x[1]) - statuses.indexOf(y[1]) ||
			x[2].localeCompare(y[2], 'lv')
	);
}

describeRealData('the declaration comparison on three deputies, worked out from their rows', () => {
	const items = rawItems();
	const people = [...new Set(items.map((i) => i.person))];
	const itemsOf = (person: string, year?: number) =>
		items.filter((i) => i.person === person && (year === undefined || i.year === year));
	/** Kinds of income per payer name in one year. */
	const kindsByPayer = (person: string, year: number) => {
		const map = new Map<string, Map<string, number>>();
		for (const i of itemsOf(person, year).filter((x) => x.section === 'income')) {
			const kinds = map.get(i.name) ?? new Map<string, number>();
			kinds.set(i.kind, (kinds.get(i.kind) ?? 0) + i.cents);
			map.set(i.name, kinds);
		}
		return map;
	};
	/** A payer with a kind of income in both years whose amount changed, and a kind new in 2020. */
	const hasNewKindBesideChangedOne = (person: string) => {
		const [before, after] = [kindsByPayer(person, 2019), kindsByPayer(person, 2020)];
		return [...after].some(([payer, kinds]) => {
			const old = before.get(payer);
			if (!old) return false;
			const kept = [...kinds.keys()].filter((kind) => old.has(kind));
			return (
				kept.some((kind) => kinds.get(kind) !== old.get(kind)) &&
				[...kinds.keys()].some((kind) => !old.has(kind))
			);
		});
	};

	const records = (() => {
		const file = readSource(realPath('lv-vid-declarations-interests-delna-iw', FILE));
		return vidDeclarationsDelnaCsv.read(file, { dataset: 'ia' }).records as DeclarationRecord[];
	})();
	const asDeclaration = (r: DeclarationRecord): Declaration => ({
		id: r.source.record,
		person: r.person.name,
		personName: r.person.name,
		year: r.year,
		kind: r.kind,
		items: r.items,
		source: r.source
	});
	/** The adapter's declaration of `person` for `year`: the one that starts on their first row. */
	const declarationOf = (person: string, year: number) => {
		const first = Math.min(...itemsOf(person, year).map((i) => i.line));
		const found = records.filter(
			(r) =>
				r.year === year && r.items.some((i) => Number(i.source?.record.split(':')[1]) === first)
		);
		expect(found).toHaveLength(1);
		return asDeclaration(found[0]!);
	};
	const diffOf = (person: string) =>
		diffDeclarations(declarationOf(person, 2019), declarationOf(person, 2020));
	const cents = (m: { cents: number }[] | undefined) =>
		m === undefined ? null : m.reduce((sum, x) => sum + x.cents, 0);
	const rows = (diff: ReturnType<typeof diffDeclarations>): Row[] =>
		diff.map((r) => [
			r.section,
			r.status,
			r.label,
			cents(r.before?.amounts),
			cents(r.after?.amounts)
		]);

	it('places by name a 2020 line that carries another payer’s number, and sets that number aside', () => {
		// One reg. no. under two payer names in a 2020 declaration, one of the two published
		// with another number in 2019: that line carries the other payer's number by a slip.
		const slips = people.flatMap((person) => {
			const now = itemsOf(person, 2020).filter((i) => i.section === 'income' && i.regNo);
			const then = itemsOf(person, 2019).filter((i) => i.section === 'income' && i.regNo);
			return now
				.filter(
					(i) =>
						now.some((other) => other.regNo === i.regNo && other.name !== i.name) &&
						then.some((old) => old.name === i.name && old.regNo !== i.regNo)
				)
				.map((slip) => ({ person, slip }));
		});
		expect(slips).toHaveLength(1);
		const { person, slip } = slips[0]!;
		const diff = diffOf(person);
		expect(rows(diff)).toEqual(expectedRows(itemsOf(person)));
		expect(rows(diff).some((r) => r[1] === 'changed')).toBe(true);
		const placed = diff.find((r) => r.label === `${slip.name}, ${slip.kind}`);
		expect(placed?.status).toBe('changed');
		expect(placed?.regNosSetAside).toEqual([slip.regNo]);
		expect(diff.filter((r) => r.regNosSetAside)).toHaveLength(1);
	});

	it('keeps two kinds of income from one payer apart: one kind appears while the other changes', () => {
		// The first deputy in the file with such a payer.
		const person = people.find(hasNewKindBesideChangedOne)!;
		expect(person).toBeDefined();
		const diff = rows(diffOf(person));
		expect(diff).toEqual(expectedRows(itemsOf(person)));
		expect(new Set(diff.map((r) => r[1]))).toEqual(new Set(['added', 'removed', 'changed']));
	});

	it('pairs a foreign payer by its published code, and one payer’s kinds by number and kind', () => {
		// A deputy paid under the same foreign (T…) code in both years, with a payer whose one
		// kind of income is new in 2020 while another goes on.
		const foreign = (person: string, year: number) =>
			new Set(
				itemsOf(person, year)
					.filter((i) => i.section === 'income' && /^T\d{10}$/.test(i.regNo))
					.map((i) => i.regNo)
			);
		const found = people.filter(
			(person) =>
				[...foreign(person, 2020)].some((code) => foreign(person, 2019).has(code)) &&
				hasNewKindBesideChangedOne(person)
		);
		expect(found).toHaveLength(1);
		const diff = rows(diffOf(found[0]!));
		expect(diff).toEqual(expectedRows(itemsOf(found[0]!)));
		const code = [...foreign(found[0]!, 2020)].find((c) => foreign(found[0]!, 2019).has(c));
		const payer = itemsOf(found[0]!, 2020).find((i) => i.regNo === code)!;
		expect(diff.find((r) => r[2] === `${payer.name}, ${payer.kind}`)?.[1]).toBe('changed');
	});
});
