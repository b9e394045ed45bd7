/**
 * Who is who, first version: people merge only on the same folded name together with the
 * same birth date (a full date field, or the DDMMYY part of a masked personal code).
 * Anything less stays a separate person. The evidence-based resolver (issue #4) replaces
 * `clusterPeople`; the rest of the pipeline only sees `PersonLink`s.
 */
import { displayName, nameKey } from '../../model/fold-name';
import { birthDateFromFragment, readPersonalCode } from '../../model/personal-code';
import type { Confidence, Evidence, PartialDate, SourceRef } from '../../model/types';
import type { PersonMention } from '../source-records';
import { personId } from './ids';
import { addSource, mostCommon } from './order';

/** One mention of a person in one source record, with what it says about them. */
export interface PersonSighting {
	mention: PersonMention;
	source: SourceRef;
	/** Year of the record, to place a code's DDMMYY in a century. */
	recordYear?: number;
}

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
	/** DDMMYY, when a code or a birth date gives one. */
	fragment?: string;
	birthDates: (PartialDate | undefined)[];
	birthYears: (number | undefined)[];
	maskedCodes: string[];
	countries: (string | undefined)[];
	sources: SourceRef[];
}

/** What a mention says about birth: the DDMMYY fragment and, when decidable, the full date. */
export function birthOf(sighting: PersonSighting): {
	fragment?: string;
	birthDate?: PartialDate;
	birthYear?: number;
	maskedCode?: string;
} {
	const { mention, recordYear } = sighting;
	if (mention.birthDate) {
		const [y, m, d] = mention.birthDate.split('-');
		const fragment = y && m && d ? `${d}${m}${y.slice(2)}` : undefined;
		return { fragment, birthDate: mention.birthDate, birthYear: Number(y) };
	}
	const code = readPersonalCode(mention.maskedCode);
	if (code.kind === 'personal') {
		const birthDate = recordYear ? birthDateFromFragment(code.fragment, recordYear) : undefined;
		return {
			fragment: code.fragment,
			birthDate,
			birthYear: birthDate ? Number(birthDate.slice(0, 4)) : mention.birthYear,
			maskedCode: mention.maskedCode
		};
	}
	const maskedCode =
		code.kind === 'foreign' || code.kind === 'no-birth-date' ? mention.maskedCode : undefined;
	return { birthYear: mention.birthYear, maskedCode };
}

/** The match key of a sighting; sightings with equal keys are one person. */
export function sightingKey(sighting: PersonSighting): {
	key: string;
	rule?: 'same-name-birth-date';
} {
	const name = nameKey(sighting.mention.name);
	const { fragment } = birthOf(sighting);
	if (fragment) return { key: `${name}|${fragment}`, rule: 'same-name-birth-date' };
	// No birth date: kept apart per source record. Merging on less is #4's evidence resolver.
	return { key: `${name}|record:${sighting.source.dataset}:${sighting.source.record}` };
}

export function clusterPeople(sightings: readonly PersonSighting[]): {
	people: Map<string, PersonFacts>;
	links: PersonLink[];
} {
	const people = new Map<string, PersonFacts>();
	const keys = sightings.map((sighting) => sightingKey(sighting));
	sightings.forEach((sighting, i) => {
		const { key } = keys[i]!;
		const birth = birthOf(sighting);
		const code = readPersonalCode(birth.maskedCode);
		let facts = people.get(key);
		if (!facts) {
			facts = {
				key,
				names: [],
				surnameFirstNames: [],
				birthDates: [],
				birthYears: [],
				maskedCodes: [],
				countries: [],
				sources: [],
				fragment: birth.fragment
			};
			people.set(key, facts);
		}
		const name = displayName(sighting.mention.name);
		(sighting.mention.nameOrder === 'surname-first' ? facts.surnameFirstNames : facts.names).push(
			name
		);
		facts.birthDates.push(birth.birthDate);
		facts.birthYears.push(birth.birthYear);
		// Stored in one masking style so the two published styles do not look like two codes.
		if (birth.maskedCode) facts.maskedCodes.push('masked' in code ? code.masked : birth.maskedCode);
		facts.countries.push(sighting.mention.country);
		addSource(facts.sources, sighting.source, 20);
	});
	const ids = new Map(
		[...people].map(([key, facts]) => [key, personId(namesToShow(facts)[0]!, key)])
	);
	const counts = new Map<string, number>();
	for (const { key } of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
	const links = sightings.map((sighting, i): PersonLink => {
		const { key, rule } = keys[i]!;
		const facts = people.get(key)!;
		const evidence: Evidence[] =
			rule && (counts.get(key) ?? 0) > 1
				? [
						{
							rule,
							values: {
								name: nameKey(sighting.mention.name),
								birthDate: mostCommon(facts.birthDates) ?? facts.fragment ?? ''
							},
							sources: [sighting.source]
						}
					]
				: [
						{
							rule: 'stated-in-source',
							values: { name: sighting.mention.name },
							sources: [sighting.source]
						}
					];
		return { person: ids.get(key)!, confidence: 'confirmed', evidence };
	});
	return { people: new Map([...people].map(([key, facts]) => [ids.get(key)!, facts])), links };
}

/**
 * The name to show: the most frequent spelling, preferring mixed case ("Jānis Bērziņš")
 * over upper case and marks over none; ties broken alphabetically for determinism.
 */
export function preferredName(names: readonly string[]): string {
	const counts = new Map<string, number>();
	for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
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
