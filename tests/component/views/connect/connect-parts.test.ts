import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { GraphNode, GraphPath } from '../../../../src/lib/graph/graph-types';
import type { EntityRef, Relation, SearchDoc } from '../../../../src/model/types';
import EntityPicker from '../../../../src/views/connect/EntityPicker.svelte';
import { edgeKey, type HopRelation } from '../../../../src/views/connect/hop-relations';
import PathCard from '../../../../src/views/connect/PathCard.svelte';
import { renderInApp } from '../../../fixtures/component/render';

const NODES: GraphNode[] = [
	{ id: 'p-donor', kind: 'person', name: 'Ilze Koka' },
	{ id: 'o-party', kind: 'party', name: 'Zaļo Pļavu Partija' },
	{ id: 'p-minister', kind: 'person', name: 'Dace Ozola' },
	{ id: 'p-namesake', kind: 'person', name: 'Dace Ozola' }
];
const nodeOf = (id: string) => NODES.find((n) => n.id === id)!;

const path: GraphPath = {
	nodes: ['p-donor', 'o-party', 'p-minister', 'p-namesake'],
	edges: [
		{ from: 'p-donor', to: 'o-party', kind: 'donated-to', confidence: 'confirmed' },
		{ from: 'p-minister', to: 'o-party', kind: 'member-of', confidence: 'probable' },
		{ from: 'p-minister', to: 'p-namesake', kind: 'namesake', confidence: 'possible' }
	]
};
const gift: Relation = {
	id: 'r-gift',
	from: 'p-donor',
	to: 'o-party',
	kind: 'donated-to',
	start: '2021-03-01',
	end: '2022-05-01',
	amount: { cents: 150_000, currency: 'EUR' },
	confidence: 'confirmed',
	evidence: [{ rule: 'stated-in-source', values: {}, sources: [] }],
	facts: ['d-1']
};
const relations = new Map<string, HopRelation[]>([
	[
		edgeKey(path.edges[0]!),
		[{ relation: gift, sources: [{ dataset: 'knab', record: 'd.csv:7' }] }]
	],
	[edgeKey(path.edges[1]!), []]
]);

describe('PathCard', () => {
	it('lists each hop in the relation’s direction, with links to the profiles', () => {
		renderInApp(PathCard, { path, n: 2, nodeOf, relations });
		const card = screen.getByRole('article', { name: 'Path 2: 3 steps' });
		// The hops are the top list's own items (the evidence inside has lists of its own).
		const hops = [...within(card).getAllByRole('list')[0]!.children] as HTMLElement[];
		expect(hops.map((h) => h.textContent?.replace(/\s+/g, ' ').trim().split(' Why')[0])).toEqual([
			'Ilze Koka — Donated to → Zaļo Pļavu Partija confirmed link 1 March 2021 – 1 May 2022 EUR 1,500.00',
			'Dace Ozola — Member → Zaļo Pļavu Partija probable link The relation record was not found.',
			'Dace Ozola — Possible namesake → Dace Ozola possible'
		]);
		expect(within(hops[0]!).getByRole('link', { name: 'Zaļo Pļavu Partija' })).toHaveAttribute(
			'href',
			'#/party/o-party'
		);
		expect(
			within(hops[2]!)
				.getAllByRole('link')
				.map((a) => a.getAttribute('href'))
		).toEqual(['#/person/p-minister', '#/person/p-namesake']);
	});

	it('keeps evidence and source records behind a summary, and dashes the possible link', () => {
		const { container } = renderInApp(PathCard, { path, n: 1, nodeOf, relations });
		const first = screen.getAllByRole('list')[0]!.children[0] as HTMLElement;
		expect(within(first).getByText('Source records (1)').closest('details')).not.toHaveAttribute(
			'open'
		);
		expect(within(first).getByText(/d\.csv:7/)).toBeInTheDocument();
		const lines = [...container.querySelectorAll('line')];
		expect(lines.map((l) => l.classList.contains('possible'))).toEqual([false, false, true]);
	});
});

describe('EntityPicker', () => {
	const docs: SearchDoc[] = ['Dace Ozola', 'Dace Ozoliņa'].map((name, i) => ({
		id: `p-${i}`,
		kind: 'person',
		name,
		otherNames: [],
		roles: [],
		posts: i === 0 ? ['Ministrs'] : [],
		parties: []
	}));

	it('picks with the arrow keys and Enter', async () => {
		const onpick = vi.fn<(ref: EntityRef | undefined) => void>();
		const find = vi.fn(() => Promise.resolve(docs));
		renderInApp(EntityPicker, { label: 'From', find, onpick });
		const box = screen.getByRole('combobox', { name: 'From' });
		await fireEvent.input(box, { target: { value: 'dace' } });
		await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
		expect(find).toHaveBeenCalledWith('dace');
		await fireEvent.keyDown(box, { key: 'ArrowDown' });
		await fireEvent.keyDown(box, { key: 'ArrowDown' });
		expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
		await fireEvent.keyDown(box, { key: 'Enter' });
		expect(onpick).toHaveBeenCalledWith({ id: 'p-1', name: 'Dace Ozoliņa', kind: 'person' });
	});

	it('says what tells namesakes apart: birth year, posts, party, years active', async () => {
		const namesakes: SearchDoc[] = [
			{
				id: 'p-a',
				kind: 'person',
				name: 'Jānis Rudkalns',
				otherNames: [],
				birthYear: 1961,
				roles: ['official'],
				posts: ['Valdes loceklis, Rīgas Ūdens'],
				parties: ['Zaļo Pļavu Partija'],
				years: [2015, 2023]
			},
			{
				id: 'p-b',
				kind: 'person',
				name: 'Jānis Rudkalns',
				otherNames: [],
				birthYear: 1988,
				roles: ['donor'],
				posts: [],
				parties: ['Jūras Partija'],
				years: [2021, 2021]
			}
		];
		renderInApp(EntityPicker, {
			label: 'From',
			find: () => Promise.resolve(namesakes),
			onpick: () => {}
		});
		await fireEvent.input(screen.getByRole('combobox', { name: 'From' }), {
			target: { value: 'rudkalns' }
		});
		await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
		const [first, second] = screen.getAllByRole('option');
		expect(first).toHaveTextContent(
			'b. 1961 · Valdes loceklis, Rīgas Ūdens · Zaļo Pļavu Partija · 2015–2023'
		);
		expect(second).toHaveTextContent('b. 1988 · Jūras Partija · 2021');
		expect(first).toHaveTextContent('Person');
	});

	it('shows the picked entity with a button to change it', async () => {
		const onpick = vi.fn();
		renderInApp(EntityPicker, {
			label: 'To',
			picked: { id: 'p-0', name: 'Dace Ozola', kind: 'person' },
			find: () => Promise.resolve([]),
			onpick
		});
		expect(screen.getByRole('link', { name: 'Dace Ozola' })).toHaveAttribute(
			'href',
			'#/person/p-0'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Change: To' }));
		expect(onpick).toHaveBeenCalledWith(undefined);
	});

	it('says when nothing matches', async () => {
		renderInApp(EntityPicker, { label: 'From', find: () => Promise.resolve([]), onpick: vi.fn() });
		await fireEvent.input(screen.getByRole('combobox'), { target: { value: 'zzz' } });
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Nothing matches.'));
	});
});
