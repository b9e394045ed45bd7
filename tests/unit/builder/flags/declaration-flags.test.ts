import { describe, expect, it } from 'vitest';
import { isInstitution } from '../../../../src/builder/flags/declaration-flags';
import type { DeclarationItem } from '../../../../src/model/types';
import { eur, flagsOf } from '../../../fixtures/flags';
import { declaration, person } from '../../../fixtures/records';

const ilze = person('Ilze Ozola', { maskedCode: '040570-*****' });
const income = (euros: number): DeclarationItem => ({
	section: 'income',
	type: 'Alga',
	amount: eur(euros)
});
const bank = (euros: number): DeclarationItem => ({
	section: 'savings',
	type: 'bank',
	amount: eur(euros)
});
const cash = (euros: number): DeclarationItem => ({
	section: 'savings',
	type: 'cash',
	amount: eur(euros)
});
const decl = (year: number, ...items: DeclarationItem[]) => declaration(ilze, year, { items });

describe('wealth growth', () => {
	it('flags savings that grew by more than the year’s income and by at least EUR 10,000', () => {
		const flags = flagsOf(
			[decl(2021, income(30000), bank(5000)), decl(2022, income(30000), bank(20000), cash(20000))],
			'wealth-growth'
		);
		expect(flags.map((f) => [f.year, f.figures])).toEqual([
			[
				2022,
				{
					growthCents: 3_500_000,
					wealthBeforeCents: 500_000,
					wealthCents: 4_000_000,
					incomeCents: 3_000_000,
					minimumCents: 1_000_000
				}
			]
		]);
		expect(flags[0]!.sources).toHaveLength(2);
	});

	it('does not flag growth within the income, under EUR 10,000, or in a non-consecutive year', () => {
		expect(
			flagsOf(
				[decl(2021, income(30000), bank(5000)), decl(2022, income(30000), bank(35000))],
				'wealth-growth'
			)
		).toEqual([]);
		expect(
			flagsOf(
				[decl(2021, income(1000), bank(0)), decl(2022, income(1000), bank(9999))],
				'wealth-growth'
			)
		).toEqual([]);
		expect(
			flagsOf(
				[decl(2020, income(1000), bank(0)), decl(2022, income(1000), bank(90000))],
				'wealth-growth'
			)
		).toEqual([]);
	});

	it('leaves out flattened extracts, whose items cite their own rows', () => {
		const row = { source: { dataset: 'x', record: 'x.csv:2' } };
		const extract = (year: number, ...items: DeclarationItem[]) =>
			decl(year, ...items.map((i) => ({ ...i, ...row })));
		expect(
			flagsOf([extract(2021, income(100), bank(0)), extract(2022, income(100), bank(90000))])
		).toEqual([]);
	});
});

describe('assets over income', () => {
	it('flags savings, holdings and loans given above 10 × the income declared', () => {
		const loan: DeclarationItem = { section: 'loan-given', amount: eur(1000) };
		const flags = flagsOf([decl(2022, income(5000), bank(49001), loan)], 'assets-over-income');
		expect(flags.map((f) => f.figures.assetsCents)).toEqual([5_000_100]);
	});

	it('does not flag exactly 10 ×, small sums, or a declaration with no income', () => {
		expect(flagsOf([decl(2022, income(5000), bank(50000))], 'assets-over-income')).toEqual([]);
		expect(flagsOf([decl(2022, income(100), bank(9000))], 'assets-over-income')).toEqual([]);
		expect(flagsOf([decl(2022, bank(90000))], 'assets-over-income')).toEqual([]);
	});
});

describe('private debt', () => {
	const debt = (creditor?: string): DeclarationItem => ({
		section: 'debt',
		amount: eur(25000),
		...(creditor && { creditor })
	});

	it('flags a debt to a named private person', () => {
		const flags = flagsOf([decl(2022, debt('Pēteris Liepa'))], 'private-debt');
		expect(flags.map((f) => f.figures)).toEqual([
			{ debtCents: 2_500_000, debts: 1, otherCurrency: 0 }
		]);
	});

	it('does not flag a bank, a leasing company, a company or a debt with no creditor named', () => {
		for (const creditor of [
			'AS "Swedbank"',
			'SIA "Luminor Līzings"',
			'Citadele banka',
			'SIA "Koks"',
			undefined
		])
			expect(flagsOf([decl(2022, debt(creditor))], 'private-debt')).toEqual([]);
		expect(isInstitution('40003003091')).toBe(true);
		expect(isInstitution('Jānis Bēldiņš')).toBe(false);
	});
});
