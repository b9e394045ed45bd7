/**
 * Who is who. Sightings are clustered (clusters.ts), clusters linked on evidence
 * (link-people.ts), and every sighting gets a PersonLink saying how sure we are that it is
 * its person and why. Unmerged people of the same name as an official become namesakes:
 * shown apart, with the reason, never counted in the official's facts.
 */
import { displayName } from '../../model/fold-name';
import type { Confidence, Evidence, PartialDate, SourceRef } from '../../model/types';
import { buildClusters, type Cluster } from './clusters';
import { compareClusters, conflictOf } from './compare';
import { personId } from './ids';
import { linkClusters } from './link-people';
import { exact } from './exact';
import { addSource, count, type Tally } from './order';
import type { Overrides } from './overrides';
import { birthOf, type PersonSighting } from './sighting';
import { cited, firstSightings } from './witness';

export { birthOf, type PersonSighting } from './sighting';

/** How a mention was tied to a person entity, and why. */
export interface PersonLink {
	person: string;
	confidence: Confidence;
	evidence: Evidence[];
}

export interface PersonFacts {
	key: string;
	names: string[];
	/** Spellings in surname-first order: shown only when there is no other. */
	surnameFirstNames: string[];
	birthDates: (PartialDate | undefined)[];
	birthYears: (number | undefined)[];
	maskedCodes: string[];
	countries: (string | undefined)[];
	sources: SourceRef[];
}

export interface Namesake {
	from: string;
	to: string;
	reason: 'different-birth-date' | 'different-birth-year' | 'ambiguous' | 'name-only';
	evidence: Evidence;
}

/** The most namesakes listed for one official; enough to show, bounded for common names. */
const MAX_NAMESAKES = 20;
/** A deputies list and declarations are where public identities come from. */
const ANCHOR_ORDER: PersonSighting['context']['source'][] = [
	'list',
	'declaration',
	'register',
	'donation',
	'other'
];

/**
 * Each sighting's link, held per cluster (every sighting of a cluster shares it) so that a
 * link object is not kept per sighting: `clusterOf[i]` indexes `byCluster`. A link whose
 * evidence is empty stands for "stated in the source": its sighting's own name and row
 * (sightingLink).
 */
export interface SightingLinks {
	clusterOf: Int32Array;
	byCluster: PersonLink[];
}

export function clusterPeople(
	sightings: readonly PersonSighting[],
	overrides: Overrides = {}
): { people: Map<string, PersonFacts>; links: SightingLinks; namesakes: Namesake[] } {
	const clusters = buildClusters(sightings);
	const { rootOf, edges, people: merged } = linkClusters(clusters, sightings, overrides);

	const membersOf = new Map<string, Cluster[]>();
	for (const [key, root] of rootOf)
		membersOf.set(root, [...(membersOf.get(root) ?? []), clusters.get(key)!]);
	const anchorOf = new Map([...membersOf].map(([root, members]) => [root, anchor(members)]));
	const paths = pathsToAnchors(
		edges,
		[...anchorOf.values()].map((c) => c.key)
	);

	const people = new Map<string, PersonFacts>();
	const idOf = new Map<string, string>();
	for (const [root, members] of membersOf) {
		const facts = factsOf(
			members.flatMap((m) => m.sightings).sort((a, b) => a - b),
			sightings,
			anchorOf.get(root)!.key
		);
		const id = personId(namesToShow(facts)[0]!, facts.key);
		idOf.set(root, id);
		people.set(id, facts);
	}

	const links: SightingLinks = { clusterOf: new Int32Array(sightings.length), byCluster: [] };
	for (const [key, cluster] of clusters) {
		const root = rootOf.get(key)!;
		const isAnchor = anchorOf.get(root)!.key === key;
		// Only the links between this cluster and the anchor say why it is the anchor's person.
		const joined = isAnchor ? [] : (paths.get(key) ?? []);
		const manual = joined.length > 0 && joined.every((e) => e.rule === 'manual');
		const confidence: Confidence =
			isAnchor || joined.length === 0
				? cluster.internal.confidence
				: manual
					? 'confirmed'
					: 'probable';
		// Rows of one dataset merged on name and code (a donor's many KNAB rows) need no identity
		// evidence repeated on every relation; a merge across sources, or a probable one, says why.
		const datasets = new Set(cluster.sightings.map((i) => sightings[i]!.source.dataset));
		const isPlain = cluster.internal.confidence === 'confirmed' && datasets.size === 1;
		const anchorEvidence = isPlain ? [] : cluster.internal.evidence;
		const evidence = isAnchor ? anchorEvidence : [...cluster.internal.evidence, ...joined];
		for (const i of cluster.sightings) links.clusterOf[i] = links.byCluster.length;
		links.byCluster.push({
			person: idOf.get(root)!,
			confidence: min(confidence, cluster.internal.confidence),
			evidence
		});
	}
	return { people, links, namesakes: findNamesakes(merged, idOf, sightings) };
}

/** Each cluster's links to its person's anchor, along the tree of links that made the person. */
function pathsToAnchors(
	edges: readonly { a: string; b: string; evidence: Evidence[] }[],
	anchors: readonly string[]
): Map<string, Evidence[]> {
	const next = new Map<string, { to: string; evidence: Evidence[] }[]>();
	for (const { a, b, evidence } of edges) {
		next.set(a, [...(next.get(a) ?? []), { to: b, evidence }]);
		next.set(b, [...(next.get(b) ?? []), { to: a, evidence }]);
	}
	const path = new Map<string, Evidence[]>();
	for (const anchor of anchors) {
		path.set(anchor, []);
		const queue = [anchor];
		for (let i = 0; i < queue.length; i++) {
			const key = queue[i]!;
			for (const { to, evidence } of next.get(key) ?? []) {
				if (path.has(to)) continue;
				path.set(to, [...path.get(key)!, ...evidence]);
				queue.push(to);
			}
		}
	}
	return path;
}

/** Sighting i's link: its cluster's, or with no evidence there, the name and row it was stated in. */
export function sightingLink(
	links: SightingLinks,
	i: number,
	sighting: { mention: { name: string }; source: SourceRef }
): PersonLink {
	const link = links.byCluster[links.clusterOf[i]!]!;
	if (link.evidence.length > 0) return link;
	const values = { name: sighting.mention.name };
	return { ...link, evidence: [{ rule: 'stated-in-source', values, sources: [sighting.source] }] };
}

function anchor(members: readonly Cluster[]): Cluster {
	const rank = (c: Cluster) => Math.min(...[...c.kinds].map((k) => ANCHOR_ORDER.indexOf(k)));
	return [...members].sort((a, b) => rank(a) - rank(b) || (a.key < b.key ? -1 : 1))[0]!;
}

/**
 * What a person's sightings say, one entry per sighting. The lists are kept at their exact
 * length and repeated values as one string (a donor's code and birth date are read afresh
 * on each of their rows): all people's facts are held until they are finished.
 */
function factsOf(
	indices: readonly number[],
	sightings: readonly PersonSighting[],
	key: string
): PersonFacts {
	const names: string[] = [];
	const surnameFirstNames: string[] = [];
	const birthDates: (PartialDate | undefined)[] = [];
	const birthYears: (number | undefined)[] = [];
	const maskedCodes: string[] = [];
	const countries: (string | undefined)[] = [];
	const sources: SourceRef[] = [];
	const seen = new Map<string, string>();
	const once = <T extends string | undefined>(value: T): T => {
		if (value === undefined) return value;
		const found = seen.get(value);
		if (found !== undefined) return found as T;
		seen.set(value, value);
		return value;
	};
	for (const i of indices) {
		const sighting = sightings[i]!;
		const birth = birthOf(sighting);
		const name = once(displayName(sighting.mention.name));
		(sighting.mention.nameOrder === 'surname-first' ? surnameFirstNames : names).push(name);
		birthDates.push(once(birth.birthDate));
		birthYears.push(birth.birthYear);
		if (birth.maskedCode) maskedCodes.push(once(birth.maskedCode));
		countries.push(sighting.mention.country);
		addSource(sources, sighting.source, 20);
	}
	return {
		key,
		names: exact(names),
		surnameFirstNames: exact(surnameFirstNames),
		birthDates: exact(birthDates),
		birthYears: exact(birthYears),
		maskedCodes: exact(maskedCodes),
		countries: exact(countries),
		sources: exact(sources)
	};
}

function findNamesakes(
	people: ReadonlyMap<string, Cluster>,
	idOf: ReadonlyMap<string, string>,
	sightings: readonly PersonSighting[]
): Namesake[] {
	const byName = new Map<string, Cluster[]>();
	for (const person of people.values())
		byName.set(person.name, [...(byName.get(person.name) ?? []), person]);
	const namesakes: Namesake[] = [];
	for (const group of byName.values()) {
		if (group.length < 2) continue;
		group.sort((a, b) => (idOf.get(a.key)! < idOf.get(b.key)! ? -1 : 1));
		for (const official of group.filter((p) => p.kinds.has('list') || p.kinds.has('declaration'))) {
			const others = group.filter((p) => p !== official).slice(0, MAX_NAMESAKES);
			const fitOf = new Map(
				others.map((other) => [other, compareClusters(official, other, sightings).evidence[0]])
			);
			for (const other of others) {
				const conflict = conflictOf(official, other);
				const fit = conflict ? undefined : fitOf.get(other);
				const reason = conflict ?? (fit ? 'ambiguous' : 'name-only');
				// What fits (a birth year, a party) and how many fit alike: why none was merged.
				const alike = fit ? others.filter((o) => sameFit(fitOf.get(o), fit)).length : undefined;
				const { name: _name, ...fitValues } = fit?.values ?? {};
				namesakes.push({
					from: idOf.get(official.key)!,
					to: idOf.get(other.key)!,
					reason,
					evidence: cited(
						'same-name-only',
						{ reason, ...fitValues, ...(alike && { candidates: String(alike) }) },
						[...firstSightings(official, sightings, 2), ...firstSightings(other, sightings, 2)],
						'birth'
					)
				});
			}
		}
	}
	return namesakes;
}

function sameFit(a: Evidence | undefined, b: Evidence): boolean {
	return a?.rule === b.rule && JSON.stringify(a.values) === JSON.stringify(b.values);
}

const ORDER: Confidence[] = ['possible', 'probable', 'confirmed'];
function min(a: Confidence, b: Confidence): Confidence {
	return ORDER[Math.min(ORDER.indexOf(a), ORDER.indexOf(b))]!;
}

/**
 * The name to show: the most frequent spelling, preferring mixed case ("Jānis Bēldiņš")
 * over upper case and marks over none; ties broken alphabetically for determinism.
 */
export function preferredName(names: readonly string[]): string {
	const counts: Tally<string> = new Map();
	for (const name of names) count(counts, name);
	return preferredNameIn(counts);
}

/** preferredName of tallied spellings. */
export function preferredNameIn(counts: ReadonlyMap<string, number>): string {
	const score = (name: string) =>
		(name === name.toUpperCase() ? 0 : 2) + (/[^\u0020-\u007e]/.test(name) ? 1 : 0);
	return [...counts.entries()].sort(
		([a, ca], [b, cb]) => score(b) - score(a) || cb - ca || (a < b ? -1 : a > b ? 1 : 0)
	)[0]![0];
}

/** The name to show first, then the other spellings (surname-first ones last). */
export function namesToShow(facts: Pick<PersonFacts, 'names' | 'surnameFirstNames'>): string[] {
	const shown = preferredName(facts.names.length > 0 ? facts.names : facts.surnameFirstNames);
	const others = [...new Set([...facts.names, ...facts.surnameFirstNames])]
		.filter((n) => n !== shown)
		.sort();
	return [shown, ...others];
}
