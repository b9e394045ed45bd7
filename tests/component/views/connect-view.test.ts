import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { GraphPath, GraphQueries, PathResult } from '../../../src/lib/graph/graph-types';
import type { Entity } from '../../../src/model/types';
import { organisation, person } from '../../fixtures/profiles';
import { renderInApp } from '../../fixtures/component/render';

const DONOR = person({ id: 'p-donor', name: 'Ilze Koka' });
const PARTY = organisation({ id: 'o-party', name: 'Zaļo Pļavu Partija', kind: 'party' });
const ENTITIES = new Map<string, Entity>([
	[DONOR.id, DONOR],
	[PARTY.id, PARTY]
]);
const path = (extra: string[] = []): GraphPath => ({
	nodes: [DONOR.id, ...extra, PARTY.id],
	edges: [{ from: DONOR.id, to: PARTY.id, kind: 'donated-to', confidence: 'confirmed' }]
});
let answer: PathResult = { paths: [], nodes: [] };
const queries: GraphQueries = {
	neighbours: () => Promise.reject(new Error('not in this test')),
	paths: () => Promise.resolve(answer)
};

vi.mock('../../../src/lib/graph/graph-types', async (original) => ({
	...(await original<object>()),
	getGraphQueries: () => queries
}));
vi.mock('../../../src/lib/app-data/app-data.svelte', () => ({
	getAppData: () => ({
		store: {
			getEntity: (id: string) => Promise.resolve(ENTITIES.get(id)),
			getGroup: () => Promise.resolve(undefined)
		}
	}),
	findAppData: () => undefined
}));

const { default: ConnectView } = await import('../../../src/views/ConnectView.svelte');

function open(locale: 'en' | 'lv', paths: GraphPath[], options = {}) {
	answer = {
		paths,
		nodes: [
			{ id: DONOR.id, kind: 'person', name: DONOR.name },
			{ id: PARTY.id, kind: 'party', name: PARTY.name }
		]
	};
	const onchange = vi.fn();
	const onnames = vi.fn();
	renderInApp(
		ConnectView,
		{ a: DONOR.id, b: PARTY.id, options, find: () => Promise.resolve([]), onchange, onnames },
		{ locale }
	);
	return { onchange, onnames };
}

describe('ConnectView', () => {
	it.each([
		['en', 1, '1 path'],
		['en', 2, '2 paths (shortest first)'],
		['lv', 1, '1 ceļš'],
		['lv', 3, '3 ceļi (īsākie vispirms)']
	] as const)('counts %s paths in the singular or plural (%d)', async (locale, count, text) => {
		const paths = Array.from({ length: count }, (_, i) => path(i === 0 ? [] : [`x-${i}`]));
		open(locale, paths);
		await waitFor(() => expect(screen.getByText(text)).toBeInTheDocument());
	});

	it('names both ends for the title, and reads its options from the address', async () => {
		const { onchange, onnames } = open('en', [path()], { possible: true });
		await waitFor(() =>
			expect(onnames).toHaveBeenLastCalledWith('Ilze Koka', 'Zaļo Pļavu Partija')
		);
		const possible = screen.getByRole('checkbox', { name: 'Include possible links (namesakes)' });
		expect(possible).toBeChecked();
		await fireEvent.click(possible);
		expect(onchange).toHaveBeenCalledWith({ a: DONOR.id, b: PARTY.id }, true);
	});
});
