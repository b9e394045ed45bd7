/**
 * The centre's neighbours from its profile alone: its relations, and for a hub party the donors
 * its donation summary names (largest and officials). Enough for depth 1 without the graph index.
 */
import type { FactGroup } from '../../model/bundle-format';
import type { EntityKind, Relation, RelationKind } from '../../model/types';
import type { Profile } from '../reads/profile';
import { edgeId, type DonorTotal } from './ego-network';
import type { GraphEdge, GraphNode, Neighbours } from './graph-types';

export interface ProfileNeighbours {
	centre: GraphNode;
	list: Neighbours;
	details: Map<string, Relation[]>;
	totals: Map<string, DonorTotal>;
	linked: Set<string>;
	unlistedKind: Map<string, RelationKind>;
}

/** Relations of a group grouped by edge id, in the group's order. */
export function relationsByEdge(relations: readonly Relation[]): Map<string, Relation[]> {
	const byEdge = new Map<string, Relation[]>();
	for (const relation of relations) {
		const id = edgeId(relation);
		byEdge.set(id, [...(byEdge.get(id) ?? []), relation]);
	}
	return byEdge;
}

// The other end's kind when the refs do not name it, from the relation's direction.
function guessKind(relation: Relation, centre: string): EntityKind {
	if (relation.kind === 'family' || relation.kind === 'namesake') return 'person';
	return relation.to === centre ? 'person' : 'company';
}

export function profileNeighbours(profile: Pick<Profile, 'entity' | 'kind' | 'group' | 'refs'>) {
	const id = profile.entity.id;
	const centre: GraphNode = { id, kind: profile.kind, name: profile.entity.name };
	return groupNeighbours(centre, profile.group, profile.refs);
}

export function groupNeighbours(
	centre: GraphNode,
	group: FactGroup,
	refs: ReadonlyMap<string, { name: string; kind: EntityKind }>
): ProfileNeighbours {
	const nodes = new Map<string, GraphNode>([[centre.id, centre]]);
	const edges: GraphEdge[] = [];
	const details = relationsByEdge(group.relations);
	const nameNode = (other: string, fallback: () => GraphNode) => {
		const ref = refs.get(other);
		if (!nodes.has(other)) nodes.set(other, ref ? { id: other, ...ref } : fallback());
	};
	for (const relations of details.values()) {
		const [first] = relations as [Relation];
		const other = first.from === centre.id ? first.to : first.from;
		nameNode(other, () => ({ id: other, name: other, kind: guessKind(first, centre.id) }));
		const confidence = relations.some((r) => r.confidence !== 'possible')
			? relations.some((r) => r.confidence === 'confirmed')
				? 'confirmed'
				: 'probable'
			: 'possible';
		edges.push({ from: first.from, to: first.to, kind: first.kind, confidence });
	}
	const totals = new Map<string, DonorTotal>();
	const linked = new Set<string>();
	const unlistedKind = new Map<string, RelationKind>();
	const summary = group.donationSummary;
	let unlisted = 0;
	if (summary) {
		const listed = new Set(edges.filter((e) => e.kind === 'donated-to').map((e) => e.from));
		const donors = [
			...summary.officialDonors.map((d) => ({ ...d, isOfficial: true })),
			...summary.topDonors.map((d) => ({
				...d,
				confidence: 'confirmed' as const,
				isOfficial: false
			}))
		];
		let added = 0;
		for (const donor of donors) {
			if (donor.id === undefined) continue;
			// Net of refunds: an edge's weight is what the donor gave and kept given.
			totals.set(donor.id, { count: donor.count, cents: donor.cents + donor.refundCents });
			if (donor.isOfficial) linked.add(donor.id);
			if (listed.has(donor.id)) continue;
			listed.add(donor.id);
			added++;
			nameNode(donor.id, () => ({ id: donor.id!, name: donor.name, kind: 'person' }));
			edges.push({
				from: donor.id,
				to: centre.id,
				kind: 'donated-to',
				confidence: donor.confidence
			});
		}
		// Fee payers are members: `member-of` edges, never weighted as donors.
		const members = new Set(edges.filter((e) => e.kind === 'member-of').map((e) => e.from));
		for (const payer of summary.topFeePayers) {
			if (payer.id === undefined || members.has(payer.id)) continue;
			members.add(payer.id);
			nameNode(payer.id, () => ({ id: payer.id!, name: payer.name, kind: 'person' }));
			edges.push({ from: payer.id, to: centre.id, kind: 'member-of', confidence: 'confirmed' });
		}
		unlistedKind.set(centre.id, 'donated-to');
		// Only unlisted donors are counted here (labelled so); the graph index counts members too.
		unlisted = Math.max(0, summary.relationsNotListed - added);
	}
	const total = edges.length + unlisted;
	return {
		centre,
		list: { total, edges, nodes: [...nodes.values()] },
		details,
		totals,
		linked,
		unlistedKind
	};
}
