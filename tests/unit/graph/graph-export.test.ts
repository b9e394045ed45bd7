import { describe, expect, it } from 'vitest';
import { validateFtm } from '../../../src/builder/export/ftm-validate';
import { buildEgoNetwork } from '../../../src/lib/graph/ego-network';
import { ftmLines, graphFtm, graphJson } from '../../../src/lib/graph/graph-export';
import { layoutGraph } from '../../../src/lib/graph/layout';
import { profileNeighbours } from '../../../src/lib/graph/profile-neighbours';
import { RELATION_KINDS } from '../../../src/model/types';
import { partyProfile, personProfile } from '../../fixtures/profiles';

function graphOf(profile: ReturnType<typeof personProfile>, includePossible = false) {
	const found = profileNeighbours(profile);
	return buildEgoNetwork(
		{
			centre: found.centre,
			depth: 1,
			neighbours: new Map([[found.centre.id, found.list]]),
			details: found.details,
			totals: found.totals,
			unlistedKind: found.unlistedKind,
			hubLimit: 25
		},
		{ kinds: RELATION_KINDS, includePossible }
	);
}

describe('graphJson', () => {
	it('holds every node with its position and every edge with its relations’ evidence', () => {
		const graph = graphOf(personProfile());
		const positions = layoutGraph(graph.nodes, graph.edges);
		const json = graphJson(graph, positions, (id) => id);
		expect(json.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
		expect(json.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
		const sources = json.edges.flatMap((e) =>
			e.relations.flatMap((r) => r.evidence.flatMap((ev) => ev.sources))
		);
		expect(sources.length).toBeGreaterThan(0);
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});

	it('names an aggregate by its label and keeps its count', () => {
		const graph = graphOf(partyProfile());
		const json = graphJson(graph, new Map(), (id) => `label of ${id}`);
		const more = json.nodes.find((n) => n.kind === 'aggregate');
		expect(more?.name).toBe(`label of ${more?.id}`);
		expect(more?.aggregate?.count).toBeGreaterThan(0);
	});
});

describe('graphFtm', () => {
	it.each([
		['a person', personProfile()],
		['a hub party', partyProfile()]
	])('gives valid FollowTheMoney entities for %s, aggregates left out', (_, profile) => {
		const entities = graphFtm(graphOf(profile, true));
		expect(validateFtm(entities)).toEqual([]);
		expect(entities.some((e) => e.id.includes('more:'))).toBe(false);
		expect(ftmLines(entities).trim().split('\n')).toHaveLength(entities.length);
	});

	it('makes a hub donor’s total a Payment in EUR', () => {
		const entities = graphFtm(graphOf(partyProfile()));
		const payment = entities.find((e) => e.schema === 'Payment');
		expect(payment?.properties.amount).toEqual(['1500.50']);
		expect(payment?.properties.currency).toEqual(['EUR']);
	});
});
