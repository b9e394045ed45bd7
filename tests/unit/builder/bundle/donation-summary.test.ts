import { describe, expect, it } from 'vitest';
import { entityRefs } from '../../../../src/builder/bundle/group-facts';
import { summariseDonations } from '../../../../src/builder/bundle/donation-summary';
import { searchDocs } from '../../../../src/builder/bundle/search-docs';
import { resolve } from '../../../../src/builder/resolve/resolve';
import type { SourceRecord } from '../../../../src/builder/sources/source-records';
import { donation, organisation, person, post } from '../../../fixtures/records';

describe('summariseDonations', () => {
	const deputy = person('Bēldiņš, Jānis', { birthYear: 1971, party: 'Zaļā partija' });
	const records: SourceRecord[] = [
		post(deputy),
		post(deputy, {
			relation: 'member-of',
			organisation: organisation('Zaļā partija', { kind: 'party' }),
			role: 'biedrs'
		}),
		donation(person('Jānis Bēldiņš', { maskedCode: '190471-*****' }), 'Zaļā partija', {
			date: '2022-03-15',
			amount: { cents: 60000, currency: 'EUR' }
		}),
		donation(person('Jānis Bēldiņš', { maskedCode: '150385-*****' }), 'Zaļā partija', {
			date: '2022-05-20',
			amount: { cents: 100000, currency: 'EUR' }
		}),
		donation(person('Anna Liepa', { maskedCode: '110471-*****' }), 'Zaļā partija', {
			date: '2023-01-20',
			amount: { cents: -2500, currency: 'EUR' },
			isRefund: true
		}),
		donation(null, 'Zaļā partija', { date: '2023-02-01', amount: { cents: 1000, currency: 'EUR' } })
	];
	const data = resolve(records);
	const [summary] = [...summariseDonations(data, entityRefs(data)).values()];

	it('sums per year and kind, gifts and refunds apart, anonymous gifts apart', () => {
		expect(summary!.byYear).toEqual([
			{
				year: 2022,
				kind: 'money',
				currency: 'EUR',
				count: 2,
				cents: 160000,
				refunds: 0,
				refundCents: 0
			},
			{
				year: 2023,
				kind: 'money',
				currency: 'EUR',
				count: 1,
				cents: 1000,
				refunds: 1,
				refundCents: -2500
			}
		]);
		expect(summary!.anonymous).toEqual({ count: 1, cents: 1000, refunds: 0, refundCents: 0 });
		expect(summary!.refunds).toHaveLength(1);
		expect(summary!.donors).toBe(3);
	});

	it('sums per month as well, for the timeline, refunds netted in their month', () => {
		expect(summary!.byMonth).toEqual([
			{ month: '2022-03', kind: 'money', currency: 'EUR', count: 1, cents: 60000 },
			{ month: '2022-05', kind: 'money', currency: 'EUR', count: 1, cents: 100000 },
			{ month: '2023-01', kind: 'money', currency: 'EUR', count: 1, cents: -2500 },
			{ month: '2023-02', kind: 'money', currency: 'EUR', count: 1, cents: 1000 }
		]);
	});

	it('leaves a donation dated to the year only out of the months, not out of the year', () => {
		const dated = resolve([
			donation(person('Anna Liepa'), 'Zaļā partija', { date: '2021' }),
			donation(person('Anna Liepa'), 'Zaļā partija', { date: '2021-07-04' })
		]);
		const [only] = [...summariseDonations(dated, entityRefs(dated)).values()];
		expect(only!.byYear[0]).toMatchObject({ year: 2021, count: 2 });
		expect(only!.byMonth).toEqual([
			{ month: '2021-07', kind: 'money', currency: 'EUR', count: 1, cents: 50000 }
		]);
	});

	it('counts an official’s gifts only through an asserted link, never a namesake’s', () => {
		expect(summary!.officialDonors).toEqual([
			expect.objectContaining({
				name: 'Jānis Bēldiņš',
				cents: 60000,
				count: 1,
				confidence: 'probable'
			})
		]);
		// The namesake born in 1985 gave more, and is a top donor, but not an official.
		expect(summary!.topDonors[0]).toMatchObject({ name: 'Jānis Bēldiņš', cents: 100000 });
		expect(summary!.topDonors[0]!.id).not.toBe(summary!.officialDonors[0]!.id);
	});

	describe('fees', () => {
		const member = person('Ilze Kalna', { maskedCode: '020380-*****' });
		const feeData = resolve([
			donation(member, 'Zaļā partija', {
				date: '2023-01-05',
				amount: { cents: 9000, currency: 'EUR' }
			}),
			...['2023-02-01', '2023-03-01', '2023-04-01'].map((date) =>
				donation(member, 'Zaļā partija', {
					date,
					kind: 'membership-fee',
					amount: { cents: 500, currency: 'EUR' }
				})
			),
			donation(member, 'Zaļā partija', {
				date: '2023-05-01',
				kind: 'membership-fee',
				amount: { cents: -500, currency: 'EUR' },
				isRefund: true
			}),
			donation(person('Otrs Biedrs', { maskedCode: '040480-*****' }), 'Zaļā partija', {
				kind: 'entry-fee',
				amount: { cents: 200, currency: 'EUR' }
			})
		]);
		const [fees] = [...summariseDonations(feeData, entityRefs(feeData)).values()];

		it('keeps a payer’s fees out of the donor tables and in the fee payers’', () => {
			expect(fees!.donors).toBe(1);
			expect(fees!.topDonors).toEqual([
				expect.objectContaining({ name: 'Ilze Kalna', count: 1, cents: 9000, refunds: 0 })
			]);
			expect(fees!.feePayers).toBe(2);
			expect(fees!.topFeePayers[0]).toMatchObject({
				name: 'Ilze Kalna',
				count: 3,
				cents: 1500,
				refunds: 1,
				refundCents: -500
			});
		});

		it('sums fees per kind, never under a donation kind', () => {
			expect(fees!.byYear.map((r) => [r.kind, r.count, r.cents, r.refunds])).toEqual([
				['entry-fee', 1, 200, 0],
				['membership-fee', 3, 1500, 1],
				['money', 1, 9000, 0]
			]);
		});

		it('names a fee payer a member of the party in search, not a donor', () => {
			const docs = searchDocs(feeData);
			const onlyFees = docs.find((d) => d.name === 'Otrs Biedrs')!;
			expect(onlyFees.parties).toEqual(['Zaļā partija']);
			expect(onlyFees.roles).not.toContain('donor');
			expect(docs.find((d) => d.name === 'Ilze Kalna')!.roles).toContain('donor');
		});

		it('makes a fee a member-of link (role biedrs), a donation a donated-to link', () => {
			const links = feeData.relations.filter((r) => r.kind !== 'namesake');
			expect(links.map((r) => [r.kind, r.role, r.amount?.cents, r.facts.length]).sort()).toEqual([
				['donated-to', undefined, 9000, 1],
				['member-of', 'biedrs', 1000, 4],
				['member-of', 'biedrs', 200, 1]
			]);
		});
	});
});
