import { describe, expect, it } from 'vitest';
import {
	defaultPair,
	diffDeclarations,
	moneyChange
} from '../../../src/lib/timeline/declaration-diff';
import type { DeclarationItem } from '../../../src/model/types';
import { ANNA, EVERY_SECTION, declaration, eur, lvl } from '../../fixtures/profiles';

const decl = (year: number, items: DeclarationItem[], filed?: string) =>
	declaration({
		person: ANNA.id,
		year,
		items,
		...(filed && { filed, id: `decl-${year}-${filed}` })
	});
const diff = (before: DeclarationItem[], after: DeclarationItem[]) =>
	diffDeclarations(decl(2023, before), decl(2024, after)).map((r) => [
		r.section,
		r.status,
		r.label,
		r.change ?? null
	]);

const salary = (cents: number, payer = 'Saeima'): DeclarationItem => ({
	section: 'income',
	payer: { name: payer },
	type: 'Alga',
	amount: eur(cents)
});
const flat = (holding = 'Īpašumā'): DeclarationItem => ({
	section: 'real-estate',
	type: 'Dzīvoklis',
	location: 'Rīga',
	holding
});

describe('diffDeclarations', () => {
	it.each([
		[
			'an unchanged salary',
			[salary(100)],
			[salary(100)],
			[['income', 'unchanged', 'Saeima, Alga', [eur(0)]]]
		],
		['a raise', [salary(100)], [salary(150)], [['income', 'changed', 'Saeima, Alga', [eur(50)]]]],
		['a new payer', [], [salary(150, 'SIA Ozols')], [['income', 'added', 'SIA Ozols, Alga', null]]],
		['a lost payer', [salary(90)], [], [['income', 'removed', 'Saeima, Alga', null]]],
		[
			'a payer written in other case, diacritics folded',
			[salary(100, 'SIA ĀBOLS')],
			[salary(100, 'sia abols')],
			[['income', 'unchanged', 'sia abols, Alga', [eur(0)]]]
		],
		[
			'a property whose holding changed',
			[flat()],
			[flat('Lietošanā')],
			[['real-estate', 'changed', 'Dzīvoklis, Rīga', []]]
		],
		[
			'a debt paid off and a new one',
			[{ section: 'debt', creditor: 'Banka A', amount: eur(1000) }],
			[{ section: 'debt', creditor: 'Banka B', amount: eur(500) }],
			[
				['debt', 'added', 'Banka B', null],
				['debt', 'removed', 'Banka A', null]
			]
		],
		[
			'savings that moved from LVL to EUR: never mixed',
			[{ section: 'savings', type: 'bank', amount: lvl(7028), holder: 'Banka' }],
			[{ section: 'savings', type: 'bank', amount: eur(10000), holder: 'Banka' }],
			[['savings', 'changed', 'Banka', [eur(10000), lvl(-7028)]]]
		]
	] as const)('%s', (_, before, after, rows) => {
		expect(diff([...before], [...after])).toEqual(rows);
	});

	it('sums two incomes of one kind from one payer, and counts two flats in one place', () => {
		const rows = diffDeclarations(
			decl(2023, [salary(100), flat()]),
			decl(2024, [salary(100), salary(30), flat(), flat()])
		);
		expect(rows.map((r) => [r.status, r.before, r.after])).toEqual([
			['changed', { amounts: [eur(100)] }, { amounts: [eur(130)] }],
			['changed', { amounts: [], detail: 'Īpašumā' }, { amounts: [], detail: 'Īpašumā', count: 2 }]
		]);
	});

	it('leaves out sections that are not assets or money (posts, family, other)', () => {
		const rows = diffDeclarations(decl(2023, []), decl(2024, EVERY_SECTION));
		expect(new Set(rows.map((r) => r.section))).toEqual(
			new Set(['income', 'real-estate', 'vehicle', 'shares', 'savings', 'debt', 'loan-given'])
		);
		expect(rows.every((r) => r.status === 'added')).toBe(true);
	});

	const paid = (name: string, regNo: string | undefined, cents: number, type = 'Alga') =>
		({
			section: 'income',
			payer: { name, ...(regNo && { regNo }) },
			type,
			amount: eur(cents)
		}) satisfies DeclarationItem;
	const rowsOf = (before: DeclarationItem[], after: DeclarationItem[]) =>
		diffDeclarations(decl(2023, before), decl(2024, after)).map((r) => [
			r.status,
			r.label,
			r.change ?? null,
			r.regNosSetAside ?? null
		]);

	it('pairs payers by registration number and kind, whatever the order of the lines', () => {
		const before = [
			paid('Ziemeļu Akadēmija', '90000000011', 1000),
			paid('Ziemeļu slimnīca', '40000000022', 2000),
			paid('Ziemeļu slimnīca', '40000000022', 50, 'Honorārs')
		];
		const after = [
			paid('Ziemeļu slimnīca', '40000000022', 2500),
			paid('ZIEMEĻU AKADĒMIJA', '90000000011', 1200),
			paid('Ziemeļu slimnīca', '40000000022', 70, 'Honorārs')
		];
		const expected = [
			['changed', 'ZIEMEĻU AKADĒMIJA, Alga', [eur(200)], null],
			['changed', 'Ziemeļu slimnīca, Alga', [eur(500)], null],
			['changed', 'Ziemeļu slimnīca, Honorārs', [eur(20)], null]
		];
		expect(rowsOf(before, after)).toEqual(expected);
		expect(rowsOf([...before].reverse(), [...after].reverse())).toEqual(expected);
	});

	it('pairs a renamed payer by its number, and two payers of one name by theirs', () => {
		expect(
			rowsOf(
				[paid('SIA Vecais Nosaukums', '40000000033', 100), paid('Skola', '90000000044', 10)],
				[paid('SIA Jaunais Nosaukums', '40000000033', 100), paid('Skola', '90000000055', 10)]
			)
		).toEqual([
			['added', 'Skola, Alga', null, null],
			['removed', 'Skola, Alga', null, null],
			['unchanged', 'SIA Jaunais Nosaukums, Alga', [eur(0)], null]
		]);
	});

	it('places a line that carries another payer’s number by its name, and says so', () => {
		// The slip seen in a real extract: the academy's salary written with the hospital's number.
		const rows = rowsOf(
			[
				paid('Ziemeļu slimnīca', '40000000022', 2000),
				paid('Ziemeļu Akadēmija', '90000000011', 1000)
			],
			[
				paid('Ziemeļu Akadēmija', '40000000022', 1100),
				paid('Ziemeļu slimnīca', '40000000022', 1800)
			]
		);
		expect(rows).toEqual([
			['changed', 'Ziemeļu Akadēmija, Alga', [eur(100)], ['40000000022']],
			['changed', 'Ziemeļu slimnīca, Alga', [eur(-200)], null]
		]);
	});

	it('pairs a payer given without a number with the same name given with one', () => {
		expect(
			rowsOf([paid('Ārzemju Banka', undefined, 300)], [paid('Ārzemju banka', 'T0000000001', 300)])
		).toEqual([['unchanged', 'Ārzemju banka, Alga', [eur(0)], null]]);
	});

	it('matches shares by company and compares count and value', () => {
		const share = (count: number): DeclarationItem => ({
			section: 'shares',
			company: { name: 'SIA Ozols', id: 'o-1' },
			count,
			value: eur(count * 100)
		});
		const [row] = diffDeclarations(decl(2023, [share(10)]), decl(2024, [share(12)]));
		expect(row).toMatchObject({
			status: 'changed',
			party: { id: 'o-1' },
			before: { count: 10 },
			after: { count: 12 },
			change: [eur(200)]
		});
	});
});

describe('moneyChange', () => {
	it('subtracts per currency', () => {
		expect(moneyChange([eur(100), lvl(5)], [eur(40)])).toEqual([eur(-60), lvl(-5)]);
	});
});

describe('defaultPair', () => {
	it.each([
		['the newest two years', [2019, 2024, 2022], [2022, 2024]],
		['nothing with one declaration', [2024], undefined],
		['nothing with none', [], undefined]
	])('picks %s', (_, years, pair) => {
		const picked = defaultPair(years.map((y) => decl(y, [])));
		expect(picked?.map((d) => d.year)).toEqual(pair);
	});

	it('takes the latest filing of the newest year and an older year, not two of one year', () => {
		const picked = defaultPair([
			decl(2024, [], '2025-01-10'),
			decl(2024, [], '2025-03-01'),
			decl(2023, [], '2024-03-01')
		]);
		expect(picked?.map((d) => d.id)).toEqual(['decl-2023-2024-03-01', 'decl-2024-2025-03-01']);
	});
});
