import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/model/flags';
import {
	countByKind,
	filterChoices,
	filterFlags,
	flagsPager,
	isFlagKind,
	sortFlags
} from '../../../src/lib/flags/flags-page';

const flag = (id: string, extra: Partial<Flag>): Flag => ({
	id,
	kind: 'major-donor',
	entity: `p-${id}`,
	name: id,
	figures: {},
	sources: [],
	related: [],
	confidence: 'confirmed',
	...extra
});
const flags = [
	flag('Bērziņš', { year: 2022, party: 'o-a', partyName: 'Alfa' }),
	flag('Ābele', { year: 2023, party: 'o-b', partyName: 'Beta' }),
	flag('Ozols', {
		kind: 'wealth-growth',
		year: 2023,
		institution: 'o-s',
		institutionName: 'Saeima'
	}),
	flag('Cālis', { kind: 'refunds', year: 2021, party: 'o-a', partyName: 'Alfa' })
];

describe('the flags page', () => {
	it('filters by kind, year, party and institution together', () => {
		const names = (f: Parameters<typeof filterFlags>[1]) =>
			filterFlags(flags, f).map((x) => x.name);
		expect(names({ kind: 'major-donor' })).toEqual(['Bērziņš', 'Ābele']);
		expect(names({ year: 2023 })).toEqual(['Ābele', 'Ozols']);
		expect(names({ party: 'o-a', kind: 'refunds' })).toEqual(['Cālis']);
		expect(names({ institution: 'o-s' })).toEqual(['Ozols']);
		expect(names({})).toHaveLength(4);
	});

	it('sorts newest first, by name in Latvian order, or by kind', () => {
		expect(sortFlags(flags, 'year').map((f) => f.name)).toEqual([
			'Ābele',
			'Ozols',
			'Bērziņš',
			'Cālis'
		]);
		expect(sortFlags(flags, 'name').map((f) => f.name)).toEqual([
			'Ābele',
			'Bērziņš',
			'Cālis',
			'Ozols'
		]);
		expect(sortFlags(flags, 'kind').map((f) => f.kind)).toEqual([
			'major-donor',
			'major-donor',
			'refunds',
			'wealth-growth'
		]);
	});

	it('counts every kind, zero included, and offers the years, parties and institutions present', () => {
		const counts = countByKind(flags);
		expect(counts).toHaveLength(9);
		expect(counts.find((c) => c.kind === 'major-donor')?.count).toBe(2);
		expect(counts.find((c) => c.kind === 'private-debt')?.count).toBe(0);
		expect(filterChoices(flags)).toEqual({
			years: [2023, 2022, 2021],
			parties: [
				{ id: 'o-a', name: 'Alfa' },
				{ id: 'o-b', name: 'Beta' }
			],
			institutions: [{ id: 'o-s', name: 'Saeima' }]
		});
		expect([isFlagKind('refunds'), isFlagKind('nonsense'), isFlagKind(undefined)]).toEqual([
			true,
			false,
			false
		]);
	});
});

describe('a page of flags', () => {
	const query = { sort: 'year' as const, offset: 0, limit: 2 };

	it('counts every kind and offers every choice, whatever is selected', () => {
		const page = flagsPager(flags)({ ...query, kind: 'refunds' });
		expect(page).toMatchObject({ total: 4, selected: 1, offset: 0 });
		expect(page.rows.map((f) => f.name)).toEqual(['Cālis']);
		expect(page.counts.find((c) => c.kind === 'major-donor')?.count).toBe(2);
		expect(page.choices.parties.map((p) => p.name)).toEqual(['Alfa', 'Beta']);
	});

	it('pages the sorted selection, and moves a page past the end back onto the last', () => {
		const pager = flagsPager(flags);
		expect(pager(query).rows.map((f) => f.name)).toEqual(['Ābele', 'Ozols']);
		expect(pager({ ...query, offset: 2 }).rows.map((f) => f.name)).toEqual(['Bērziņš', 'Cālis']);
		const past = pager({ ...query, offset: 40 });
		expect(past.offset).toBe(2);
		expect(past.rows).toHaveLength(2);
		expect(pager({ ...query, sort: 'name', year: 2030 })).toMatchObject({
			selected: 0,
			offset: 0,
			rows: []
		});
	});
});
