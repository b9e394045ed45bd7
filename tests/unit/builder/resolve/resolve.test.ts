import { describe, expect, it } from 'vitest';
import { kindFromRegNo } from '../../../../src/builder/resolve/organisations';
import { resolve } from '../../../../src/builder/resolve/resolve';
import type { SourceRecord } from '../../../../src/builder/sources/source-records';
import {
	boardMember,
	declaration,
	donation,
	organisation,
	party,
	person,
	post,
	taxTotal
} from '../../../fixtures/records';

const shuffled = <T>(items: readonly T[], seed: number): T[] => {
	const out = [...items];
	let state = seed;
	for (let i = out.length - 1; i > 0; i--) {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		const j = state % (i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
};

describe('resolve: people', () => {
	it('merges a donor and a board member with the same name and birth date, across masking styles and name orders', () => {
		const { people, relations } = resolve([
			donation(person('Jānis Bēldiņš', { maskedCode: '150385-*****' }), 'Zaļā partija'),
			donation(person('JĀNIS BĒLDIŅŠ', { maskedCode: '150385*****' }), 'Zaļā partija', {
				date: '2026-07-20'
			}),
			boardMember(
				person('Bēldiņš Jānis', {
					nameOrder: 'surname-first',
					maskedCode: '150385-*****',
					birthDate: '1985-03-15'
				}),
				'40003000001'
			)
		]);
		expect(people).toHaveLength(1);
		expect(people[0]).toMatchObject({
			name: 'Jānis Bēldiņš',
			birthDate: '1985-03-15',
			maskedCodes: ['150385-*****']
		});
		const board = relations.find((r) => r.kind === 'board-member')!;
		expect(board.from).toBe(people[0]!.id);
		expect(board.evidence.map((e) => e.rule)).toEqual(['same-name-birth-date', 'stated-in-source']);
	});

	it('keeps namesakes with different birth dates apart', () => {
		const { people } = resolve([
			donation(person('Jānis Bēldiņš', { maskedCode: '150385-*****' }), 'Zaļā partija'),
			donation(person('Jānis Bēldiņš', { maskedCode: '110471-*****' }), 'Zaļā partija')
		]);
		expect(people.map((p) => p.birthDate).sort()).toEqual(['1971-04-11', '1985-03-15']);
	});

	it('merges nothing on the name alone', () => {
		const { people } = resolve([
			post(person('Jānis Bēldiņš', { birthYear: 1985 })),
			donation(person('Jānis Bēldiņš'), 'Zaļā partija')
		]);
		expect(people).toHaveLength(2);
	});

	it('does not guess the birth date from a code whose century is unknown', () => {
		const { people } = resolve([
			donation(person('Anna Liepa', { maskedCode: '010115-*****' }), 'Zaļā partija')
		]);
		expect(people[0]).toMatchObject({ maskedCodes: ['010115-*****'] });
		expect(people[0]!.birthDate).toBeUndefined();
	});

	it('makes anonymous donations nobody’s', () => {
		const { people, donations, relations } = resolve([donation(null, 'Zaļā partija')]);
		expect(people).toHaveLength(0);
		expect(donations[0]!.donor).toBeUndefined();
		expect(relations).toHaveLength(0);
	});
});

describe('resolve: organisations and facts', () => {
	it('merges organisations on registration number and keeps the register’s name', () => {
		const records: SourceRecord[] = [
			taxTotal('40003000001', 2023, 1_000_00),
			boardMember(person('Liepa Anna', { maskedCode: '110471-*****' }), '40003000001'),
			{
				type: 'organisation',
				organisation: organisation('SIA "Ozolkalni"', { regNo: '40003000001', kind: 'company' }),
				source: { dataset: 'register', record: 'register.csv:2' }
			}
		];
		const { organisations, taxTotals, relations } = resolve(records);
		expect(organisations).toEqual([
			expect.objectContaining({ id: 'o-40003000001', name: 'SIA "Ozolkalni"', country: 'LV' })
		]);
		expect(taxTotals[0]!.company).toBe('o-40003000001');
		expect(relations[0]!.to).toBe('o-40003000001');
	});

	it('joins a party named without a number to the registered party of the same name', () => {
		const { organisations, donations } = resolve([
			donation(person('Anna Liepa', { maskedCode: '110471-*****' }), 'ZAĻĀ PARTIJA'),
			{
				type: 'organisation',
				organisation: { ...party('Zaļā partija'), regNo: '40008000001' },
				source: { dataset: 'register', record: 'register.csv:3' }
			}
		]);
		expect(organisations).toHaveLength(1);
		expect(donations[0]!.party).toBe('o-40008000001');
	});

	it('sums a donor’s donations to one party into one relation, listing every donation', () => {
		const anna = person('Anna Liepa', { maskedCode: '110471-*****' });
		const { relations, donations } = resolve([
			donation(anna, 'Zaļā partija', {
				date: '2021-01-15',
				amount: { cents: 10000, currency: 'EUR' }
			}),
			donation(anna, 'Zaļā partija', {
				date: '2023-05-20',
				amount: { cents: -2500, currency: 'EUR' },
				isRefund: true
			})
		]);
		expect(relations).toEqual([
			expect.objectContaining({
				kind: 'donated-to',
				start: '2021-01-15',
				end: '2023-05-20',
				amount: { cents: 7500, currency: 'EUR' }
			})
		]);
		expect(relations[0]!.facts).toEqual(donations.map((d) => d.id).sort());
	});

	it('links declared shares to the company by registration number', () => {
		const { relations, declarations } = resolve([
			declaration(person('ANNA LIEPA'), 2023, {
				items: [
					{
						section: 'shares',
						company: { name: 'SIA "OZOLKALNI"', regNo: '40003000001' },
						count: 100
					}
				]
			})
		]);
		expect(relations.map((r) => [r.kind, r.to])).toEqual(
			expect.arrayContaining([
				['shareholder', 'o-40003000001'],
				['holds-post', 'o-90000028300']
			])
		);
		const shares = declarations[0]!.items[0]!;
		expect(shares.section === 'shares' && shares.company.id).toBe('o-40003000001');
	});
});

describe('resolve: determinism', () => {
	it('gives the same people, ids and links whatever the order of the input rows', () => {
		const anna = person('Anna Liepa', { maskedCode: '110471-*****' });
		const records: SourceRecord[] = [
			donation(anna, 'Zaļā partija', { date: '2021-01-15' }),
			donation(person('ANNA LIEPA', { maskedCode: '110471*****' }), 'Zaļā partija', {
				date: '2026-02-01'
			}),
			donation(person('Jānis Bēldiņš', { maskedCode: '150385-*****' }), 'Jaunā partija'),
			boardMember(person('Liepa Anna', { birthDate: '1971-04-11' }), '40003000001', { shares: 5 }),
			boardMember(person('Liepa Anna', { birthDate: '1971-04-11' }), '40003000002'),
			post(person('Bēldiņš Jānis', { birthYear: 1985 })),
			taxTotal('40003000001', 2022, 500),
			taxTotal('40003000001', 2023, 700),
			declaration(person('JĀNIS BĒLDIŅŠ'), 2023, {
				items: [
					{ section: 'shares', company: { name: 'SIA "A"', regNo: '40003000001' }, count: 10 },
					{
						section: 'post',
						title: 'Valdes loceklis',
						organisation: { name: 'SIA "B"', regNo: '40003000002' }
					}
				]
			})
		];
		const expected = JSON.stringify(resolve(records));
		for (const seed of [1, 2, 3, 42])
			expect(JSON.stringify(resolve(shuffled(records, seed)))).toBe(expected);
	});
});

describe('resolve: organisations named without a number', () => {
	const register = (
		name: string,
		regNo: string,
		kind: 'party' | 'institution' = 'party'
	): SourceRecord => ({
		type: 'organisation',
		organisation: organisation(name, { regNo, kind }),
		source: { dataset: 'register', record: `register.csv:${regNo}` }
	});

	// Without a party register only the legal form is dropped: "Kustība" is part of a name.
	it.each([
		['Saules Latvijai', 'SAULES LATVIJAI, Politiskā partija'],
		['Gaišais Ceļš', 'Partija "Gaišais Ceļš"']
	])('joins the party %j to the registered %j', (short, registered) => {
		const { organisations, donations } = resolve([
			register(registered, '40008000009'),
			donation(person('Anna Liepa', { maskedCode: '110471-*****' }), short)
		]);
		expect(organisations).toHaveLength(1);
		expect(donations[0]!.party).toBe('o-40008000009');
	});

	it('joins a declaration’s institution to the registered one of the same name', () => {
		const { organisations } = resolve([
			register('Latvijas Republikas Saeima', '90000028300', 'institution'),
			declaration(person('ANNA LIEPA'), 2023, {
				institution: organisation("'LATVIJAS REPUBLIKAS SAEIMA'", { kind: 'institution' })
			})
		]);
		expect(organisations.map((o) => o.id)).toEqual(['o-90000028300']);
	});

	it('joins nothing when two registered organisations share the name', () => {
		const { organisations } = resolve([
			register('Zaļā partija', '40008000001'),
			register('ZAĻĀ PARTIJA', '40008000002'),
			donation(null, 'Zaļā partija')
		]);
		expect(organisations).toHaveLength(3);
	});
});

describe('kindFromRegNo', () => {
	it.each([
		['90000028300', 'institution'],
		['40008303050', 'ngo'],
		['40103650077', 'company'],
		['50003000014', 'company'],
		['T1234567890', 'other'],
		[undefined, 'other']
	] as const)('reads %j as %s', (regNo, kind) => expect(kindFromRegNo(regNo)).toBe(kind));
});
