import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SearchView from '../../../src/views/SearchView.svelte';
import { loadedSearch, t } from '../../fixtures/component/search-harness';

const box = () => screen.getByRole('combobox', { name: t('search.label') });
const results = () =>
	within(screen.getByRole('listbox', { hidden: true })).queryAllByRole('option');

describe('SearchView', () => {
	it('focuses the box and shows a hint until something is typed', async () => {
		const search = await loadedSearch();
		render(SearchView, { search, t });
		// In the next frame: focusing lays the page out, which the first render should not wait for.
		await waitFor(() => expect(box()).toHaveFocus());
		expect(screen.getByText(t('search.hint'))).toBeInTheDocument();
	});

	it('searches for the query in the address', async () => {
		const search = await loadedSearch();
		render(SearchView, { search, t, q: 'kokzāģētava' });
		expect(box()).toHaveValue('kokzāģētava');
		await waitFor(() => expect(results()[0]).toHaveTextContent('Kokzāģētava'));
		expect(screen.queryByText(t('search.hint'))).toBeNull();

		await fireEvent.input(box(), { target: { value: 'zala' } });
		await waitFor(() => expect(results()[0]).toHaveTextContent('Zaļā Nākotne'));
		expect(box()).toHaveValue('zala');
	});

	it('takes over a new query when the address changes', async () => {
		const search = await loadedSearch();
		const view = render(SearchView, { search, t, q: 'anna' });
		await waitFor(() => expect(results()[0]).toHaveTextContent('Anna Bēldiņa'));
		await view.rerender({ search, t, q: 'valsts' });
		expect(box()).toHaveValue('valsts');
		await waitFor(() => expect(results()[0]).toHaveTextContent('Valsts kontrole'));
	});

	it('filters by kind, role, party and year with form controls', async () => {
		const search = await loadedSearch();
		render(SearchView, { search, t, q: 'beld' });
		await waitFor(() => expect(results()).toHaveLength(3));
		const names = () => results().map((option) => option.textContent);

		await fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), {
			target: { value: 'company' }
		});
		await waitFor(() => expect(names()).toEqual([expect.stringContaining('Kokzāģētava')]));

		await fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
		await fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), {
			target: { value: 'donor' }
		});
		await waitFor(() => expect(names()).toEqual([expect.stringContaining('Anna Bēldiņa')]));

		await fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), {
			target: { value: '' }
		});
		await fireEvent.change(screen.getByRole('combobox', { name: 'Party' }), {
			target: { value: 'Zaļā Nākotne' }
		});
		await waitFor(() => expect(names()).toEqual([expect.stringContaining('Jānis Bēldiņš')]));

		await fireEvent.change(screen.getByRole('combobox', { name: 'Party' }), {
			target: { value: '' }
		});
		await fireEvent.change(screen.getByRole('combobox', { name: 'Year' }), {
			target: { value: '2018' }
		});
		await waitFor(() => expect(names()).toHaveLength(2));
	});
});
