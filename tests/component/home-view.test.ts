import { fireEvent, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import HomeView from '../../src/views/HomeView.svelte';
import { renderInApp } from './render';

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

	it('shows the live search box the app gives it instead of the form', () => {
		const searchBox = createRawSnippet(() => ({ render: () => '<input aria-label="live" />' }));
		renderInApp(HomeView, { onsearch: () => {}, searchBox });
		expect(screen.getByRole('textbox', { name: 'live' })).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Search' })).toBeNull();
	});
});
