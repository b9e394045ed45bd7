import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Pager from '../../../src/lib/components/Pager.svelte';

const words = { label: 'Donations', prev: 'Previous', next: 'Next', range: 'Rows 51–100 of 120' };

describe('Pager', () => {
	it('names its table, shows the range and asks for the page before or after', async () => {
		const onpage = vi.fn();
		render(Pager, { offset: 50, limit: 50, total: 120, ...words, onpage });
		expect(screen.getByRole('navigation', { name: 'Donations' })).toHaveTextContent(
			'Rows 51–100 of 120'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(onpage.mock.calls).toEqual([[1], [3]]);
	});

	it('disables previous on the first page and next on the last', () => {
		const { unmount } = render(Pager, { offset: 0, limit: 50, total: 120, ...words, onpage() {} });
		expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
		expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled();
		unmount();
		render(Pager, { offset: 100, limit: 50, total: 120, ...words, onpage() {} });
		expect(screen.getByRole('button', { name: 'Previous' })).toBeEnabled();
		expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
	});
});
