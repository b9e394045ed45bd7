import { screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ExploreView from '../../../src/views/ExploreView.svelte';
import { renderInApp } from '../../fixtures/component/render';

describe('ExploreView', () => {
	it.each([
		['en', 'Explore', 'Money to parties', /Private donations and membership fees/],
		['lv', 'Pārskats', 'Nauda partijām', /Privātie ziedojumi un biedru naudas/]
	] as const)(
		'lists every explore page in %s, each a link with what it shows',
		(locale, h1, name, about) => {
			renderInApp(
				ExploreView,
				{ route: { name: 'explore' }, isReady: false, onroute: vi.fn() },
				{ locale }
			);
			expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(h1);
			expect(screen.getByRole('link', { name })).toHaveAttribute('href', '#/explore/donations');
			expect(screen.getByText(about)).toBeInTheDocument();
		}
	);

	it('waits for the data before drawing a page that counts it', () => {
		renderInApp(ExploreView, {
			route: { name: 'explore-donations' },
			isReady: false,
			onroute: vi.fn()
		});
		expect(screen.getByRole('status')).toHaveTextContent(/data/i);
	});
});
