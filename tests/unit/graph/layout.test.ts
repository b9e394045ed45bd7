import { describe, expect, it } from 'vitest';
import { layoutGraph, type LayoutEdge, type LayoutNode } from '../../../src/lib/graph/layout';

/** A centre, `ring` neighbours, and two neighbours of each of the first five. */
function star(ring: number): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
	const nodes: LayoutNode[] = [{ id: 'c', depth: 0 }];
	const edges: LayoutEdge[] = [];
	for (let i = 0; i < ring; i++) {
		nodes.push({ id: `n${i}`, depth: 1 });
		edges.push({ from: `n${i}`, to: 'c' });
		if (i < 5)
			for (const j of [0, 1]) {
				nodes.push({ id: `n${i}-${j}`, depth: 2 });
				edges.push({ from: `n${i}`, to: `n${i}-${j}` });
			}
	}
	return { nodes, edges };
}

describe('layoutGraph', () => {
	it('places every node at a finite position, the centre at the origin', () => {
		const { nodes, edges } = star(30);
		const placed = layoutGraph(nodes, edges);
		expect([...placed.keys()].sort()).toEqual(nodes.map((n) => n.id).sort());
		for (const p of placed.values())
			expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
		expect(placed.get('c')).toEqual({ x: 0, y: 0 });
	});

	it('gives the same positions for the same graph, whatever the input order', () => {
		const { nodes, edges } = star(30);
		const first = layoutGraph(nodes, edges);
		const again = layoutGraph([...nodes].reverse(), [...edges].reverse());
		expect(Object.fromEntries(again)).toEqual(Object.fromEntries(first));
	});

	it('spreads the nodes out (no two share a spot)', () => {
		const { nodes, edges } = star(40);
		const spots = new Set([...layoutGraph(nodes, edges).values()].map((p) => `${p.x},${p.y}`));
		expect(spots.size).toBe(nodes.length);
	});

	it('ignores edges to nodes it was not given', () => {
		const placed = layoutGraph(
			[
				{ id: 'c', depth: 0 },
				{ id: 'a', depth: 1 }
			],
			[
				{ from: 'a', to: 'c' },
				{ from: 'a', to: 'missing' }
			]
		);
		expect([...placed.keys()].sort()).toEqual(['a', 'c']);
	});
});
