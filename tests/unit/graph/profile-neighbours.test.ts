import { describe, expect, it } from 'vitest';
import { aggregateId, buildEgoNetwork } from '../../../src/lib/graph/ego-network';
import { profileNeighbours } from '../../../src/lib/graph/profile-neighbours';
import { RELATION_KINDS } from '../../../src/model/types';
import { ANNA, GREEN, partyProfile, personProfile } from '../../fixtures/profiles';

describe('profileNeighbours', () => {
	it('lists a person’s relations with their details, one edge per pair and kind', () => {
		const profile = personProfile();
		const { list, details, centre } = profileNeighbours(profile);
		expect(centre).toEqual({ id: ANNA.id, kind: 'person', name: ANNA.name });
		expect(list.total).toBe(list.edges.length);
		const kinds = new Set(profile.group.relations.map((r) => `${r.from}|${r.to}|${r.kind}`));
		expect(list.edges).toHaveLength(kinds.size);
		for (const edge of list.edges) {
			const relations = details.get(`${edge.from}|${edge.to}|${edge.kind}`) ?? [];
			expect(relations.length).toBeGreaterThan(0);
			const other = edge.from === ANNA.id ? edge.to : edge.from;
			expect(list.nodes.map((n) => n.id)).toContain(other);
		}
	});

	it('names a hub party’s top and official donors and counts the unlisted ones', () => {
		const { list, totals, linked, unlistedKind } = profileNeighbours(partyProfile());
		// Anna's membership is listed; her donations come from the summary; 610 donors are not listed.
		expect(list.edges.map((e) => `${e.from}|${e.kind}`).sort()).toEqual(
			[`${ANNA.id}|donated-to`, `${ANNA.id}|member-of`].sort()
		);
		expect(list.total).toBe(1 + 610);
		expect(totals.get(ANNA.id)).toEqual({ count: 4, cents: 150050 });
		expect(linked.has(ANNA.id)).toBe(true);
		expect(unlistedKind.get(GREEN.id)).toBe('donated-to');
	});

	it('makes the aggregate node "N other donors" for the rest of a hub', () => {
		const found = profileNeighbours(partyProfile());
		const graph = buildEgoNetwork(
			{
				centre: found.centre,
				depth: 1,
				neighbours: new Map([[GREEN.id, found.list]]),
				details: found.details,
				totals: found.totals,
				unlistedKind: found.unlistedKind,
				hubLimit: 25
			},
			{ kinds: RELATION_KINDS, includePossible: false }
		);
		expect(
			graph.nodes.find((n) => n.id === aggregateId(GREEN.id, 'donated-to'))?.aggregate
		).toEqual({
			hub: GREEN.id,
			count: 609,
			kind: 'donated-to'
		});
	});

	it('draws a hub’s fee payers as members, never as donors, and donors net of refunds', () => {
		const party = partyProfile();
		const summary = party.group.donationSummary!;
		const payer = {
			id: 'p-biedrs-1',
			name: 'Ilze Kalna',
			count: 12,
			cents: 6000,
			refunds: 0,
			refundCents: 0
		};
		const donor = { ...summary.topDonors[0]!, refunds: 1, refundCents: -50050 };
		const { list, totals } = profileNeighbours({
			...party,
			group: {
				...party.group,
				relations: [],
				donationSummary: { ...summary, topDonors: [donor], topFeePayers: [payer] }
			}
		});
		expect(list.edges.filter((e) => e.from === payer.id).map((e) => e.kind)).toEqual(['member-of']);
		expect(totals.has(payer.id)).toBe(false);
		expect(totals.get(ANNA.id)).toEqual({ count: 4, cents: 100000 });
	});
});
