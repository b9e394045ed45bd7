import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DeclarationDiff from '../../../src/lib/timeline/DeclarationDiff.svelte';
import type { DeclarationItem } from '../../../src/model/types';
import { ANNA, declaration, eur } from '../../fixtures/profiles';
import { renderInApp } from '../../fixtures/component/render';
import { rowLines } from '../../fixtures/component/table-text';

const salary = (cents: number): DeclarationItem => ({
	section: 'income',
	payer: { name: 'Latvijas Republikas Saeima' },
	type: 'Alga',
	amount: eur(cents)
});
const flat: DeclarationItem = {
	section: 'real-estate',
	type: 'Dzīvoklis',
	location: 'Rīga',
	holding: 'Īpašumā'
};
const loan = (creditor: string, cents: number): DeclarationItem => ({
	section: 'debt',
	creditor,
	amount: eur(cents)
});
const declarations = [
	declaration({ person: ANNA.id, year: 2022, items: [salary(3000000), flat] }),
	declaration({
		person: ANNA.id,
		year: 2023,
		items: [salary(3500000), flat, loan('Banka A', 500000)]
	}),
	declaration({ person: ANNA.id, year: 2024, items: [salary(3600000), loan('Banka B', 90000)] })
];

describe('DeclarationDiff', () => {
	it('compares the newest two years by default: what appeared, disappeared, changed', () => {
		renderInApp(DeclarationDiff, { declarations });
		expect(rowLines(screen.getByRole('table', { name: 'Changes from 2023 to 2024' }))).toEqual([
			'Section | Item | Change | 2023 | 2024 | Difference',
			'Income | Latvijas Republikas Saeima, Alga | changed | EUR 35,000.00 | EUR 36,000.00 | EUR 1,000.00',
			'Real estate | Dzīvoklis, Rīga | disappeared | Īpašumā |  | ',
			'Debts and loans taken | Banka B | appeared |  | EUR 900.00 | ',
			'Debts and loans taken | Banka A | disappeared | EUR 5,000.00 |  | '
		]);
		expect(screen.getByText('1 appeared, 2 disappeared, 1 changed.')).toBeInTheDocument();
	});

	it('compares any two years picked, and shows unchanged items on request', async () => {
		renderInApp(DeclarationDiff, { declarations });
		await fireEvent.change(screen.getByRole('combobox', { name: 'Earlier' }), {
			target: { value: declarations[0]!.id }
		});
		await fireEvent.change(screen.getByRole('combobox', { name: 'Later' }), {
			target: { value: declarations[1]!.id }
		});
		const table = () => screen.getByRole('table', { name: 'Changes from 2022 to 2023' });
		expect(
			rowLines(table())
				.slice(1)
				.map((r) => r.split(' | ')[1])
		).toEqual(['Latvijas Republikas Saeima, Alga', 'Banka A']);
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Show unchanged items too' }));
		expect(rowLines(table())).toContain(
			'Real estate | Dzīvoklis, Rīga | unchanged | Īpašumā | Īpašumā | '
		);
	});

	it('says so when there is only one declaration', () => {
		renderInApp(DeclarationDiff, { declarations: declarations.slice(0, 1) }, { locale: 'lv' });
		expect(screen.getByText('Salīdzināšanai vajag vismaz divas deklarācijas.')).toBeInTheDocument();
	});

	it('says when a line was placed by its name because its number belongs to another payer', () => {
		const paid = (name: string, regNo: string, cents: number): DeclarationItem => ({
			section: 'income',
			payer: { name, regNo },
			type: 'Alga',
			amount: eur(cents)
		});
		renderInApp(DeclarationDiff, {
			declarations: [
				declaration({
					person: ANNA.id,
					year: 2023,
					items: [paid('Akadēmija', '90000000011', 1000), paid('Slimnīca', '40000000022', 2000)]
				}),
				declaration({
					person: ANNA.id,
					year: 2024,
					items: [paid('Akadēmija', '40000000022', 1100), paid('Slimnīca', '40000000022', 2000)]
				})
			]
		});
		expect(rowLines(screen.getByRole('table', { name: 'Changes from 2023 to 2024' }))).toEqual([
			'Section | Item | Change | 2023 | 2024 | Difference',
			'Income | Akadēmija, Alga' +
				'matched by name; the reg. no. 40000000022 published on the line belongs to another name elsewhere' +
				' | changed | EUR 10.00 | EUR 11.00 | EUR 1.00'
		]);
	});
});
