import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FinancesSection from '../../../../src/views/party/FinancesSection.svelte';
import { renderInApp } from '../../../fixtures/component/render';
import { rowLines } from '../../../fixtures/component/table-text';
import { sampleFinances } from '../../../fixtures/party-finances';

const table = (name: string) => screen.getByRole('table', { name });

describe('FinancesSection', () => {
	it('shows a4 expenditure lines with their sum, each line citing its record', () => {
		renderInApp(FinancesSection, { party: 'o-40008000011', ...sampleFinances() });
		const [a4] = screen.getAllByRole('table', { name: '2021: Expenditure' });
		expect(rowLines(a4!)).toEqual([
			'Item | Amount | Source',
			'Citi izdevumi | EUR 1,085.50 | a4, record a4.csv:2',
			'Reklāmas pakalpojumi | EUR 391.00 | a4, record a4.csv:3',
			'Total (sum of the lines) | EUR 1,476.50 | '
		]);
	});

	it("shows a report's lines in its order with the stated total, summing nothing itself", () => {
		renderInApp(FinancesSection, { party: 'o-40008000011', ...sampleFinances() });
		expect(rowLines(table('2021: Income'))).toEqual([
			'Item | Amount | Source',
			'I. Biedru nauda un iestāšanās nauda. | EUR 1,500.50 | report, record report.html#income-expense:1',
			'V. Valsts budžeta finansējums. | EUR 5,000.00 | report, record report.html#income-expense:2',
			'VII. Ieņēmumi kopā. (as stated in the report) | EUR 6,500.50 | report, record report.html#income-expense:10'
		]);
		const [, reportExpense] = screen.getAllByRole('table', { name: '2021: Expenditure' });
		expect(rowLines(reportExpense!)).not.toContain(expect.stringMatching(/sum of the lines/));
	});

	it('puts the balance sheet behind a toggle and lists the reports filed with their link', () => {
		const { container } = renderInApp(FinancesSection, {
			party: 'o-40008000011',
			...sampleFinances()
		});
		const details = container.querySelector('details')!;
		expect(
			within(details).getByRole('table', { name: '2021: Balance sheet: assets' })
		).toBeTruthy();
		expect(rowLines(table('2021: Reports filed'))).toEqual([
			'Kind | Filed | Source',
			'Gada pārskats | 1 April 2022 | list, record list.html#1'
		]);
		expect(
			within(table('2021: Reports filed')).getByRole('link', { name: 'list, record list.html#1' })
		).toHaveAttribute('href', 'https://info.knab.gov.lv/lv/db/deklaracijas/?id=1');
	});

	it('shows the years newest first, in Latvian too', () => {
		renderInApp(FinancesSection, { party: 'o-40008000011', ...sampleFinances() }, { locale: 'lv' });
		const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
		expect(headings).toEqual(['2022. gads', '2021. gads']);
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
			'Finanses pēc partijas pārskatiem'
		);
	});
});
