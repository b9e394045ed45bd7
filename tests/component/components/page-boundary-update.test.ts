import { screen } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import KeyedBoundaryHarness from '../../fixtures/component/KeyedBoundaryHarness.svelte';
import { renderInApp } from '../../fixtures/component/render';

it('catches an error raised when a drawn list updates', async () => {
	const { rerender } = renderInApp(KeyedBoundaryHarness, { keys: ['a', 'b'] });
	expect(await screen.findByText('a')).toBeInTheDocument();
	await rerender({
		view: { component: KeyedBoundaryHarness, props: { keys: ['a', 'a'] } }
	} as never);
	expect(
		await screen.findByRole('heading', { name: 'This page could not be shown' })
	).toBeInTheDocument();
});
