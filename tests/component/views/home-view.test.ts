import { fireEvent, screen, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import HomeView from '../../../src/views/HomeView.svelte';
import { storedBundle } from '../../fixtures/profiles';
import { renderInApp } from '../../fixtures/component/render';

describe('HomeView', () => {
	it('introduces the app and links to browsing and sources', () => {
		renderInApp(HomeView, { onsearch: () => {} });
		expect(
			screen.getByRole('heading', { level: 1, name: 'Who is who in Latvian politics' })
		).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'My deputies' })).toHaveAttribute(
			'href',
			'#/institutions'
		);
		expect(screen.getByRole('link', { name: 'Where does the data come from?' })).toHaveAttribute(
			'href',
			'#/sources'
		);
	});

	it('sends the trimmed query from the plain form', async () => {
		const onsearch = vi.fn();
		renderInApp(HomeView, { onsearch });
		await fireEvent.input(
			screen.getByRole('searchbox', { name: 'Search for a person, party or company' }),
			{
				target: { value: '  bērziņš ' }
			}
		);
		await fireEvent.submit(screen.getByRole('search'));
		expect(onsearch).toHaveBeenCalledWith('bērziņš');
	});

	it('offers the example searches it is given, as links to the search page', () => {
		renderInApp(HomeView, {
			onsearch: () => {},
			examples: [
				{ text: 'Dace Ozola', kind: 'person' },
				{ text: '40003000123', kind: 'company' }
			]
		});
		expect(screen.getByRole('link', { name: 'Dace Ozola' })).toHaveAttribute(
			'href',
			'#/search?q=Dace+Ozola'
		);
		expect(screen.getByRole('link', { name: '40003000123' })).toHaveAttribute(
			'href',
			'#/search?q=40003000123'
		);
	});

	it('says what data is loaded: each source, its years and when it was retrieved', () => {
		const { manifest } = storedBundle();
		const sources = [
			{
				...manifest.sources[0]!,
				title: 'Party donations',
				period: ['2019-03-02', '2024'] as [string, string]
			},
			{ ...manifest.sources[0]!, id: 'x', title: 'Register', period: undefined, records: 1234 }
		];
		renderInApp(HomeView, {
			onsearch: () => {},
			manifest: { ...manifest, builtAt: '2026-11-02T10:00:00Z', sources }
		});
		const data = screen.getByRole('region', { name: 'Data loaded' });
		expect(data).toHaveTextContent('This data set was built on');
		const items = within(data).getAllByRole('listitem');
		expect(items[0]).toHaveTextContent(/Party donations.*covering 2 March 2019 – 2024 · retrieved/);
		expect(items[1]).not.toHaveTextContent('covering');
		expect(items[1]).toHaveTextContent('1,234 records');
	});

	it('says when no data is loaded yet', () => {
		renderInApp(HomeView, { onsearch: () => {} });
		expect(screen.getByRole('region', { name: 'Data loaded' })).toHaveTextContent(
			'No data loaded yet.'
		);
	});

	it('shows the live search box the app gives it instead of the form', () => {
		const searchBox = createRawSnippet(() => ({ render: () => '<input aria-label="live" />' }));
		renderInApp(HomeView, { onsearch: () => {}, searchBox });
		expect(screen.getByRole('textbox', { name: 'live' })).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Search' })).toBeNull();
	});
});
