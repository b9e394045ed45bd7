/**
 * Search queries as people type them, derived from real names in the bundle: one slip,
 * no diacritics, surname first, or only the start of the last word. Seeded, so every run
 * (and both the app and the naive page) types the same queries.
 */
import { nameKey } from '../../src/model/fold-name';
import { addTypo, pick, random, stripDiacritics, surnameFirst } from '../fixtures/search-fixtures';
import type { NamedEntity } from './bundle-names';

export type QueryVariant =
	'typo' | 'no-diacritics' | 'surname-first' | 'typo+no-diacritics' | 'prefix';

export interface BenchQuery {
	text: string;
	variant: QueryVariant;
	target: NamedEntity;
}

const PERSON_VARIANTS: QueryVariant[] = [
	'typo',
	'no-diacritics',
	'surname-first',
	'typo+no-diacritics',
	'prefix'
];
const ORG_VARIANTS: QueryVariant[] = ['typo', 'no-diacritics', 'typo+no-diacritics', 'prefix'];

/** A prefix is a guess in progress, so it cannot be held to "the intended one in the top 10". */
export const isScored = (query: BenchQuery) => query.variant !== 'prefix';

/** `count` queries, about four in five for people, the rest for organisations. */
export function deriveQueries(entities: readonly NamedEntity[], count: number, seed = 2026) {
	const next = random(seed);
	const people = entities.filter((e) => e.kind === 'person' && e.name.includes(' '));
	const orgs = entities.filter((e) => e.kind !== 'person' && e.name.length >= 4);
	const queries: BenchQuery[] = [];
	for (let i = 0; i < count; i++) {
		const isPerson = orgs.length === 0 || (people.length > 0 && next() < 0.8);
		const target = pick(next, isPerson ? people : orgs);
		const variant = pick(next, isPerson ? PERSON_VARIANTS : ORG_VARIANTS);
		const text = vary(next, isPerson ? target.name : plainOrgName(target.name), variant);
		queries.push({ text, variant, target });
	}
	return queries;
}

function vary(next: () => number, name: string, variant: QueryVariant): string {
	switch (variant) {
		case 'typo':
			return addTypo(next, name);
		case 'no-diacritics':
			return stripDiacritics(name).toLowerCase();
		case 'surname-first':
			return next() < 0.5 ? surnameFirst(name) : stripDiacritics(surnameFirst(name)).toLowerCase();
		case 'typo+no-diacritics':
			return addTypo(next, stripDiacritics(name).toLowerCase());
		case 'prefix': {
			// Whole words, then the first three or more letters of the last one.
			const words = stripDiacritics(name).toLowerCase().split(' ');
			const last = words.pop() ?? '';
			const cut = Math.min(last.length, 3 + Math.floor(next() * 3));
			return [...words, last.slice(0, cut)].join(' ');
		}
	}
}

/** What people type for a company: no legal form, no quotes ("SIA \"Daugavas Nami\"" → "Daugavas Nami"). */
function plainOrgName(name: string): string {
	const plain = name
		.replace(/["“”„«»']/g, '')
		.replace(/\b(SIA|AS|IK|ZS|biedrība|nodibinājums)\b/gu, '')
		.replace(/\s+/g, ' ')
		.trim();
	return plain.length >= 4 ? plain : name;
}

/**
 * Whether the top ids hold the intended entity, or a namesake with exactly the same name
 * (a query cannot tell two "Jānis Bēldiņš" apart; the profile page does).
 */
export function isFound(
	query: BenchQuery,
	topIds: readonly string[],
	byId: ReadonlyMap<string, NamedEntity>
): { isExact: boolean; isFound: boolean } {
	const isExact = topIds.includes(query.target.id);
	const key = nameKey(query.target.name);
	const isNamesake = topIds.some((id) => {
		const other = byId.get(id);
		return other !== undefined && nameKey(other.name) === key;
	});
	return { isExact, isFound: isExact || isNamesake };
}

/** A person whose name no one else has, so "searchable" can be checked by id. */
export function uniquePerson(entities: readonly NamedEntity[]): NamedEntity {
	const counts = new Map<string, number>();
	for (const e of entities) counts.set(nameKey(e.name), (counts.get(nameKey(e.name)) ?? 0) + 1);
	const people = entities.filter((e) => e.kind === 'person' && counts.get(nameKey(e.name)) === 1);
	const chosen = people[Math.floor(people.length / 2)] ?? entities[0];
	if (!chosen) throw new Error('the bundle has no entities to search for');
	return chosen;
}

/** Up to `perKind` random entities of each kind, for the profile timings. */
export function pickProfiles(
	entities: readonly NamedEntity[],
	perKind: Record<string, number>,
	seed = 7
): NamedEntity[] {
	const next = random(seed);
	return Object.entries(perKind).flatMap(([kind, count]) => {
		const pool = entities.filter((e) => e.kind === kind);
		const chosen = new Set<NamedEntity>();
		for (let tries = 0; chosen.size < Math.min(count, pool.length) && tries < count * 20; tries++)
			chosen.add(pick(next, pool));
		return [...chosen];
	});
}
