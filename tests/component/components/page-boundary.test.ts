import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import BoundaryHarness from '../../fixtures/component/BoundaryHarness.svelte';
import { renderInApp } from '../../fixtures/component/render';

describe('PageBoundary', () => {
	it('shows a message with a way on when a page fails, and draws the next page as usual', async () => {
		const { rerender } = renderInApp(BoundaryHarness, { route: 'broken' });
		expect(
			await screen.findByRole('heading', { name: 'This page could not be shown' })
		).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Home page' })).toHaveAttribute('href', '#/');
		expect(screen.getByText('cannot draw broken')).toBeInTheDocument();
		await rerender({
			view: { component: BoundaryHarness, props: { route: 'person' } }
		} as never);
		expect(await screen.findByText('Page person')).toBeInTheDocument();
		expect(screen.queryByRole('alert')).toBeNull();
	});
});
