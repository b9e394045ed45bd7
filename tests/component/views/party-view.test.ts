import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import PartyView from '../../../src/views/PartyView.svelte';
import { GREEN, partyProfile, relation } from '../../fixtures/profiles';
import { renderInApp } from '../../fixtures/component/render';
import { rowLines } from '../../fixtures/component/table-text';

const table = (name: string) => screen.getByRole('table', { name });

describe('PartyView with the builder’s summary', () => {
	it('shows donations received per year with amount, count and refunds', () => {
		renderInApp(PartyView, { profile: partyProfile() });
		expect(
			screen.getByRole('heading', { level: 1, name: 'Zaļo Pļavu Partija' })
		).toBeInTheDocument();
		expect(rowLines(table('Donations received per year'))).toEqual([
			'Year | Kind | Payments | Paid | Refunds | Refunded',
			'2023 | Money | 40 | EUR 123,456.78 | 1 | EUR -500.00',
			'2022 | Money | 31 | EUR 90,000.00 |  | '
		]);
		expect(screen.getByText('Donors: 612')).toBeInTheDocument();
		expect(screen.getByText('Anonymous donations: 2, EUR 40.00')).toBeInTheDocument();
		expect(screen.queryByText(/Refunds of anonymous donations/)).toBeNull();
	});

	it('shows anonymous gifts and refunds apart, never netted', () => {
		const profile = partyProfile();
		const summary = {
			...profile.group.donationSummary!,
			anonymous: { count: 5, cents: 5000, refunds: 5, refundCents: -5000 }
		};
		renderInApp(PartyView, {
			profile: { ...profile, group: { ...profile.group, donationSummary: summary } }
		});
		expect(screen.getByText('Anonymous donations: 5, EUR 50.00')).toBeInTheDocument();
		expect(screen.getByText('Refunds of anonymous donations: 5, EUR -50.00')).toBeInTheDocument();
	});

	it('keeps membership fees and their payers apart from donations and donors', () => {
		renderInApp(PartyView, { profile: partyProfile() });
		expect(rowLines(table('Membership and entry fees per year'))).toEqual([
			'Year | Kind | Payments | Paid | Refunds | Refunded',
			'2023 | Membership fee | 300 | EUR 3,600.00 |  | '
		]);
		expect(rowLines(table('Donations received per year')).join('\n')).not.toMatch(/fee/i);
		expect(screen.getByText('Fee payers: 150')).toBeInTheDocument();
		expect(rowLines(table('Largest fee payers'))).toEqual([
			'Payer | Payments | Paid | Refunds | Refunded',
			'Ilze Kalna | 12 | EUR 60.00 | 1 | EUR -5.00'
		]);
		expect(rowLines(table('Top donors')).join('\n')).not.toMatch(/Ilze Kalna/);
		expect(
			screen.getByText('The 1 largest of 150 payers are shown; the CSV export lists them all.')
		).toBeInTheDocument();
	});

	it('lists top donors, linking those known as entities', () => {
		renderInApp(PartyView, { profile: partyProfile() });
		const top = table('Top donors');
		expect(rowLines(top).slice(1)).toEqual([
			'Anna Liepa | 4 | EUR 1,500.50 |  | ',
			'SIA Bez Saites | 1 | EUR 900.00 |  | '
		]);
		expect(within(top).getByRole('link', { name: 'Anna Liepa' })).toHaveAttribute(
			'href',
			'#/person/p-anna-liepa-1a2b'
		);
		expect(within(top).queryByRole('link', { name: 'SIA Bez Saites' })).toBeNull();
		expect(
			screen.getByText('The 2 largest of 612 donors are shown; the CSV export lists them all.')
		).toBeInTheDocument();
	});

	it('links donors who hold or held public office, saying how sure the link is', () => {
		renderInApp(PartyView, { profile: partyProfile() });
		const officials = table('Donors who hold or held public office');
		expect(rowLines(officials)[1]).toBe('Anna Liepa | 4 | EUR 1,500.50 |  |  | confirmed link');
		expect(within(officials).getByRole('link', { name: 'Anna Liepa' })).toHaveAttribute(
			'href',
			'#/person/p-anna-liepa-1a2b'
		);
	});

	it('lists refunds with their sources', () => {
		renderInApp(PartyView, { profile: partyProfile() });
		const refunds = table('Refunds');
		expect(rowLines(refunds)[1]).toBe(
			'1 June 2023 | Anna Liepa | Money | EUR -500.00 | knab-donations, record donations.csv:77'
		);
		expect(within(refunds).getByRole('link', { name: /donations\.csv:77/ })).toHaveAttribute(
			'href',
			'https://example.lv/knab/2'
		);
	});

	it('lists members with the evidence of each link', () => {
		renderInApp(PartyView, { profile: partyProfile() });
		const members = table('Members and officers');
		expect(within(members).getByRole('link', { name: 'Anna Liepa' })).toBeInTheDocument();
		expect(within(members).getByText('Why this link: confirmed link')).toBeInTheDocument();
	});

	it('draws the first 25 of 120 members, and all of them on request', async () => {
		const party = partyProfile();
		const many = Array.from({ length: 120 }, (_, i) =>
			relation({ id: `r-member-${i}`, from: `p-member-${i}`, to: GREEN.id, kind: 'member-of' })
		);
		renderInApp(PartyView, { profile: { ...party, group: { ...party.group, relations: many } } });
		const members = table('Members and officers');
		expect(within(members).getAllByRole('row')).toHaveLength(1 + 25);
		expect(screen.getByText(/Showing the first 25 of 120 rows/)).toBeInTheDocument();
		await fireEvent.click(screen.getByRole('button', { name: 'Show all 120' }));
		expect(within(members).getAllByRole('row')).toHaveLength(1 + 120);
		expect(screen.queryByRole('button', { name: 'Show all 120' })).toBeNull();
	});
});

describe('PartyView without a summary', () => {
	it('shows nothing received: the page reads the builder’s summary and never recomputes it', () => {
		renderInApp(PartyView, { profile: partyProfile({ withSummary: false }) });
		expect(screen.queryByRole('table', { name: 'Donations received per year' })).toBeNull();
		expect(screen.queryByRole('table', { name: 'Top donors' })).toBeNull();
		expect(screen.getAllByText('No donations.').length).toBeGreaterThan(0);
		expect(screen.getByText('Donors: 0')).toBeInTheDocument();
		expect(screen.getByText('No refunds.')).toBeInTheDocument();
	});
});

describe('PartyView with its donations left out on this device', () => {
	it('says they are not on this device, never "no donations"', () => {
		const profile = partyProfile();
		const { donationSummary: _summary, ...group } = profile.group;
		renderInApp(PartyView, {
			profile: {
				...profile,
				group: { ...group, donations: [], relations: [] },
				missing: ['donations']
			}
		});
		const received = screen.getByRole('region', { name: 'Donations received per year' });
		expect(within(received).getByText('This data is not on this device.')).toBeInTheDocument();
		expect(within(received).queryByText(/^Donors:/)).toBeNull();
		expect(screen.queryByText('No donations.')).toBeNull();
		expect(screen.getAllByText('This data is not on this device.').length).toBeGreaterThanOrEqual(
			3
		);
	});
});
