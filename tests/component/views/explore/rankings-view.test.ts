import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { isFirstRequest } from '../../../../src/lib/explore/explore-first-view';
import { answerOfficials } from '../../../../src/lib/explore/officials-handler';
import type { OfficialsRequest } from '../../../../src/lib/explore/officials-protocol';
import RankingsView from '../../../../src/views/explore/RankingsView.svelte';
import { officialQueries } from '../../../../src/views/explore/officials-queries';
import { renderInApp } from '../../../fixtures/component/render';
import { rowsOf } from '../../../fixtures/component/table-text';
import { plantedSections } from '../../../fixtures/explore-officials';

const sections = plantedSections();
const queries = officialQueries((request) => Promise.resolve(answerOfficials(sections, request)));

describe('RankingsView', () => {
	it('asks first only what the install answered ahead (explore-first-view.ts)', async () => {
		const asked: OfficialsRequest[] = [];
		const recording = officialQueries((request) => {
			asked.push(request);
			return Promise.resolve(answerOfficials(sections, request));
		});
		renderInApp(RankingsView, { queries: recording, onchange: () => {} });
		await screen.findByRole('table', { name: 'Largest donors' });
		expect(asked).toEqual([{ call: 'rankings' }]);
		expect(asked.every(isFirstRequest)).toBe(true);
	});

	it('lists the donors with fees and refunds apart and the office, each name a profile link', async () => {
		renderInApp(RankingsView, { queries, onchange: () => {} });
		const donors = await screen.findByRole('table', { name: 'Largest donors' });
		expect(
			rowsOf(donors)
				.slice(1)
				.map((r) => r.join(' | '))
		).toEqual([
			'1 | Jānis Ozars | 10,000.00 | 1 |  |  | ',
			'2 | Pēteris Kalns | 3,500.00 | 2 |  |  | ',
			'3 | Jānis Ozars | 2,000.00 | 2 | 200.00 | 50.00 | Saeimas deputāts, Latvijas Republikas Saeima'
		]);
		const links = screen.getAllByRole('link', { name: 'Jānis Ozars' });
		expect(links[0]!.getAttribute('href')).not.toBe(links[1]!.getAttribute('href'));
		const officials = screen.getByRole('table', { name: 'Officials with the most company links' });
		expect(rowsOf(officials)[1]).toEqual([
			'1',
			'Anna Liepa',
			'2',
			expect.stringContaining('Domes deputāts')
		]);
	});

	it('shows the chosen party’s donors and asks for another party', async () => {
		const onchange = vi.fn();
		renderInApp(RankingsView, { queries, onchange });
		const select = await screen.findByRole('combobox', { name: 'Party' });
		await waitFor(() =>
			expect(rowsOf(screen.getByRole('table', { name: 'Largest donors to a party' }))).toHaveLength(
				3
			)
		);
		const partyB = [...select.querySelectorAll('option')].find(
			(o) => o.textContent === 'Partija B'
		)!;
		await fireEvent.change(select, { target: { value: partyB.value } });
		expect(onchange).toHaveBeenCalledWith({ party: partyB.value });
	});
});
