import { describe, expect, it } from 'vitest';
import {
	MAX_PAGE,
	MAX_PARTIES,
	parseDonationsOptions,
	writeDonationsOptions,
	type DonationsOptions
} from '../../../src/lib/router/explore-options';

const parse = (query: string) => parseDonationsOptions(new URLSearchParams(query));
const write = (options: DonationsOptions) => {
	const query = new URLSearchParams();
	writeDonationsOptions(options, query);
	return query.toString();
};

describe('the explorer options in the address', () => {
	it('reads every known parameter', () => {
		expect(
			parse(
				'measure=fees&party=o-1,o-2&from=2021-03&to=2022-12&band=ge10k,lt50&kind=money' +
					'&donor=anonymous,person&office=office&q=%C4%80boli&view=donors&sort=name&page=3'
			)
		).toEqual({
			measure: 'fees',
			parties: ['o-1', 'o-2'],
			from: '2021-03',
			to: '2022-12',
			// In the catalogue's order, whatever order the link had.
			bands: ['lt50', 'ge10k'],
			kinds: ['money'],
			donors: ['person', 'anonymous'],
			office: ['office'],
			q: 'Āboli',
			view: 'donors',
			sort: 'name',
			page: 3
		});
	});

	it.each([
		['measure=all', {}],
		['measure=donations', {}],
		['band=huge,lt50', { bands: ['lt50'] }],
		['kind=cash', {}],
		['donor=robot', {}],
		['office=maybe', {}],
		['from=2021-13&to=21-01', {}],
		['from=2023-05&to=2021-01', { from: '2021-01', to: '2023-05' }],
		['party=,,o-1,o-1', { parties: ['o-1'] }],
		['q=%20%20', {}],
		['view=grid', {}],
		['sort=id', {}],
		['sort=name', {}],
		['view=donors&sort=partyName', { view: 'donors' }],
		['sort=date&desc=1', {}],
		['sort=date', { sort: 'date' }],
		['sort=cents&desc=1', { sort: 'cents', desc: true }],
		['page=0', {}],
		['page=1', {}],
		['page=2.5', {}],
		['page=-4', {}],
		['page=x', {}],
		['%E0%A4%A=1&band=lt50', { bands: ['lt50'] }]
	] as const)('drops what it does not know: %j', (query, options) =>
		expect(parse(query)).toEqual(options)
	);

	it('caps what a hand-made link can ask for', () => {
		const parties = Array.from({ length: 80 }, (_, i) => `o-${i}`).join(',');
		expect(parse(`party=${parties}`).parties).toHaveLength(MAX_PARTIES);
		expect(parse('page=99999999').page).toBe(MAX_PAGE);
	});

	it('leaves the defaults out', () => {
		expect(write({})).toBe('');
		expect(write({ parties: [], page: 1 })).toBe('');
		expect(write({ measure: 'both', parties: ['o-1', 'o-2'], desc: true, sort: 'cents' })).toBe(
			'measure=both&party=o-1%2Co-2&sort=cents&desc=1'
		);
	});

	it.each<DonationsOptions>([
		{},
		{ measure: 'both', parties: ['o-40008000001', 'o-party-x-1f'], from: '2020-01' },
		{ bands: ['50-200', '5k-10k'], kinds: ['goods-services'], donors: ['organisation'] },
		{ office: ['no-office'], q: 'Bērziņš & co, SIA', view: 'donors', sort: 'count', page: 7 },
		{ sort: 'donorName', desc: true, to: '2024-12' }
	])('round-trips %j', (options) => expect(parse(write(options))).toEqual(options));
});
