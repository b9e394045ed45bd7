import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import PersonView from '../../../src/views/PersonView.svelte';
import { personProfile, sourceInfo } from '../../fixtures/profiles';
import { renderInApp } from '../../fixtures/component/render';
import { rowLines } from '../../fixtures/component/table-text';

function table(name: string | RegExp) {
	return screen.getByRole('table', { name });
}

describe('PersonView', () => {
	it('names the person, other names, party, and posts now and before', () => {
		renderInApp(PersonView, { profile: personProfile(), today: '2026-12-06' });
		expect(screen.getByRole('heading', { level: 1, name: 'Anna Liepa' })).toBeInTheDocument();
		expect(screen.getByText('Anna Liepa-Kalniņa')).toBeInTheDocument();
		const party = screen.getAllByRole('link', { name: 'Zaļo Pļavu Partija' })[0];
		expect(party).toHaveAttribute('href', '#/party/o-40008000001');
		const now = table('Posts now');
		expect(within(now).getByText('Saeimas deputāte')).toBeInTheDocument();
		expect(within(now).getByRole('link', { name: 'Latvijas Republikas Saeima' })).toHaveAttribute(
			'href',
			'#/institution/o-90000028300'
		);
		expect(within(table('Posts before')).getByText('Domes deputāte')).toBeInTheDocument();
	});

	it('shows every declaration section with amounts and currency as published', () => {
		renderInApp(PersonView, { profile: personProfile() });
		const latest = screen.getByRole('article', { name: '2024: Annual declaration' });
		expect(
			within(latest).getByText('Kārtējā gada deklarācija - par 2024. gadu')
		).toBeInTheDocument();
		const section = (name: string) => within(latest).getByRole('table', { name });
		for (const name of [
			'Posts held',
			'Income',
			'Real estate',
			'Vehicles',
			'Shares and securities',
			'Cash and savings',
			'Debts and loans taken',
			'Loans given',
			'Transactions',
			'Family members',
			'Other information'
		]) {
			expect(section(name), name).toBeInTheDocument();
		}
		expect(rowLines(section('Income'))).toEqual([
			'Payer | Type of income | Amount',
			'Latvijas Republikas Saeima (Reg. no. 90000028300) | Salary (as published: Alga) | EUR 42,100.55'
		]);
		expect(rowLines(section('Cash and savings'))).toEqual([
			'Type | Amount | Held at',
			'Cash | EUR 5,000.00 | ',
			'In a bank | LVL 702.80 | Ezera Banka'
		]);
		expect(rowLines(section('Shares and securities'))).toEqual([
			'Company | Type | Count | Value',
			'SIA Zaļā Ozola Darbnīca (Reg. no. 40003000001) |  | 120 | EUR 1,200.00'
		]);
		expect(
			within(section('Shares and securities')).getByRole('link', {
				name: 'SIA Zaļā Ozola Darbnīca'
			})
		).toHaveAttribute('href', '#/company/o-40003000001');
		expect(rowLines(section('Real estate'))[1]).toBe('Dzīvoklis | Rīga | Īpašumā');
		expect(rowLines(section('Vehicles'))[1]).toBe('Vieglais auto | Škoda | 2015 |  | Īpašumā');
		expect(rowLines(section('Debts and loans taken'))[1]).toBe('Ezera Banka | EUR 85,000.00');
		expect(rowLines(section('Loans given'))[1]).toBe('Kārlis Liepa | EUR 3,000.00');
		expect(rowLines(section('Transactions'))[1]).toBe('Zemes pārdošana | EUR 15,000.00');
		expect(rowLines(section('Family members'))[1]).toBe('Kārlis Liepa | Laulātais');
		expect(rowLines(section('Posts held'))[1]).toBe('Valdes locekle | Biedrība Ezera Draugi');
		// The older declaration, in lats as published.
		const older = screen.getByRole('article', { name: '2019: On taking office' });
		expect(within(older).getByText('LVL 10,000.00')).toBeInTheDocument();
	});

	it('shows amounts the Latvian way in Latvian', () => {
		renderInApp(PersonView, { profile: personProfile() }, { locale: 'lv' });
		// Within the declaration: the comparison above the cards shows the same amount.
		const latest = screen.getByRole('article', { name: /^2024/ });
		expect(within(latest).getByText('42 100,55 EUR')).toBeInTheDocument();
		// The income type Plainview read as a salary is shown as published, in Latvian.
		const income = within(latest).getByRole('table', { name: 'Ienākumi' });
		expect(rowLines(income)[1]).toContain('| Alga |');
		expect(
			screen.getByRole('table', { name: 'Skaidras un bezskaidras naudas uzkrājumi' })
		).toBeInTheDocument();
	});

	it('sums donations per party and year, gifts and refunds apart, with totals', () => {
		renderInApp(PersonView, { profile: personProfile() });
		const lines = rowLines(table('Donations per party and year'));
		expect(lines[0]).toBe('Party | Year | Payments | Paid | Refunds | Refunded');
		expect(lines[1]).toMatch(
			/^Zaļo Pļavu Partija .* \| 2023 \| 1 \| EUR 200\.00 \| 1 \| EUR -200\.00$/
		);
		expect(lines.slice(2, 4)).toEqual([
			'2022 | 2 | EUR 1,500.50 |  | ',
			'Total for the party | 3 | EUR 1,700.50 | 1 | EUR -200.00'
		]);
		expect(lines[4]).toMatch(/^Upes Savienība( .*)? \| 2021 \| 1 \| EUR 75\.00 \| {2}\| $/);
		expect(lines.at(-1)).toBe('Total for all parties | 4 | EUR 1,775.50 | 1 | EUR -200.00');
		expect(screen.getByText('All donations (5)')).toBeInTheDocument();
		expect(screen.queryByRole('heading', { name: 'Membership and entry fees paid' })).toBeNull();
	});

	it('shows fees paid in a section of their own, never in the donations', () => {
		const base = personProfile();
		const fee = {
			...base.group.donations[0]!,
			id: 'd-fee-1',
			kind: 'membership-fee' as const,
			date: '2023-03-03',
			amount: { cents: 1200, currency: 'EUR' },
			isRefund: false
		};
		renderInApp(PersonView, {
			profile: { ...base, group: { ...base.group, donations: [...base.group.donations, fee] } }
		});
		expect(rowLines(table('Donations per party and year')).at(-1)).toBe(
			'Total for all parties | 4 | EUR 1,775.50 | 1 | EUR -200.00'
		);
		const fees = rowLines(table('Fees per party and year'));
		expect(fees[1]).toMatch(/\| 2023 \| 1 \| EUR 12\.00 \| {2}\| $/);
		expect(fees.at(-1)).toBe('Total for all parties | 1 | EUR 12.00 |  | ');
		expect(screen.getByText('All fees (1)')).toBeInTheDocument();
	});

	it('lists linked companies with their tax totals', () => {
		renderInApp(PersonView, { profile: personProfile() });
		const lines = rowLines(table('Taxes paid: SIA Zaļā Ozola Darbnīca'));
		expect(lines[0]).toBe(
			'Period | Total paid | Personal income tax | Social contributions | Employees | NACE | Source'
		);
		expect(lines[1]).toBe(
			'2023 | EUR 12,345.67 | EUR 4,000.00 | EUR 6,000.00 | 12 | 16.23 | vid-tax, record tax-2023.csv:5'
		);
		expect(lines[2]).toBe('2022 | EUR 9,900.00 |  |  | 10 |  | vid-tax, record tax-2022.csv:9');
		expect(within(table('Links')).getByText('Valdes locekle')).toBeInTheDocument();
		expect(rowLines(table('Declared shares'))[1]).toBe('2024 |  | 120 | EUR 1,200.00');
	});

	it('gives every fact a source, named by its dataset', () => {
		renderInApp(
			PersonView,
			{ profile: personProfile() },
			{ sources: [sourceInfo({ id: 'vid-declarations', title: 'VID deklarācijas' })] }
		);
		const declarationSources = screen.getAllByRole('link', {
			name: /^VID deklarācijas, record declarations\.json#/
		});
		expect(declarationSources).toHaveLength(2);
		// Five donations, two tax rows: each row links to its record.
		expect(
			screen.getAllByRole('link', { name: /^knab-donations, record donations\.csv:/ }).length
		).toBeGreaterThanOrEqual(5);
		expect(screen.getAllByRole('link', { name: /^vid-tax, record tax-202[23]\.csv/ })).toHaveLength(
			2
		);
		for (const link of declarationSources) {
			expect(link).toHaveAttribute('href', 'https://example.lv/knab/2');
			expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
		}
	});

	it('opens a link to its evidence, in words', async () => {
		renderInApp(PersonView, { profile: personProfile() });
		const links = table('Other links');
		expect(within(links).getByRole('link', { name: 'Juris Bērzs' })).toHaveAttribute(
			'href',
			'#/person/p-juris-berzs-9f'
		);
		const summary = within(links).getByText('Why this link: probable link');
		const details = summary.closest('details')!;
		expect(details).not.toHaveAttribute('open');
		await fireEvent.click(summary);
		expect(details).toHaveAttribute('open');
		expect(
			within(details).getByText('Same name and the same birth year, nothing conflicting')
		).toBeVisible();
		expect(within(details).getByText('birth year')).toBeInTheDocument();
		expect(within(details).getByText('1965')).toBeInTheDocument();
		expect(
			within(details).getByText('vid-declarations, record declarations.json#0')
		).toBeInTheDocument();
	});

	it('shows possible namesakes apart, with the reason in words, never merged', async () => {
		renderInApp(PersonView, { profile: personProfile() });
		const namesakes = table('Possible matches');
		expect(within(namesakes).getByRole('link', { name: 'Anna Liepa' })).toHaveAttribute(
			'href',
			'#/person/p-anna-liepa-77'
		);
		const summary = within(namesakes).getByText('Why this link: possible namesake');
		await fireEvent.click(summary);
		const details = summary.closest('details')!;
		expect(
			within(details).getByText(/may be another person with the same name/)
		).toBeInTheDocument();
		expect(within(details).getByText('Only the name matches')).toBeInTheDocument();
		expect(within(details).getByText('reason')).toBeInTheDocument();
		expect(within(details).getByText('a different birth year')).toBeInTheDocument();
		expect(within(table('Other links')).queryByRole('link', { name: 'Anna Liepa' })).toBeNull();
	});

	it('opens the latest declaration and keeps older ones closed until asked', async () => {
		renderInApp(PersonView, { profile: personProfile() });
		const latest = screen.getByRole('article', { name: '2024: Annual declaration' });
		const older = screen.getByRole('article', { name: '2019: On taking office' });
		expect(latest.querySelector('details')).toHaveAttribute('open');
		const details = older.querySelector('details')!;
		expect(details).not.toHaveAttribute('open');
		await fireEvent.click(within(older).getByText('2019: On taking office'));
		expect(details).toHaveAttribute('open');
	});

	it('keeps institutions out of the linked companies: they are posts', async () => {
		const { profile: build, refOf: ref, SAEIMA } = await import('../../fixtures/profiles');
		const base = personProfile();
		const withInstitution = build(base.entity, {
			refs: [...base.refs.values()],
			group: base.group,
			companies: [
				...base.companies,
				{ company: ref(SAEIMA), relations: [], declaredShares: [], taxTotals: [] }
			]
		});
		renderInApp(PersonView, { profile: withInstitution });
		const companies = screen.getByRole('region', { name: 'Companies linked' });
		expect(
			within(companies)
				.getAllByRole('heading', { level: 3 })
				.map((h) => h.textContent?.trim())
		).toEqual(['SIA Zaļā Ozola Darbnīca (Reg. no. 40003000001)']);
	});

	it('says so when there is nothing to show', async () => {
		const { profile, person } = await import('../../fixtures/profiles');
		renderInApp(PersonView, { profile: profile(person()) });
		expect(screen.getByText('No declarations.')).toBeInTheDocument();
		expect(screen.getByText('No donations.')).toBeInTheDocument();
		expect(screen.getByText('No linked companies.')).toBeInTheDocument();
		expect(screen.getByText('No posts are recorded in the data.')).toBeInTheDocument();
	});

	it('draws the timeline after the profile, and compares the two newest declarations', async () => {
		renderInApp(PersonView, { profile: personProfile() });
		// The first draw has the profile and the timeline's heading, not the timeline itself.
		expect(screen.getByRole('heading', { name: 'Timeline' })).toBeInTheDocument();
		expect(screen.queryByRole('group', { name: 'Show lanes' })).toBeNull();
		// The timeline is a chunk of its own: its first import (d3 included) can take a while here.
		await screen.findByRole('group', { name: 'Show lanes' }, { timeout: 15_000 });
		const diff = screen.getByRole('region', { name: 'Compare declarations' });
		expect(
			within(diff).getByRole('table', { name: 'Changes from 2019 to 2024' })
		).toBeInTheDocument();
	});
});
