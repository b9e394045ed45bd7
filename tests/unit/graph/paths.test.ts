import { describe, expect, it } from 'vitest';
import { answerPaths } from '../../../src/lib/graph/graph-answers';
import { buildGraphIndex, nodeIndexOf } from '../../../src/lib/graph/graph-index';
import { findPaths } from '../../../src/lib/graph/paths';
import { graphOf, type EdgeSpec } from '../../fixtures/graph-fixture';

const DEFAULTS = { maxHops: 4, limit: 5, includePossible: false };

/** Paths as "a-b-c" strings, in the order found. */
function paths(
	edges: EdgeSpec[],
	from: string,
	to: string,
	options: Partial<typeof DEFAULTS> = {}
) {
	const index = buildGraphIndex(graphOf(edges));
	const result = answerPaths(index, () => undefined, from, to, { ...DEFAULTS, ...options });
	return result.paths.map((p) => p.nodes.join('-'));
}

const spokes = (hub: string, n: number): EdgeSpec[] =>
	Array.from({ length: n }, (_, i) => [`s${String(i).padStart(4, '0')}`, hub] as EdgeSpec);

describe('findPaths', () => {
	it.each<[string, EdgeSpec[], string, string, Partial<typeof DEFAULTS>, string[]]>([
		[
			'the direct link before a longer path',
			[
				['a', 'c'],
				['c', 'b'],
				['a', 'b']
			],
			'a',
			'b',
			{},
			['a-b', 'a-c-b']
		],
		[
			'shorter paths first, then by neighbour id',
			[
				['a', 'x'],
				['x', 'y'],
				['y', 'b'],
				['a', 'm'],
				['m', 'b'],
				['a', 'c'],
				['c', 'b']
			],
			'a',
			'b',
			{},
			['a-c-b', 'a-m-b', 'a-x-y-b']
		],
		[
			'edges either way round',
			[
				['b', 'm'],
				['m', 'a']
			],
			'a',
			'b',
			{},
			['a-m-b']
		],
		[
			'nothing when unreachable',
			[
				['a', 'x'],
				['b', 'y']
			],
			'a',
			'b',
			{},
			[]
		],
		[
			'a path of exactly maxHops',
			[
				['a', 'c1'],
				['c1', 'c2'],
				['c2', 'c3'],
				['c3', 'b']
			],
			'a',
			'b',
			{},
			['a-c1-c2-c3-b']
		],
		[
			'nothing past maxHops',
			[
				['a', 'c1'],
				['c1', 'c2'],
				['c2', 'c3'],
				['c3', 'c4'],
				['c4', 'b']
			],
			'a',
			'b',
			{},
			[]
		],
		[
			'never more than 4 hops, whatever is asked',
			[
				['a', 'c1'],
				['c1', 'c2'],
				['c2', 'c3'],
				['c3', 'c4'],
				['c4', 'b']
			],
			'a',
			'b',
			{ maxHops: 9 },
			[]
		],
		[
			'maxHops 2 leaves out 3-hop paths',
			[
				['a', 'm'],
				['m', 'b'],
				['a', 'x'],
				['x', 'y'],
				['y', 'b']
			],
			'a',
			'b',
			{ maxHops: 2 },
			['a-m-b']
		],
		[
			'possible links left out',
			[
				['a', 'n', 'namesake', 'possible'],
				['n', 'b']
			],
			'a',
			'b',
			{},
			[]
		],
		[
			'possible links when asked',
			[
				['a', 'n', 'namesake', 'possible'],
				['n', 'b']
			],
			'a',
			'b',
			{ includePossible: true },
			['a-n-b']
		],
		[
			'probable links by default',
			[
				['a', 'm', 'holds-post', 'probable'],
				['m', 'b']
			],
			'a',
			'b',
			{},
			['a-m-b']
		],
		[
			'one path per node sequence over parallel edges',
			[
				['a', 'm'],
				['a', 'm', 'member-of'],
				['m', 'b']
			],
			'a',
			'b',
			{},
			['a-m-b']
		],
		[
			'through a hub',
			[...spokes('ohub', 3000), ['a', 'ohub'], ['b', 'ohub']],
			'a',
			'b',
			{},
			['a-ohub-b']
		],
		['nothing from a node to itself', [['a', 'b']], 'a', 'a', {}, []]
	])('%s', (_, edges, from, to, options, expected) => {
		expect(paths(edges, from, to, options)).toEqual(expected);
	});

	it('stops at limit, shortest first', () => {
		const edges: EdgeSpec[] = [];
		for (const m of ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']) edges.push(['a', m], [m, 'b']);
		edges.push(['a', 'b']);
		expect(paths(edges, 'a', 'b', { limit: 3 })).toEqual(['a-b', 'a-m1-b', 'a-m2-b']);
	});

	it('finds only simple paths, each once', () => {
		// A dense little graph: every pair of six nodes linked, so cycles are everywhere.
		const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
		const edges: EdgeSpec[] = ids.flatMap((x, i) =>
			ids.slice(i + 1).map((y) => [x, y] as EdgeSpec)
		);
		const found = paths(edges, 'a', 'b', { limit: 100 });
		// 1 direct + 4 via one + 4·3 via two + 4·3·2 via three = 41 simple paths within 4 hops.
		expect(found).toHaveLength(41);
		expect(new Set(found).size).toBe(41);
		for (const p of found) expect(new Set(p.split('-')).size).toBe(p.split('-').length);
		const lengths = found.map((p) => p.split('-').length);
		expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
	});

	it('reports each hop with the surest of parallel edges, in the relation’s direction', () => {
		const index = buildGraphIndex(
			graphOf([
				['m', 'a', 'namesake', 'possible'],
				['m', 'a', 'holds-post', 'probable'],
				['b', 'm', 'member-of', 'confirmed']
			])
		);
		const result = answerPaths(index, (n) => `name ${n}`, 'a', 'b', {
			...DEFAULTS,
			includePossible: true
		});
		expect(result.paths[0]!.edges).toEqual([
			{ from: 'm', to: 'a', kind: 'holds-post', confidence: 'probable' },
			{ from: 'b', to: 'm', kind: 'member-of', confidence: 'confirmed' }
		]);
		expect(result.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'm']);
		expect(result.nodes.find((n) => n.id === 'b')).toEqual({
			id: 'b',
			kind: 'person',
			name: 'name 1'
		});
	});

	it('says so when its step budget runs out', () => {
		const index = buildGraphIndex(graphOf([...spokes('ohub', 50), ['a', 'ohub'], ['ohub', 'b']]));
		const a = nodeIndexOf(index, 'a');
		const b = nodeIndexOf(index, 'b');
		expect(findPaths(index, a, b, { ...DEFAULTS, maxSteps: 1 }).truncated).toBe(true);
		expect(findPaths(index, a, b, DEFAULTS)).toMatchObject({ truncated: false });
	});

	it('answers empty for an id the graph does not hold', () => {
		expect(paths([['a', 'b']], 'a', 'zz')).toEqual([]);
	});
});
