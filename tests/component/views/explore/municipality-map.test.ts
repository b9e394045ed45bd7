import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import MunicipalityMap from '../../../../src/views/explore/MunicipalityMap.svelte';
import { renderInApp } from '../../../fixtures/component/render';

function draw(selected?: string) {
	const onselect = vi.fn();
	renderInApp(MunicipalityMap, {
		values: [
			{ id: 'riga', rows: 3, value: 12 },
			{ id: 'ogres-novads', rows: 1, value: 0 }
		],
		measure: 'interests',
		selected,
		format: (v: number) => String(v),
		onselect
	});
	return onselect;
}

describe('MunicipalityMap', () => {
	it('draws one keyboard button per municipality, 43 in all, each saying its figure', () => {
		draw();
		const tiles = screen.getAllByRole('button');
		expect(tiles).toHaveLength(43);
		expect(tiles.every((t) => t.getAttribute('tabindex') === '0')).toBe(true);
		expect(screen.getByRole('button', { name: 'Rīga: 12; declarations: 3' })).toBeInTheDocument();
		expect(
			screen.getByRole('button', { name: 'Ogres novads: 0; declarations: 1' })
		).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Talsu novads: no data' })).toBeInTheDocument();
	});

	it('selects a tile by Space or Enter and clears the selected one', async () => {
		const onselect = draw('riga');
		await fireEvent.keyDown(screen.getByRole('button', { name: /^Ogres novads/ }), { key: ' ' });
		expect(onselect).toHaveBeenLastCalledWith('ogres-novads');
		await fireEvent.keyDown(screen.getByRole('button', { name: /^Rīga/ }), { key: 'Enter' });
		expect(onselect).toHaveBeenLastCalledWith(undefined);
		await fireEvent.keyDown(screen.getByRole('button', { name: /^Rīga/ }), { key: 'a' });
		expect(onselect).toHaveBeenCalledTimes(2);
	});

	it('colours a larger figure darker, and gives the legend its range', () => {
		draw();
		const fill = (name: RegExp) =>
			screen.getByRole('button', { name }).querySelector('rect')!.getAttribute('fill');
		expect(fill(/^Rīga/)).not.toBe(fill(/^Ogres/));
		expect(fill(/^Talsu/)).toMatch(/var\(--tile-empty/);
		expect(screen.getByRole('group', { name: 'Legend' })).toHaveTextContent('0 12 no data');
	});

	it('draws its table alternative only once it is opened, with a row per municipality with data', async () => {
		draw();
		expect(screen.queryByRole('table')).toBeNull();
		await fireEvent.click(screen.getByText('The map as a table'));
		const rows = screen.getAllByRole('row');
		// The header row, then Rīga and Ogres novads, in the tiles' order.
		const cells = (row: HTMLElement) =>
			[...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim());
		expect(rows.map(cells)).toEqual([
			['Municipality', 'Declarations', 'Value'],
			['Rīga', '3', '12'],
			['Ogres novads', '1', '0']
		]);
	});
});
