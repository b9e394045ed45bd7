import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { buildEgoNetwork } from '../../../src/lib/graph/ego-network';
import GraphTable from '../../../src/lib/graph/GraphTable.svelte';
import { profileNeighbours } from '../../../src/lib/graph/profile-neighbours';
import { RELATION_KINDS } from '../../../src/model/types';
import { personProfile } from '../../fixtures/profiles';
import { renderInApp } from '../../fixtures/component/render';

function personGraph() {
	const found = profileNeighbours(personProfile());
	return buildEgoNetwork(
		{
			centre: found.centre,
			depth: 1,
			neighbours: new Map([[found.centre.id, found.list]]),
			details: found.details,
			hubLimit: 25
		},
		{ kinds: RELATION_KINDS, includePossible: true }
	);
}

const columnText = (index: number) =>
	screen
		.getAllByRole('row')
		.slice(1)
		.map((row) => within(row).getAllByRole('cell')[index]?.textContent?.trim() ?? '');

describe('GraphTable', () => {
	it('lists every edge of the graph with its relation kind and confidence', () => {
		const graph = personGraph();
		renderInApp(GraphTable, { graph, labelOf: (n) => n.name, onedge: () => {} });
		expect(screen.getByRole('table', { name: 'Relations in the network' })).toBeInTheDocument();
		expect(screen.getAllByRole('row')).toHaveLength(1 + graph.edges.length);
		expect(columnText(5).some((text) => text === 'possible namesake')).toBe(
			graph.edges.some((e) => e.confidence === 'possible')
		);
	});

	it('sorts by a column when its header is pressed, and reverses on a second press', async () => {
		const graph = personGraph();
		renderInApp(GraphTable, { graph, labelOf: (n) => n.name, onedge: () => {} });
		const toHeader = screen.getByRole('button', { name: /^To/ });
		await fireEvent.click(toHeader);
		const ascending = columnText(2);
		const collator = new Intl.Collator('lv', { sensitivity: 'base', numeric: true });
		expect(ascending).toEqual([...ascending].sort(collator.compare));
		expect(toHeader.closest('th')).toHaveAttribute('aria-sort', 'ascending');
		await fireEvent.click(toHeader);
		expect(columnText(2)).toEqual([...ascending].reverse());
		expect(toHeader.closest('th')).toHaveAttribute('aria-sort', 'descending');
	});

	it('opens an edge’s evidence from its row', async () => {
		const graph = personGraph();
		const onedge = vi.fn();
		renderInApp(GraphTable, { graph, labelOf: (n) => n.name, onedge });
		await fireEvent.click(screen.getAllByRole('button', { name: 'Evidence and sources' })[0]!);
		expect(onedge).toHaveBeenCalledTimes(1);
		expect(graph.edges.map((e) => e.id)).toContain(onedge.mock.calls[0]![0].id);
	});
});
