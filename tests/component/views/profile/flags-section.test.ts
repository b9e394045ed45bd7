import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Flag } from '../../../../src/model/flags';
import FlagsSection from '../../../../src/views/profile/FlagsSection.svelte';
import { renderInApp } from '../../../fixtures/component/render';
import { person, profile, sourceRef } from '../../../fixtures/profiles';

const PARTY = { id: 'o-party-rita-gaisma', name: 'Rīta Gaisma', kind: 'party' as const };
const anna = person();
const majorDonor: Flag = {
	id: `major-donor:${anna.id}:2023`,
	kind: 'major-donor',
	entity: anna.id,
	name: anna.name,
	year: 2023,
	figures: { totalCents: 310_000, thresholdCents: 310_000, minimumWageCents: 62_000, rows: 2 },
	sources: [sourceRef({ record: 'donations.csv:12' }), sourceRef({ record: 'donations.csv:40' })],
	related: [PARTY.id],
	party: PARTY.id,
	confidence: 'probable'
};

describe('FlagsSection', () => {
	it('shows each flag closed to its title and figures, opening to its rule and every source row (drawn once opened)', async () => {
		const { container } = renderInApp(FlagsSection, {
			profile: profile(anna, { group: { flags: [majorDonor] }, refs: [PARTY] })
		});
		const section = screen.getByRole('region', {
			name: /Flags: reasons to look closer \(1 flag\)/
		});
		expect(section).toHaveTextContent('not an accusation');
		const details = container.querySelector('details[data-flag="major-donor"]')!;
		expect(details.hasAttribute('open')).toBe(false);
		expect(details.querySelector('summary')).toHaveTextContent(
			'Major donor, 2023 Total (donations and fees, refunds taken off): EUR 3,100.00 · Threshold: EUR 3,100.00'
		);
		expect(details.querySelector('.records')).toBeNull();
		await fireEvent.click(details.querySelector('summary')!);
		await vi.waitFor(() =>
			expect(details).toHaveTextContent('Minimum monthly wage that year EUR 620.00')
		);
		expect(details).toHaveTextContent('5 minimum monthly wages a year');
		expect(details).toHaveTextContent('Cabinet Regulation No. 656');
		expect(details).toHaveTextContent('Gifts in kind are not counted here');
		expect(details).toHaveTextContent('probable (not confirmed) link');
		expect(screen.getByRole('link', { name: 'Rīta Gaisma' })).toHaveAttribute(
			'href',
			`#/party/${PARTY.id}`
		);
		const rows = [...details.querySelectorAll('.records li')].map((li) => li.textContent);
		expect(rows).toEqual([
			expect.stringContaining('donations.csv:12'),
			expect.stringContaining('donations.csv:40')
		]);
	});

	it('speaks Latvian, and draws nothing for an entity without flags', () => {
		renderInApp(
			FlagsSection,
			{ profile: profile(anna, { group: { flags: [majorDonor] }, refs: [PARTY] }) },
			{ locale: 'lv' }
		);
		expect(screen.getByRole('heading', { name: /1 pazīme/ })).toBeInTheDocument();
		expect(screen.getByText('Lielziedotājs')).toBeInTheDocument();
		const { container } = renderInApp(FlagsSection, { profile: profile(person({ id: 'p-2' })) });
		expect(container.querySelector('section.flags')).toBeNull();
	});
});
