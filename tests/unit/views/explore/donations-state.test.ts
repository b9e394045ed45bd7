import { describe, expect, it } from 'vitest';
import { FIRST_FILTER, FIRST_QUERY } from '../../../../src/lib/explore/explore-first-view';
import type { DonationsOptions } from '../../../../src/lib/router/explore-options';
import {
	filterOf,
	foldParties,
	hasFilter,
	reset,
	serviceQuery,
	sortBy,
	tableQueryOf,
	toggle,
	TOP_PARTIES,
	withPeriod
} from '../../../../src/views/explore/donations-state';

const bar = (key: string, cents: number) => ({
	key,
	label: key,
	count: 1,
	cents,
	refunds: 1,
	refundCents: 10,
	otherCurrency: 0
});

describe('the explorer selection', () => {
	it('is the whole data with nothing chosen', () => {
		expect(tableQueryOf({})).toMatchObject({
			view: 'donations',
			sort: 'date',
			descending: true,
			offset: 0,
			limit: 50
		});
		// The first answers stored at install are for exactly what the page asks first.
		expect(filterOf({})).toEqual(FIRST_FILTER);
		expect(serviceQuery(tableQueryOf({}))).toEqual(FIRST_QUERY);
		expect(tableQueryOf({ view: 'donors', page: 3 })).toMatchObject({
			sort: 'cents',
			descending: true,
			offset: 100
		});
	});

	it('toggles a key in and out, back to page 1', () => {
		const one = toggle({ page: 4 }, 'parties', 'o-1');
		expect(one).toEqual({ parties: ['o-1'] });
		expect(toggle(one, 'parties', 'o-2')).toEqual({ parties: ['o-1', 'o-2'] });
		expect(toggle(one, 'parties', 'o-1')).toEqual({});
	});

	it('orders a period and clears it', () => {
		expect(withPeriod({}, '2023-01', '2021-05')).toEqual({ from: '2021-05', to: '2023-01' });
		expect(withPeriod({ from: '2021-01', page: 2 })).toEqual({});
	});

	it('resets the filters but keeps the measure and the table', () => {
		const options: DonationsOptions = {
			measure: 'fees',
			parties: ['o-1'],
			q: 'x',
			view: 'donors',
			sort: 'name'
		};
		expect(hasFilter(options)).toBe(true);
		expect(reset(options)).toEqual({ measure: 'fees', view: 'donors', sort: 'name' });
		expect(hasFilter(reset(options))).toBe(false);
	});

	it('sorts names A to Z and numbers largest first, and turns the order round on a second click', () => {
		expect(sortBy({}, 'donorName')).toEqual({ sort: 'donorName' });
		expect(sortBy({ sort: 'donorName' }, 'donorName')).toEqual({ sort: 'donorName', desc: true });
		expect(sortBy({}, 'cents')).toEqual({ sort: 'cents', desc: true });
		// The default order (latest first) leaves the address.
		expect(sortBy({ sort: 'date', page: 2 }, 'date')).toEqual({});
		expect(sortBy({}, 'date')).toEqual({ sort: 'date' });
	});

	it('folds the parties after the largest into one sum, keeping a chosen one in view', () => {
		const bars = Array.from({ length: TOP_PARTIES + 3 }, (_, i) => bar(`o-${i}`, 1000 - i));
		const { shown, rest } = foldParties(bars, [`o-${TOP_PARTIES + 2}`], false);
		expect(shown.map((b) => b.key)).toEqual([
			...bars.slice(0, TOP_PARTIES).map((b) => b.key),
			`o-${TOP_PARTIES + 2}`
		]);
		expect(rest).toEqual({
			parties: 2,
			count: 2,
			cents: 1000 - TOP_PARTIES + (1000 - TOP_PARTIES - 1),
			refunds: 2,
			refundCents: 20,
			otherCurrency: 0
		});
		expect(foldParties(bars, [], true)).toEqual({ shown: bars });
		expect(foldParties(bars.slice(0, TOP_PARTIES + 1), [], false).rest).toBeUndefined();
	});

	it('asks the service for the most returned first as its ascending order (refunds are negative there)', () => {
		const query = tableQueryOf({ view: 'donors', sort: 'refundCents', desc: true });
		expect(query.descending).toBe(true);
		expect(serviceQuery(query)).toEqual({ ...query, descending: false });
		expect(serviceQuery(tableQueryOf({ sort: 'cents', desc: true }))).toMatchObject({
			descending: true
		});
	});
});
