import { describe, expect, it } from 'vitest';
import type { FactGroup } from '../../../src/model/bundle-format';
import type {
	Declaration,
	Organisation,
	Person,
	Relation,
	TaxTotal
} from '../../../src/model/types';
import {
	assembleProfile,
	linkedCompanyIds,
	type LinkedRead
} from '../../../src/lib/reads/profiles';

const source = { dataset: 'test', record: 'test.csv:2' };
const personOf = (id: string, name = id): Person => ({
	id,
	name,
	otherNames: [],
	maskedCodes: [],
	sources: []
});
const orgOf = (id: string, name: string, extra: Partial<Organisation> = {}): Organisation => ({
	id,
	name,
	otherNames: [],
	kind: 'company',
	sources: [],
	...extra
});
const relation = (from: string, to: string, kind: Relation['kind']): Relation => ({
	id: `r-${from}-${to}-${kind}`,
	from,
	to,
	kind,
	confidence: 'confirmed',
	evidence: [],
	facts: []
});
const tax = (company: string, year: number, cents: number, quarter?: number): TaxTotal => ({
	id: `t-${company}-${year}-${quarter ?? 0}`,
	company,
	year,
	...(quarter && { quarter }),
	total: { cents, currency: 'EUR' },
	source
});
const shares = (year: number, id: string | undefined, name: string): Declaration => ({
	id: `decl-${year}-${name}`,
	person: 'p-anna',
	personName: 'Anna',
	year,
	kind: 'annual',
	items: [{ section: 'shares', company: { name, ...(id && { id }) }, count: year }],
	source
});
const groupOf = (entity: string, extra: Partial<FactGroup> = {}): FactGroup => ({
	entity,
	declarations: [],
	donations: [],
	taxTotals: [],
	relations: [],
	refs: [],
	...extra
});

const anna = personOf('p-anna', 'Anna Liepa');
const annaGroup = groupOf('p-anna', {
	declarations: [
		shares(2021, 'o-akcijas', 'SIA Akcijas'),
		shares(2023, 'o-akcijas', 'SIA Akcijas'),
		shares(2023, undefined, 'Unresolved')
	],
	relations: [
		relation('p-anna', 'o-board', 'board-member'),
		relation('p-anna', 'o-owned', 'beneficial-owner'),
		relation('p-anna', 'o-party', 'donated-to'),
		relation('p-anna', 'p-janis', 'family'),
		relation('p-anna', 'o-akcijas', 'shareholder')
	],
	refs: [
		{ id: 'o-board', name: 'SIA Valde', kind: 'company' },
		{ id: 'o-owned', name: 'AS Īpašums', kind: 'company' },
		{ id: 'o-party', name: 'Partija', kind: 'party' },
		{ id: 'p-janis', name: 'Jānis', kind: 'person' },
		{ id: 'o-akcijas', name: 'SIA Akcijas', kind: 'company' }
	]
});

describe('linkedCompanyIds', () => {
	it('follows company relations and declared shares with an id, not donations or family', () => {
		expect(linkedCompanyIds('p-anna', annaGroup)).toEqual(['o-akcijas', 'o-board', 'o-owned']);
	});

	it('finds people who run a company from the company’s side, then leaves them out', () => {
		const group = groupOf('o-board', {
			relations: [relation('p-anna', 'o-board', 'board-member')],
			refs: [{ id: 'p-anna', name: 'Anna', kind: 'person' }]
		});
		expect(linkedCompanyIds('o-board', group)).toEqual([]);
	});
});

describe('assembleProfile', () => {
	const linked = new Map<string, LinkedRead>([
		[
			'o-akcijas',
			{
				entity: orgOf('o-akcijas', 'SIA Akcijas', { regNo: '40003000001' }),
				group: groupOf('o-akcijas', {
					taxTotals: [
						tax('o-akcijas', 2021, 1),
						tax('o-akcijas', 2023, 3),
						tax('o-akcijas', 2023, 9, 2),
						tax('o-akcijas', 2022, 2)
					]
				})
			}
		],
		['o-board', { entity: orgOf('o-board', 'SIA Valde') }],
		// Not read (a partial bundle): still listed, by the name the ref gives.
		['o-owned', {}]
	]);
	const profile = assembleProfile(anna, annaGroup, linked);

	it('lists each linked company once, by name, with its relations and declared shares', () => {
		expect(profile.companies.map((c) => c.company.name)).toEqual([
			'AS Īpašums',
			'SIA Akcijas',
			'SIA Valde'
		]);
		const akcijas = profile.companies[1]!;
		expect(akcijas.regNo).toBe('40003000001');
		expect(akcijas.relations.map((r) => r.kind)).toEqual(['shareholder']);
		expect(akcijas.declaredShares.map((s) => s.year)).toEqual([2023, 2021]);
	});

	it('gives tax totals newest first, quarters before the year’s total', () => {
		const totals = profile.companies[1]!.taxTotals.map(
			(t) => `${t.year}${t.quarter ? `q${t.quarter}` : ''}`
		);
		expect(totals).toEqual(['2023q2', '2023', '2022', '2021']);
	});

	it('names the entity and everything its facts point to', () => {
		expect(profile.kind).toBe('person');
		expect(profile.refs.get('p-anna')).toEqual({
			id: 'p-anna',
			name: 'Anna Liepa',
			kind: 'person'
		});
		expect(profile.refs.get('o-party')?.kind).toBe('party');
	});

	it('gives an entity without facts an empty group and no companies', () => {
		const quiet = assembleProfile(orgOf('o-quiet', 'SIA Klusā'), undefined);
		expect(quiet).toMatchObject({
			kind: 'company',
			companies: [],
			group: { entity: 'o-quiet', relations: [] }
		});
	});

	it('drops a linked id that turns out to be a person', () => {
		const group = groupOf('p-anna', { relations: [relation('p-anna', 'p-x', 'shareholder')] });
		const read = new Map<string, LinkedRead>([['p-x', { entity: personOf('p-x') }]]);
		expect(assembleProfile(anna, group, read).companies).toEqual([]);
	});
});
