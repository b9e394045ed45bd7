/**
 * Links clusters that share a folded name into people, on evidence, failing closed:
 * a conflicting birth date or year never merges, and a link is made only when neither
 * side has a *rival*: another candidate of the same name that also fits and conflicts
 * with the other side. Two namesakes born the same year therefore leave a deputy unmerged.
 * Rounds repeat because a merge adds facts (a birth date) that decide later links.
 */
import type { Evidence } from '../../model/types';
import { addSighting, type Cluster } from './clusters';
import { compareClusters, conflictOf } from './compare';
import { pairMatches, type Overrides } from './overrides';
import type { PersonSighting } from './sighting';

export interface Linked {
	/** Initial cluster key → the key of its person's root cluster. */
	rootOf: Map<string, string>;
	/** Root key → the evidence of every link that made the person. */
	linkEvidence: Map<string, Evidence[]>;
	/** Every link made, between the two root keys it joined: a tree over each person's clusters. */
	edges: { a: string; b: string; evidence: Evidence[] }[];
	/** Root key → the merged cluster. */
	people: Map<string, Cluster>;
}

const MAX_ROUNDS = 8;

export function linkClusters(
	clusters: ReadonlyMap<string, Cluster>,
	sightings: readonly PersonSighting[],
	overrides: Overrides = {}
): Linked {
	const parent = new Map([...clusters.keys()].map((k) => [k, k]));
	const find = (k: string): string => {
		let root = k;
		while (parent.get(root) !== root) root = parent.get(root)!;
		parent.set(k, root);
		return root;
	};
	// A cluster is copied only when something merges into it: the initial clusters stay as built.
	const people = new Map(clusters);
	const copied = new Set<string>();
	const linkEvidence = new Map<string, Evidence[]>();
	const edges: Linked['edges'] = [];
	const blocked = (a: Cluster, b: Cluster) =>
		(overrides.different ?? []).some((o) => pairMatches(o, a, b));
	// The edge joins the clusters that were compared (a, b), which need not be the roots.
	const union = (ra: string, rb: string, evidence: Evidence[], a = ra, b = rb) => {
		const [keep, drop] = [ra, rb].sort() as [string, string];
		parent.set(drop, keep);
		edges.push({ a, b, evidence });
		if (!copied.has(keep)) {
			people.set(keep, cloneCluster(people.get(keep)!));
			copied.add(keep);
		}
		const merged = people.get(keep)!;
		for (const i of people.get(drop)!.sightings) addSighting(merged, sightings[i]!, i);
		linkEvidence.set(keep, [
			...(linkEvidence.get(keep) ?? []),
			...(linkEvidence.get(drop) ?? []),
			...evidence
		]);
		people.delete(drop);
		linkEvidence.delete(drop);
	};

	for (const override of overrides.same ?? []) {
		const hits = [...people.values()].filter((c) =>
			[override.a, override.b].some((s) => pairMatches({ ...override, a: s, b: s }, c, c))
		);
		const [first, ...rest] = hits.map((c) => c.key).sort();
		for (const other of rest) {
			const [a, b] = [find(first!), find(other)];
			if (a !== b)
				union(a, b, [
					{
						rule: 'manual',
						values: { reason: override.reason, source: override.source },
						sources: []
					}
				]);
		}
	}

	for (let round = 0; round < MAX_ROUNDS; round++) {
		const accepted: { a: string; b: string; score: number; evidence: Evidence[] }[] = [];
		for (const group of byName(people)) {
			const candidates = new Map<
				string,
				{ other: Cluster; score: number; evidence: Evidence[] }[]
			>();
			for (let i = 0; i < group.length; i++) {
				for (let j = i + 1; j < group.length; j++) {
					const [a, b] = [group[i]!, group[j]!];
					// Two clusters that both carry a code can only be one person if their codes agree.
					if (a.fragments.size > 0 && b.fragments.size > 0) continue;
					if (blocked(a, b)) continue;
					const { conflict, evidence } = compareClusters(a, b, sightings);
					if (conflict || evidence.length === 0) continue;
					candidates.set(a.key, [
						...(candidates.get(a.key) ?? []),
						{ other: b, score: evidence.length, evidence }
					]);
					candidates.set(b.key, [
						...(candidates.get(b.key) ?? []),
						{ other: a, score: evidence.length, evidence }
					]);
				}
			}
			for (const [key, list] of candidates) {
				const self = people.get(key)!;
				for (const { other, score, evidence } of list) {
					if (key > other.key) continue; // each pair once
					const rivalOfSelf = list.some(
						(c) => c.other.key !== other.key && conflictOf(c.other, other)
					);
					const rivalOfOther = (candidates.get(other.key) ?? []).some(
						(c) => c.other.key !== key && conflictOf(c.other, self)
					);
					if (!rivalOfSelf && !rivalOfOther)
						accepted.push({ a: key, b: other.key, score, evidence });
				}
			}
		}
		if (accepted.length === 0) break;
		accepted.sort(
			(x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1)
		);
		let merged = 0;
		for (const { a, b, evidence } of accepted) {
			const [ra, rb] = [find(a), find(b)];
			if (ra === rb || conflictOf(people.get(ra)!, people.get(rb)!)) continue;
			union(ra, rb, evidence, a, b);
			merged++;
		}
		if (merged === 0) break;
	}
	const rootOf = new Map([...clusters.keys()].map((k) => [k, find(k)]));
	return { rootOf, linkEvidence, edges, people };
}

function byName(people: ReadonlyMap<string, Cluster>): Cluster[][] {
	const groups = new Map<string, Cluster[]>();
	for (const cluster of people.values())
		groups.set(cluster.name, [...(groups.get(cluster.name) ?? []), cluster]);
	return [...groups.values()]
		.filter((g) => g.length > 1)
		.map((g) => g.sort((a, b) => (a.key < b.key ? -1 : 1)));
}

function cloneCluster(c: Cluster): Cluster {
	return {
		...c,
		sightings: [...c.sightings],
		fragments: new Set(c.fragments),
		years: new Set(c.years),
		yys: new Set(c.yys),
		institutions: new Map(c.institutions),
		parties: new Map(c.parties),
		companies: new Set(c.companies),
		kinds: new Set(c.kinds)
	};
}
