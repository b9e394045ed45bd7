import { describe, expect, it } from 'vitest';
import type { DeclarationItem } from '../../../../src/model/types';
import { eur, flagsOf } from '../../../fixtures/flags';
import { declaration, donation, person } from '../../../fixtures/records';

const code = '040570-*****';
const ilze = person('Ilze Ozola', { maskedCode: code });
const income = (euros: number): DeclarationItem => ({
	section: 'income',
	type: 'Alga',
	amount: eur(euros)
});
const gift = (euros: number, extra = {}) =>
	donation(ilze, 'Partija A', { donorCode: code, amount: eur(euros), ...extra });

describe('donations above 30 % of the income declared for the year before', () => {
	it('flags EUR 3,000.01 given in 2023 on EUR 10,000 declared for 2022, with both figures', () => {
		const flags = flagsOf(
			[
				declaration(ilze, 2022, { items: [income(10000)] }),
				gift(3000),
				gift(0.01, { kind: 'membership-fee' })
			],
			'donations-over-income'
		);
		expect(flags.map((f) => f.figures)).toEqual([
			{
				totalCents: 300_001,
				donationCents: 300_000,
				feeCents: 1,
				refundCents: 0,
				incomeCents: 1_000_000,
				incomeYear: 2022,
				limitCents: 300_000,
				percent: 30,
				rows: 2
			}
		]);
		expect(flags[0]!.sources).toHaveLength(3);
		expect(flags[0]!.institution).toBeDefined();
	});

	it('does not flag exactly 30 %, a year with no declaration before it, or a namesake’s gifts', () => {
		expect(
			flagsOf(
				[declaration(ilze, 2022, { items: [income(10000)] }), gift(3000)],
				'donations-over-income'
			)
		).toEqual([]);
		expect(
			flagsOf(
				[declaration(ilze, 2023, { items: [income(10000)] }), gift(9000)],
				'donations-over-income'
			)
		).toEqual([]);
		const namesake = person('Ilze Ozola', { maskedCode: '111188-*****' });
		expect(
			flagsOf(
				[
					declaration(ilze, 2022, { items: [income(10000)] }),
					donation(namesake, 'Partija A', { donorCode: '111188-*****', amount: eur(9000) })
				],
				'donations-over-income'
			)
		).toEqual([]);
	});
});
