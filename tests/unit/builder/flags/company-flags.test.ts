import { describe, expect, it } from 'vitest';
import type { DeclarationItem } from '../../../../src/model/types';
import { eur, flagsOf } from '../../../fixtures/flags';
import { boardMember, declaration, donation, person, taxTotal } from '../../../fixtures/records';

const REG = '40003003091';
const company = { name: `SIA "Uzņēmums ${REG}"`, regNo: REG };
const holds: DeclarationItem = {
	section: 'shares',
	company,
	type: 'Kapitāla daļas',
	value: eur(2800)
};
const ilze = person('Ilze Ozola', { maskedCode: '040570-*****' });
const juris = person('Juris Liepa', { maskedCode: '121265-*****' });

describe('shared company', () => {
	it('flags an official whose declared company has a donor on its board', () => {
		const flags = flagsOf(
			[
				declaration(ilze, 2022, { items: [holds] }),
				boardMember(juris, REG),
				donation(juris, 'Partija A', { donorCode: '121265-*****' })
			],
			'shared-company'
		);
		expect(flags.map((f) => [f.entity, f.year, f.figures])).toEqual([
			['040570-*****', 2022, { otherOfficials: 0, otherDonors: 1, companyDonated: 0 }]
		]);
		expect(flags[0]!.sources).toHaveLength(3);
	});

	it('does not take a party’s name in a declared post for a shared company', () => {
		const post = (name: string): DeclarationItem => ({
			section: 'post',
			title: 'Valdes loceklis',
			organisation: { name, regNo: '50008000001' }
		});
		const records = [
			declaration(ilze, 2022, { items: [post('Rīta Gaisma')] }),
			declaration(juris, 2022, { items: [post('RĪTA GAISMA')] }),
			donation(juris, 'Rīta Gaisma', { donorCode: '121265-*****' })
		];
		expect(flagsOf(records, 'shared-company')).toEqual([]);
		const firm = [
			declaration(ilze, 2022, { items: [post('Rīta Darbi')] }),
			declaration(juris, 2022, { items: [post('RĪTA DARBI')] })
		];
		expect(flagsOf(firm, 'shared-company')).toHaveLength(2);
	});

	it('does not flag a company no other official or donor is tied to', () => {
		expect(
			flagsOf(
				[declaration(ilze, 2022, { items: [holds] }), boardMember(juris, REG)],
				'shared-company'
			)
		).toEqual([]);
	});
});

describe('company tax overlap', () => {
	it('flags an official holding a company in the years its tax totals cover', () => {
		const flags = flagsOf(
			[
				declaration(ilze, 2022, { items: [holds] }),
				taxTotal(REG, 2022, 1_000_000),
				taxTotal(REG, 2023, 5)
			],
			'company-tax-overlap'
		);
		expect(flags.map((f) => f.figures)).toEqual([
			{ firstYear: 2022, lastYear: 2022, years: 1, taxCents: 1_000_000 }
		]);
	});

	it('does not flag years that do not overlap, or a company held by a non-official', () => {
		expect(
			flagsOf(
				[declaration(ilze, 2021, { items: [holds] }), taxTotal(REG, 2022, 100)],
				'company-tax-overlap'
			)
		).toEqual([]);
		expect(
			flagsOf([boardMember(juris, REG), taxTotal(REG, 2022, 100)], 'company-tax-overlap')
		).toEqual([]);
	});
});
