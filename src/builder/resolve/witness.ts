/**
 * Identity evidence that cites the records holding what matched, each with what it says as
 * published (the name as printed, the code, the party): never a folded match key, and never a
 * record that does not hold the value.
 */
import type { Evidence, EvidenceRule } from '../../model/types';
import type { Cluster } from './clusters';
import { compareSources } from './order';
import { birthOf, type PersonSighting } from './sighting';

/** Which of a record's values an evidence rule rests on, besides the name. */
export type About = 'birth' | 'institution' | 'party' | 'company';

export function publishedBy(
	sighting: PersonSighting,
	about: About,
	key?: string
): Record<string, string> {
	const { mention, context } = sighting;
	const values: Record<string, string> = { name: mention.name };
	if (about === 'birth') {
		if (mention.maskedCode) values.code = mention.maskedCode;
		if (mention.birthDate) values.birthDate = mention.birthDate;
		if (mention.birthYear !== undefined) values.birthYear = String(mention.birthYear);
	} else if (about === 'institution' && context.institution) {
		values.institution = context.institution.name;
	} else if (about === 'party') {
		const party = context.parties?.find((p) => p.key === key) ?? context.parties?.[0];
		if (party) values.party = party.name;
	} else if (about === 'company' && key) {
		values.company = key;
	}
	return values;
}

/** The cluster's first sighting in source order that holds the value: the same whatever the row order. */
export function witnessIn(
	cluster: Cluster,
	sightings: readonly PersonSighting[],
	holds: (sighting: PersonSighting) => boolean
): PersonSighting | undefined {
	let best: PersonSighting | undefined;
	for (const i of cluster.sightings) {
		const sighting = sightings[i]!;
		if (!holds(sighting)) continue;
		if (!best || compareSources(sighting.source, best.source) < 0) best = sighting;
	}
	return best;
}

/** The cluster's first `max` sightings of distinct records, in source order. */
export function firstSightings(
	cluster: Cluster,
	sightings: readonly PersonSighting[],
	max: number
): PersonSighting[] {
	const list = cluster.sightings.map((i) => sightings[i]!);
	list.sort((a, b) => compareSources(a.source, b.source));
	const seen = new Set<string>();
	const first: PersonSighting[] = [];
	for (const sighting of list) {
		const id = `${sighting.source.dataset}\u0000${sighting.source.record}`;
		if (seen.has(id)) continue;
		seen.add(id);
		first.push(sighting);
		if (first.length === max) break;
	}
	return first;
}

/** Evidence citing these sightings' records, each with its published values, in source order. */
export function cited(
	rule: EvidenceRule,
	values: Record<string, string>,
	witnesses: readonly (PersonSighting | undefined)[],
	about: About,
	key?: string
): Evidence {
	// A company is cited at the row that names it, which in a flattened extract is not the first.
	const rowOf = (w: PersonSighting) =>
		(about === 'company' && key && w.context.companyRows?.[key]) || w.source;
	const list = witnesses
		.filter((w): w is PersonSighting => w !== undefined)
		.map((w) => ({ source: rowOf(w), published: publishedBy(w, about, key) }))
		.sort((a, b) => compareSources(a.source, b.source))
		.filter((w, i, all) => i === 0 || compareSources(w.source, all[i - 1]!.source) !== 0);
	return {
		rule,
		values,
		sources: list.map((w) => w.source),
		published: list.map((w) => w.published)
	};
}

/** Does the record give this birth year (a list's year, a decided date, or a code's two digits)? */
export function givesYear(sighting: PersonSighting, year: number): boolean {
	const birth = birthOf(sighting);
	if (birth.birthYear === year) return true;
	return birth.fragment?.slice(4, 6) === String(year % 100).padStart(2, '0');
}
