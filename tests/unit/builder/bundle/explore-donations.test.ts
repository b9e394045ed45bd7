// The explore file's donation columns as the builder lays them out from resolved data.
import { describe, expect, it } from 'vitest';
import { donationColumns } from '../../../../src/builder/bundle/explore-donations';
import type { ResolvedData } from '../../../../src/builder/resolve/resolve';
import { checkRecord } from '../../../../src/model/packed-file';
import { recordText } from '../../../../src/model/explore-donations';
import type { Confidence, Donation, Relation } from '../../../../src/model/types';

const person = (id: string, name: string) => ({
	id,
	name,
	otherNames: [],
	maskedCodes: [],
	sources: []
});
const org = (id: string, name: string, kind: 'party' | 'company') => ({
	id,
	name,
	otherNames: [],
	kind,
	sources: []
});
const gift = (id: string, extra: Partial<Donation>): Donation => ({
	id,
	donorName: 'ANONĪMS',
	party: 'o-a',
	partyName: 'PARTIJA A (as published)',
	date: '2022-05-01',
	amount: { cents: 1_000, currency: 'EUR' },
	kind: 'money',
	isRefund: false,
	flags: [],
	source: { dataset: 'a1', record: `a1.csv:${id.slice(2)}` },
	...extra
});
const relation = (
	id: string,
	from: string,
	to: string,
	kind: Relation['kind'],
	confidence: Confidence,
	facts: string[] = []
): Relation => ({ id, from, to, kind, confidence, evidence: [], facts });

const data: ResolvedData = {
	people: [person('p-anna', 'Anna Liepa'), person('p-namesake', 'Ivars Ozars')],
	organisations: [org('o-a', 'Partija A', 'party'), org('o-koks', 'SIA Koks', 'company')],
	declarations: [],
	taxTotals: [],
	donations: [
		gift('d-3', { donor: 'p-anna', donorName: 'Anna Liepa', date: '2023-01-02' }),
		gift('d-2', { donor: 'p-anna', donorName: 'ANNA LIEPA', date: '2022' }),
		gift('d-4', { donor: 'p-namesake', donorName: 'Ivars Ozars' }),
		gift('d-5', {
			donor: 'o-koks',
			donorName: 'SIA Koks',
			source: { dataset: 'api', record: 'uuid-1' }
		}),
		gift('d-6', { amount: { cents: -500, currency: 'EUR' }, isRefund: true })
	],
	relations: [
		relation('r-1', 'p-anna', 'o-saeima', 'holds-post', 'probable'),
		relation('r-2', 'p-namesake', 'o-saeima', 'holds-post', 'possible'),
		relation('r-3', 'p-anna', 'o-a', 'donated-to', 'confirmed', ['d-3']),
		relation('r-4', 'p-anna', 'o-a', 'donated-to', 'possible', ['d-2'])
	]
};

describe('the explore donation columns', () => {
	const c = donationColumns(data);
	const ids = c.ids.split(' ').slice(0, -1);
	const row = (id: string) => ids.indexOf(id);
	const donorOf = (id: string) => c.donor[row(id)]!;

	it('files rows by date, then id, a year-only date first in its year', () => {
		expect(c.ids).toBe('d-2 d-4 d-5 d-6 d-3 ');
		expect(c.date).toEqual([20220000, 20220501, 20220501, 20220501, 20230102]);
		expect(checkRecord('explore', { donations: c, flags: [] })).toBeUndefined();
	});

	it('gives the same columns whatever order the donations come in', () => {
		const byId = [...data.donations].sort((a, b) => (a.id < b.id ? -1 : 1));
		for (const donations of [byId, [...byId].reverse()])
			expect(donationColumns({ ...data, donations })).toEqual(c);
	});

	it("names parties by their entity, and each row's record compactly", () => {
		expect(c.partyNames).toEqual(['Partija A']);
		expect(recordText(c, c.recordFile[row('d-3')]!, c.recordLine[row('d-3')]!)).toBe('a1.csv:3');
		expect(c.recordLine[row('d-5')]).toBe(0);
		expect(recordText(c, c.recordFile[row('d-5')]!, 0)).toBe('uuid-1');
		expect(c.datasets[c.recordDatasets[c.recordFile[row('d-5')]!]!]).toBe('api');
		expect(c.cents[row('d-6')]).toBe(-500);
		expect(c.refund[row('d-6')]).toBe(1);
	});

	it('marks office only for a confirmed or probable post, reached by a link that is not possible', () => {
		expect(c.donorOffice[donorOf('d-3')]).toBe(1);
		// The same person, but this gift's link to her is a possible namesake's.
		expect(c.donorOffice[donorOf('d-2')]).toBe(0);
		// A post held only possibly.
		expect(c.donorOffice[donorOf('d-4')]).toBe(0);
	});

	it('keeps each donor as published, with its kind', () => {
		const kindOf = (id: string) => c.donorKinds[c.donorKind[donorOf(id)]!];
		expect([kindOf('d-3'), kindOf('d-5'), kindOf('d-6')]).toEqual([
			'person',
			'organisation',
			'anonymous'
		]);
		expect(c.donorNames[donorOf('d-2')]).toBe('ANNA LIEPA');
		expect(c.donors[donorOf('d-6')]).toBe('');
	});
});
