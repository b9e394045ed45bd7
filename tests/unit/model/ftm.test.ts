import { describe, expect, it } from 'vitest';
import { donation, eur, factGroup, person, relation, sourceRef } from '../../fixtures/profiles';
import { anna, byId, company, exportOf, knab } from '../../fixtures/export-fixture';

describe('FtM export of entities', () => {
	it('maps a person, with first and last name only when the split is certain', () => {
		const register = sourceRef({ dataset: 'officers', record: 'officers.csv:2' });
		const people = [
			anna,
			person({ id: 'p-reg', name: 'Liepa Anna', sources: [register] }),
			person({ id: 'p-three', name: 'Anna Marija Liepa', sources: [knab] }),
			person({ id: 'p-one', name: 'Liepa', sources: [knab] })
		];
		const { out } = exportOf({ people }, []);
		expect(byId(out, 'p-anna')).toEqual({
			id: 'lv-plainview-p-anna',
			schema: 'Person',
			properties: {
				name: ['Anna Liepa'],
				birthDate: ['1971'],
				firstName: ['Anna'],
				lastName: ['Liepa'],
				sourceUrl: ['https://www.knab.gov.lv/lv/db/donations'],
				publisher: ['Korupcijas novēršanas un apkarošanas birojs']
			}
		});
		for (const id of ['p-reg', 'p-three', 'p-one']) {
			expect(byId(out, id)!.properties).not.toHaveProperty('firstName');
			expect(byId(out, id)!.properties).not.toHaveProperty('lastName');
		}
	});

	it.each([
		['o-party', 'Organization'],
		['o-saeima', 'PublicBody'],
		['o-40003000001', 'Company'],
		['o-ngo', 'Organization']
	])('maps organisation %s to %s', (id, schema) => {
		expect(byId(exportOf({}, []).out, id)!.schema).toBe(schema);
	});

	it('keeps the registration number, legal form and a lower-case country', () => {
		const { out } = exportOf({ organisations: [{ ...company, legalForm: 'SIA' }] }, []);
		expect(byId(out, 'o-40003000001')!.properties).toMatchObject({
			registrationNumber: ['40003000001'],
			legalForm: ['SIA'],
			country: ['lv']
		});
	});
});

describe('FtM export of donations', () => {
	it('makes a Payment from donor to party, with the amount in decimal and the record id', () => {
		const gift = donation({ donor: 'p-anna', party: 'o-party', partyName: 'Zaļā Partija' });
		const link = relation({ from: 'p-anna', to: 'o-party', kind: 'donated-to', facts: [gift.id] });
		const { out } = exportOf({}, [factGroup('p-anna', { donations: [gift], relations: [link] })]);
		expect(out.filter((e) => e.schema === 'Payment')).toEqual([
			{
				id: `lv-plainview-${gift.id}`,
				schema: 'Payment',
				properties: {
					payer: ['lv-plainview-p-anna'],
					beneficiary: ['lv-plainview-o-party'],
					date: ['2023-05-04'],
					amount: ['100.00'],
					currency: ['EUR'],
					purpose: ['donation (money)'],
					description: ['donor as published: ANNA LIEPA'],
					summary: ['confidence: confirmed; evidence: stated-in-source'],
					sourceUrl: ['https://example.lv/knab/2'],
					publisher: ['Korupcijas novēršanas un apkarošanas birojs'],
					recordId: ['donations.csv:2']
				}
			}
		]);
		// The donated-to relation is not a second entity: the payments are the link.
		expect(out).toHaveLength(5 + 1);
	});

	it('leaves the payer out of an anonymous donation and keeps the published name', () => {
		const gift = donation({
			party: 'o-party',
			partyName: 'Zaļā Partija',
			donorName: 'ANONĪMS',
			amount: eur(-2550),
			isRefund: true
		});
		const { out } = exportOf({}, [factGroup('o-party', { donations: [gift] })]);
		const payment = byId(out, gift.id)!;
		expect(payment.properties).not.toHaveProperty('payer');
		expect(payment.properties).toMatchObject({
			amount: ['-25.50'],
			description: ['donor as published: ANONĪMS'],
			summary: ['donor not identified (anonymous, or no entity in the source); refund']
		});
	});

	it('links the donor of a possible namesake only with --include-possible', () => {
		const gift = donation({ donor: 'p-anna', party: 'o-party', partyName: 'Zaļā Partija' });
		const link = relation({
			from: 'p-anna',
			to: 'o-party',
			kind: 'donated-to',
			confidence: 'possible',
			evidence: [{ rule: 'same-name-only', values: {}, sources: [knab] }],
			facts: [gift.id]
		});
		const groups = [factGroup('p-anna', { donations: [gift], relations: [link] })];
		expect(byId(exportOf({}, groups).out, gift.id)!.properties).not.toHaveProperty('payer');
		expect(byId(exportOf({}, groups, true).out, gift.id)!.properties).toMatchObject({
			payer: ['lv-plainview-p-anna'],
			summary: ['confidence: possible; evidence: same-name-only']
		});
	});
});
