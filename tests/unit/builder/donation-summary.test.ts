import { describe, expect, it } from 'vitest';
import { entityRefs } from '../../../src/builder/bundle/group-facts';
import { summariseDonations } from '../../../src/builder/bundle/donation-summary';
import { resolve } from '../../../src/builder/resolve/resolve';
import type { SourceRecord } from '../../../src/builder/source-records';
import { donation, organisation, person, post } from '../../fixtures/records';

describe('summariseDonations', () => {
	const deputy = person('Bērziņš, Jānis', { birthYear: 1971, party: 'Zaļā partija' });
	const records: SourceRecord[] = [
		post(deputy),
		post(deputy, {
			relation: 'member-of',
			organisation: organisation('Zaļā partija', { kind: 'party' }),
			role: 'biedrs'
		}),
		donation(person('Jānis Bērziņš', { maskedCode: '180471-*****' }), 'Zaļā partija', {
			date: '2022-03-15',
			amount: { cents: 60000, currency: 'EUR' }
		}),
		donation(person('Jānis Bērziņš', { maskedCode: '150385-*****' }), 'Zaļā partija', {
			date: '2022-05-20',
			amount: { cents: 100000, currency: 'EUR' }
		}),
		donation(person('Anna Liepa', { maskedCode: '020471-*****' }), 'Zaļā partija', {
			date: '2023-01-20',
			amount: { cents: -2500, currency: 'EUR' },
			isRefund: true
		}),
		donation(null, 'Zaļā partija', { date: '2023-02-01', amount: { cents: 1000, currency: 'EUR' } })
	];
	const data = resolve(records);
	const [summary] = [...summariseDonations(data, entityRefs(data)).values()];

	it('sums per year and kind, with refunds and anonymous gifts apart', () => {
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
				count: 2,
				cents: -1500,
				refunds: 1,
				refundCents: -2500
			}
		]);
		expect(summary!.anonymous).toEqual({ count: 1, cents: 1000 });
		expect(summary!.refunds).toHaveLength(1);
		expect(summary!.donors).toBe(3);
	});

	it('counts an official’s gifts only through an asserted link, never a namesake’s', () => {
		expect(summary!.officialDonors).toEqual([
			expect.objectContaining({
				name: 'Jānis Bērziņš',
				cents: 60000,
				count: 1,
				confidence: 'probable'
			})
		]);
		// The namesake born in 1985 gave more, and is a top donor, but not an official.
		expect(summary!.topDonors[0]).toMatchObject({ name: 'Jānis Bērziņš', cents: 100000 });
		expect(summary!.topDonors[0]!.id).not.toBe(summary!.officialDonors[0]!.id);
	});
});
