import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { isFirstRequest } from '../../../../src/lib/explore/explore-first-view';
import { answerOfficials } from '../../../../src/lib/explore/officials-handler';
import type { OfficialsRequest } from '../../../../src/lib/explore/officials-protocol';
import type { OfficialsOptions } from '../../../../src/lib/router/officials-options';
import { officialQueries } from '../../../../src/views/explore/officials-queries';
import OfficialsView from '../../../../src/views/explore/OfficialsView.svelte';
import { renderAtAddress } from '../../../fixtures/component/address';
import { rowsOf } from '../../../fixtures/component/table-text';
import { plantedSections } from '../../../fixtures/explore-officials';

const sections = plantedSections();

function open(initial: OfficialsOptions = {}, locale: 'en' | 'lv' = 'en') {
	const asked: OfficialsRequest[] = [];
	const queries = officialQueries((request) => {
		asked.push(request);
		return Promise.resolve(answerOfficials(sections, request));
	});
	const changes = renderAtAddress(OfficialsView, { props: { queries }, initial }, { locale });
	return { changes, asked };
}
const table = () => screen.getByRole('table', { name: "Officials' declarations" });
const names = () =>
	rowsOf(table())
		.slice(1)
		.map((cells) => cells[0]);
const tile = (name: RegExp) => screen.getByRole('button', { name });

describe('OfficialsView', () => {
	it('asks first, with nothing chosen, only what the install answered ahead (explore-first-view.ts)', async () => {
		const { asked } = open();
		await waitFor(() => expect(names()).toHaveLength(4));
		expect(asked.map((r) => r.call).sort()).toEqual([
			'official-map',
			'official-options',
			'officials'
		]);
		expect(asked.filter((r) => !isFirstRequest(r))).toEqual([]);
	});

	it('sums every selected declaration, other currencies counted apart', async () => {
		open();
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(
				'4 declarations, 4 people · total income EUR 90,260.51, of which outside the main post EUR 10,260.51 · holdings EUR 3,000.00 · debts EUR 10,000.00'
			)
		);
		expect(screen.getByRole('status')).toHaveTextContent(
			'1 amount in another currency is not summed'
		);
		// Ranked by income, largest first, by default.
		await waitFor(() =>
			expect(names()).toEqual(['Jānis Ozars', 'Anna Liepa', 'Rita Eglāja', 'Ilze Koka'])
		);
	});

	it('filters the table by a tile press, links the council, and clears it on a second press', async () => {
		const { changes } = open();
		await waitFor(() => expect(tile(/^Rīga: 8; declarations: 2/)).toBeInTheDocument());
		await fireEvent.click(tile(/^Rīga:/));
		expect(changes.at(-1)).toEqual([{ municipality: 'riga' }, false]);
		await waitFor(() => expect(names()).toEqual(['Anna Liepa', 'Ilze Koka']));
		expect(tile(/^Rīga:/)).toHaveAttribute('aria-pressed', 'true');
		// The other tiles keep their figures: the map is counted without its own filter.
		expect(tile(/^Liepāja: 2; declarations: 1/)).toHaveAttribute('aria-pressed', 'false');
		const council = screen.getByRole('link', { name: 'Its council in "My deputies"' });
		expect(council.getAttribute('href')).toMatch(/^#\/institution\/o-/);
		await fireEvent.keyDown(tile(/^Rīga:/), { key: 'Enter' });
		expect(changes.at(-1)).toEqual([{}, false]);
		await waitFor(() => expect(names()).toHaveLength(4));
	});

	it('colours by the chosen measure and ranks by a heading press', async () => {
		const { changes } = open({ measure: 'holdingsCents' });
		await waitFor(() => expect(tile(/^Rīga: 2,900.00/)).toBeInTheDocument());
		expect(tile(/^Jūrmala: no data/)).toHaveAttribute('aria-pressed', 'false');
		await fireEvent.click(within(table()).getByRole('button', { name: /Debts, EUR/ }));
		expect(changes.at(-1)?.[0]).toEqual({
			measure: 'holdingsCents',
			sort: 'debtsCents',
			desc: true
		});
		await waitFor(() => expect(names()[0]).toBe('Anna Liepa'));
		expect(within(table()).getByRole('columnheader', { name: /Debts/ })).toHaveAttribute(
			'aria-sort',
			'descending'
		);
	});

	it('links each name to its profile and says the map in a table', async () => {
		open({ year: 2023 }, 'lv');
		await waitFor(() =>
			expect(screen.getByRole('link', { name: 'Anna Liepa' })).toHaveAttribute(
				'href',
				expect.stringMatching(/^#\/person\/p-anna-liepa/)
			)
		);
		// Drawn once opened (Disclosure.svelte).
		await fireEvent.click(screen.getByText('Kartes dati tabulā'));
		const mapTable = screen.getByRole('table', { name: 'Kartes dati tabulā' });
		expect(rowsOf(mapTable).map((r) => r.join(' | '))).toContain('Rīga | 1 | 7');
	});
});
