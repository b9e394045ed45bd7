import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { createExploreClient } from '../../../src/lib/explore/explore-client';
import { FIRST_ASKED, isFirstRequest } from '../../../src/lib/explore/explore-first-view';
import type { ExploreRequest } from '../../../src/lib/explore/explore-protocol';
import { flagsPager } from '../../../src/lib/flags/flags-page';
import type { FlagsOptions } from '../../../src/lib/router/flags-options';
import type { Flag } from '../../../src/model/flags';
import FlagsView from '../../../src/views/FlagsView.svelte';
import { renderAtAddress } from '../../fixtures/component/address';
import { rowsOf } from '../../fixtures/component/table-text';

const flag = (n: number, extra: Partial<Flag> = {}): Flag => ({
	id: `f-${n}`,
	kind: 'major-donor',
	entity: `p-${n}`,
	name: `Persona ${String(n).padStart(3, '0')}`,
	year: 2020 + (n % 4),
	figures: {},
	sources: [],
	related: [],
	confidence: 'confirmed',
	...extra
});
/** 60 major donors and 3 refund flags: two pages of the first kind. */
const FLAGS = [
	...Array.from({ length: 60 }, (_, n) => flag(n)),
	...[1, 2, 3].map((n) => flag(100 + n, { kind: 'refunds', entityKind: 'party' }))
];

function open(initial: FlagsOptions = {}) {
	const pager = flagsPager(FLAGS);
	const asked: ExploreRequest[] = [];
	const client = createExploreClient({
		call: <T>(_to: string, request: unknown) => {
			const r = request as ExploreRequest;
			asked.push(r);
			if (r.call !== 'flags') throw new Error(`unexpected ${r.call}`);
			return Promise.resolve({ ok: true, flagsPage: pager(r.query) } as T);
		},
		close: () => {}
	});
	const changes = renderAtAddress(FlagsView, { client, initial });
	return { asked, changes };
}
const names = () =>
	rowsOf(screen.getByRole('table'))
		.slice(1)
		.map((cells) => cells[1]);

describe('FlagsView', () => {
	it('asks the worker for one page, first the one the install answered ahead', async () => {
		const { asked } = open();
		await waitFor(() => expect(names()).toHaveLength(50));
		expect(asked).toEqual(FIRST_ASKED.flags);
		expect(asked.every(isFirstRequest)).toBe(true);
		expect(screen.getByText('Showing 63 of 63 flags')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: /^Major donor/ })).toHaveTextContent('60');
	});

	it('shows the selection the address holds, and a kind press asks for it from page 1', async () => {
		const { changes } = open({ kind: 'major-donor', page: 2 });
		await waitFor(() => expect(names()).toHaveLength(10));
		expect(screen.getByText('Showing 60 of 63 flags')).toBeInTheDocument();
		await fireEvent.click(screen.getByRole('button', { name: /^Gifts or fees returned/ }));
		expect(changes.at(-1)).toEqual([{ kind: 'refunds' }, false]);
		await waitFor(() => expect(names()).toHaveLength(3));
	});

	it('moves a page past the end back onto the last', async () => {
		open({ kind: 'refunds', page: 9 });
		await waitFor(() => expect(names()).toHaveLength(3));
		expect(screen.getByText('1–3 of 3')).toBeInTheDocument();
	});
});
