import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CompanyView from '../../../src/views/CompanyView.svelte';
import { COUNCIL, companyProfile, profile } from '../../fixtures/profiles';
import { renderInApp } from '../../fixtures/component/render';
import { rowLines } from '../../fixtures/component/table-text';

const table = (name: string) => screen.getByRole('table', { name });

describe('CompanyView', () => {
	it('shows register facts and tax totals per year, newest first', () => {
		renderInApp(CompanyView, { profile: companyProfile() });
		expect(
			screen.getByRole('heading', { level: 1, name: 'SIA Zaļā Ozola Darbnīca' })
		).toBeInTheDocument();
		expect(screen.getByText('40003000001')).toBeInTheDocument();
		expect(rowLines(table('Taxes paid'))).toEqual([
			'Period | Total paid | Personal income tax | Social contributions | Employees | NACE | Source',
			'2023 | EUR 12,345.67 | EUR 4,000.00 | EUR 6,000.00 | 1,234 | 16.23 | vid-tax, record tax-2023.csv:5',
			'2022 | EUR 9,900.00 |  |  | 10 |  | vid-tax, record tax-2022.csv:9'
		]);
	});

	it('shows tax totals the Latvian way in Latvian', () => {
		renderInApp(CompanyView, { profile: companyProfile() }, { locale: 'lv' });
		expect(rowLines(table('Samaksātie nodokļi'))[1]).toMatch(
			/^2023 \| 12 345,67 EUR \| 4 000,00 EUR \| 6 000,00 EUR \| 1 234 \| 16\.23 \| /
		);
	});

	it('lists the people linked, by kind of link, each linked to a profile', () => {
		renderInApp(CompanyView, { profile: companyProfile() });
		const board = table('Board or council member');
		expect(rowLines(board)[1]).toMatch(
			/^Anna Liepa \| Valdes locekle \| 1 June 2020 \| Why this link/
		);
		expect(within(board).getByRole('link', { name: 'Anna Liepa' })).toHaveAttribute(
			'href',
			'#/person/p-anna-liepa-1a2b'
		);
		expect(rowLines(table('Shareholder'))[1]).toMatch(
			/^Anna Liepa \| Shareholder · 120 shares \| 2024 \|/
		);
		expect(rowLines(table('Beneficial owner'))[1]).toMatch(
			/^Juris Bērzs \| Beneficial owner \| 1 January 2019 \|/
		);
		expect(rowLines(table('Member'))[1]).toMatch(
			/^Juris Bērzs \| Dalībnieks · 880 shares \| {2}\|/
		);
	});

	it('lists donations made by the company', () => {
		renderInApp(CompanyView, { profile: companyProfile() });
		const lines = rowLines(table('Donations per party and year'));
		expect(lines[1]).toMatch(/^Zaļo Pļavu Partija .*\| 2023 \| 1 \| EUR 2,500\.00 \| {2}\| $/);
	});

	it('sends an institution’s visitors on to its members by year', () => {
		renderInApp(CompanyView, { profile: profile(COUNCIL) });
		expect(screen.getByRole('link', { name: 'See its deputies by year' })).toHaveAttribute(
			'href',
			'#/institution/o-90000000001'
		);
		expect(screen.getByText('No tax figures.')).toBeInTheDocument();
		expect(screen.getByText('No linked people.')).toBeInTheDocument();
	});
});
