import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TableHarness from '../../fixtures/component/TableHarness.svelte';
import { renderInApp } from '../../fixtures/component/render';
import { rowLines } from '../../fixtures/component/table-text';

const table = () => screen.getByRole('table', { name: 'Numbered rows' });

describe('DataTable', () => {
	it('draws the caption, column headings with their scope, and one row per item', () => {
		renderInApp(TableHarness, { count: 3 });
		expect(rowLines(table())).toEqual(['Name | Number', 'Row 0 | 0', 'Row 1 | 1', 'Row 2 | 2']);
		const headings = within(table()).getAllByRole('columnheader');
		expect(headings.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col']);
		expect(headings.map((th) => th.classList.contains('num'))).toEqual([false, true]);
		expect(table().querySelector('caption')).not.toHaveClass('visually-hidden');
		expect(table().parentElement).toHaveClass('table-wrap');
	});

	it('hides the caption from the eye only, and gives a row its class', () => {
		renderInApp(TableHarness, { count: 2, isCaptionHidden: true });
		expect(table().querySelector('caption')).toHaveClass('visually-hidden');
		const rows = within(table()).getAllByRole('row').slice(1);
		expect(rows.map((row) => row.className)).toEqual(['', 'odd']);
	});

	it('draws the first 25 of a long list, and the rest on request', async () => {
		renderInApp(TableHarness, { count: 30, isPaged: true });
		expect(within(table()).getAllByRole('row')).toHaveLength(1 + 25);
		expect(screen.getByText(/Showing the first 25 of 30 rows/)).toBeInTheDocument();
		await fireEvent.click(screen.getByRole('button', { name: 'Show all 30' }));
		expect(within(table()).getAllByRole('row')).toHaveLength(1 + 30);
	});

	it('draws every row of a list that is not paged', () => {
		renderInApp(TableHarness, { count: 30 });
		expect(within(table()).getAllByRole('row')).toHaveLength(1 + 30);
		expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
	});
});
