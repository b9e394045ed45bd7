/**
 * Initial clusters of person sightings, and what each cluster says about its person.
 * Only the strongest evidence merges here: the same name with the same birth date
 * (confirmed), one deputies-list row per name and birth year, and declarations of one
 * name at one institution. Everything else starts on its own.
 */
import { nameKey } from '../../model/fold-name';
import type { Confidence, Evidence } from '../../model/types';
import { birthOf, type PersonSighting } from './sighting';
import { cited, firstSightings } from './witness';

export interface Cluster {
	key: string;
	name: string;
	sightings: number[];
	fragments: Set<string>;
	/** Birth years known for certain: a list's year or a decided birth date. */
	years: Set<number>;
	/** Two-digit years from code fragments whose century is masked. */
	yys: Set<string>;
	institutions: Map<string, string>;
	parties: Map<string, string>;
	companies: Set<string>;
	kinds: Set<PersonSighting['context']['source']>;
	internal: { confidence: Confidence; evidence: Evidence[] };
}

export function initialKey(sighting: PersonSighting): string {
	const name = nameKey(sighting.mention.name);
	const { fragment } = birthOf(sighting);
	const { context, source, mention } = sighting;
	if (fragment) return `${name}|b:${fragment}`;
	if (context.source === 'list')
		return `${name}|y:${mention.birthYear ?? '?'}|list:${source.dataset}`;
	if (context.source === 'declaration' && context.institution)
		return `${name}|i:${context.institution.key}`;
	return `${name}|r:${source.dataset}:${source.record}`;
}

export function buildClusters(sightings: readonly PersonSighting[]): Map<string, Cluster> {
	const clusters = new Map<string, Cluster>();
	sightings.forEach((sighting, index) => {
		const key = initialKey(sighting);
		let cluster = clusters.get(key);
		if (!cluster) {
			cluster = emptyCluster(key, nameKey(sighting.mention.name));
			clusters.set(key, cluster);
		}
		addSighting(cluster, sighting, index);
	});
	for (const cluster of clusters.values()) cluster.internal = internalEvidence(cluster, sightings);
	return clusters;
}

/**
 * The empty sets and maps every new cluster starts with, shared: most clusters are one
 * sighting with no fragment, party or company, and an empty Set or Map of its own for each
 * would cost more than the cluster. addSighting, the only writer, gives a cluster its own
 * collection before it adds to it.
 */
const NONE = { set: new Set<never>(), map: new Map<never, never>() };
type SetField = 'fragments' | 'years' | 'yys' | 'companies' | 'kinds';
type MapField = 'institutions' | 'parties';

function emptyCluster(key: string, name: string): Cluster {
	return {
		key,
		name,
		sightings: [],
		fragments: NONE.set,
		years: NONE.set,
		yys: NONE.set,
		institutions: NONE.map,
		parties: NONE.map,
		companies: NONE.set,
		kinds: NONE.set,
		internal: { confidence: 'confirmed', evidence: [] }
	};
}

function ownSet<F extends SetField>(cluster: Cluster, field: F): Cluster[F] {
	if (cluster[field] === NONE.set) cluster[field] = new Set() as Cluster[F];
	return cluster[field];
}

function ownMap(cluster: Cluster, field: MapField): Map<string, string> {
	if (cluster[field] === NONE.map) cluster[field] = new Map();
	return cluster[field];
}

export function addSighting(cluster: Cluster, sighting: PersonSighting, index: number): void {
	const birth = birthOf(sighting);
	const { context, mention } = sighting;
	// A literal of one: pushing onto [] reserves room for seventeen.
	if (cluster.sightings.length === 0) cluster.sightings = [index];
	else cluster.sightings.push(index);
	if (birth.fragment) {
		ownSet(cluster, 'fragments').add(birth.fragment);
		ownSet(cluster, 'yys').add(birth.fragment.slice(4, 6));
	}
	if (birth.birthDate) ownSet(cluster, 'years').add(Number(birth.birthDate.slice(0, 4)));
	else if (!birth.fragment && mention.birthYear) ownSet(cluster, 'years').add(mention.birthYear);
	for (const institution of [context.institution, ...(context.alsoInstitutions ?? [])])
		if (institution) ownMap(cluster, 'institutions').set(institution.key, institution.name);
	for (const party of context.parties ?? []) ownMap(cluster, 'parties').set(party.key, party.name);
	for (const company of context.companies ?? []) ownSet(cluster, 'companies').add(company);
	ownSet(cluster, 'kinds').add(context.source);
}

/** Why the sightings of one initial cluster are one person. */
function internalEvidence(
	cluster: Cluster,
	sightings: readonly PersonSighting[]
): Cluster['internal'] {
	if (cluster.sightings.length < 2) return { confidence: 'confirmed', evidence: [] };
	const witnesses = firstSightings(cluster, sightings, 3);
	if (cluster.fragments.size === 1) {
		const [fragment] = cluster.fragments;
		const years = [...cluster.years];
		const birthDate =
			years.length === 1
				? `${years[0]}-${fragment!.slice(2, 4)}-${fragment!.slice(0, 2)}`
				: fragment!;
		return {
			confidence: 'confirmed',
			evidence: [cited('same-name-birth-date', { birthDate }, witnesses, 'birth')]
		};
	}
	if (cluster.kinds.has('declaration') && cluster.institutions.size > 0) {
		const [institution] = cluster.institutions.values();
		return {
			confidence: 'probable',
			evidence: [
				cited('same-name-context', { institution: institution! }, witnesses, 'institution')
			]
		};
	}
	return { confidence: 'confirmed', evidence: [] };
}
