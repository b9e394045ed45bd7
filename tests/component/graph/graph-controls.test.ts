import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import GraphControls from '../../../src/lib/graph/GraphControls.svelte';
import { GraphState } from '../../../src/lib/graph/graph-state.svelte';
import { ANNA, personProfile } from '../../fixtures/profiles';
import { fakeGraphQueries } from '../../fixtures/graph';
import { renderInApp } from '../../fixtures/component/render';

const kinds = (graph: GraphState) => new Set(graph.graph.edges.map((e) => e.kind));

describe('GraphControls', () => {
	it('leaves possible namesakes out until the box is ticked', async () => {
		const graph = new GraphState(personProfile(), undefined);
		renderInApp(GraphControls, { graph });
		const box = screen.getByRole('checkbox', { name: 'Show possible namesakes (dashed)' });
		expect(box).not.toBeChecked();
		expect(kinds(graph).has('namesake')).toBe(false);
		await fireEvent.click(box);
		expect(graph.includePossible).toBe(true);
		expect(graph.graph.edges.find((e) => e.kind === 'namesake')?.confidence).toBe('possible');
	});

	it('drops a relation kind when its box is unticked', async () => {
		const graph = new GraphState(personProfile(), undefined);
		renderInApp(GraphControls, { graph });
		expect(kinds(graph).has('holds-post')).toBe(true);
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Post' }));
		expect(kinds(graph).has('holds-post')).toBe(false);
		expect(graph.graph.edges.length).toBeGreaterThan(0);
	});

	it('filters by years typed in', async () => {
		const graph = new GraphState(personProfile(), undefined);
		renderInApp(GraphControls, { graph });
		const before = graph.graph.edges.length;
		await fireEvent.input(screen.getByRole('spinbutton', { name: 'To year' }), {
			target: { value: '1990' }
		});
		expect(graph.yearTo).toBe(1990);
		// Only edges with no dates at all can be in a range that ends in 1990.
		expect(graph.graph.edges.length).toBeLessThan(before);
		expect(graph.graph.edges.every((e) => e.relations.every((r) => !r.start && !r.end))).toBe(true);
	});

	it('offers depth 2 only with a graph index', async () => {
		const without = new GraphState(personProfile(), undefined);
		const { unmount } = renderInApp(GraphControls, { graph: without });
		expect(screen.getByRole('radio', { name: '2 steps' })).toBeDisabled();
		expect(screen.getByText(/need the relation index/)).toBeInTheDocument();
		unmount();
		const { queries, calls } = fakeGraphQueries([], []);
		const withIndex = new GraphState(personProfile(), queries);
		renderInApp(GraphControls, { graph: withIndex });
		await fireEvent.click(screen.getByRole('radio', { name: '2 steps' }));
		expect(withIndex.depth).toBe(2);
		expect(calls.some((c) => c.id === ANNA.id)).toBe(true);
	});
});
