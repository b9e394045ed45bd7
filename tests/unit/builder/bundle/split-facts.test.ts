import { describe, expect, it } from 'vitest';
import { groupFacts } from '../../../../src/builder/bundle/group-facts';
import { partDataset, splitGroup } from '../../../../src/builder/bundle/split-facts';
import { resolve } from '../../../../src/builder/resolve/resolve';
import type { FactGroup } from '../../../../src/model/bundle-format';
import {
	boardMember,
	declaration,
	donation,
	person,
	post,
	taxTotal
} from '../../../fixtures/records';

const anna = person('Anna Bēldiņa', { maskedCode: '120380-*****' });
const data = resolve([
	post(anna),
	declaration(anna, 2021),
	declaration(anna, 2022),
	donation(anna, 'Partija A'),
	boardMember(anna, '40003000001'),
	taxTotal('40003000001', 2022, 5000)
]);
const groups = groupFacts(data);
const annaId = data.people.find((p) => p.name === 'Anna Bēldiņa')!.id;
const whole = groups.find((g) => g.entity === annaId)!;

/** The parts put back together: every array concatenated, in part order. */
function joined(parts: FactGroup[]): Omit<FactGroup, 'refs' | 'parts'> {
	return {
		entity: parts[0]!.entity,
		declarations: parts.flatMap((p) => p.declarations),
		donations: parts.flatMap((p) => p.donations),
		taxTotals: parts.flatMap((p) => p.taxTotals),
		relations: parts.flatMap((p) => p.relations)
	};
}

describe('splitGroup', () => {
	const parts = splitGroup(whole);
	const byId = new Map(parts);

	it('puts each dataset in its own part, declarations by year, core first naming the rest', () => {
		expect(parts.map(([id]) => id)).toEqual([
			'core',
			'declarations-2021',
			'declarations-2022',
			'donations',
			'register'
		]);
		expect(byId.get('core')!.parts).toEqual([
			'declarations-2021',
			'declarations-2022',
			'donations',
			'register'
		]);
		expect(byId.get('declarations-2021')!.declarations.map((d) => d.year)).toEqual([2021]);
		expect(byId.get('register')!.relations.map((r) => r.kind)).toEqual(['board-member']);
		expect(byId.get('donations')!.relations.map((r) => r.kind)).toEqual(['donated-to']);
		expect(byId.get('core')!.relations.map((r) => r.kind)).toEqual(['holds-post']);
	});

	it('loses and duplicates nothing: the parts hold exactly the whole group’s facts', () => {
		const back = joined(parts.map(([, g]) => g));
		const sortById = <T extends { id: string }>(xs: T[]) =>
			[...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
		expect(sortById(back.relations)).toEqual(sortById(whole.relations));
		expect(sortById(back.declarations)).toEqual(sortById(whole.declarations));
		expect(back.donations).toEqual(whole.donations);
	});

	it('gives each part the refs its own facts name, and no others', () => {
		const union = new Set(parts.flatMap(([, g]) => g.refs.map((r) => r.id)));
		expect([...union].sort()).toEqual(whole.refs.map((r) => r.id).sort());
		const register = byId.get('register')!;
		expect(register.refs.map((r) => r.id)).toEqual([register.relations[0]!.to]);
	});

	it('leaves a group with core facts only as it was', () => {
		const company = groups.find(
			(g) =>
				g.taxTotals.length === 0 &&
				g.declarations.length === 0 &&
				g.donations.length === 0 &&
				g.relations.every((r) => r.kind === 'holds-post')
		)!;
		expect(splitGroup(company)).toEqual([['core', company]]);
	});

	it('keeps a core part naming the others for an entity with no core facts', () => {
		const company = groups.find((g) => g.taxTotals.length > 0)!;
		const split = new Map(splitGroup(company));
		expect(split.get('core')!.parts).toEqual(['register', 'tax-totals']);
		expect(split.get('tax-totals')!.taxTotals).toEqual(company.taxTotals);
	});
});

describe('partDataset', () => {
	it.each([
		['declarations-2021', { dataset: 'declarations', year: 2021 }],
		['donations', { dataset: 'donations' }],
		['tax-totals', { dataset: 'tax-totals' }]
	])('%s', (part, expected) => expect(partDataset(part)).toEqual(expected));
});
