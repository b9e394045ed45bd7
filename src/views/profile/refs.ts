/** Naming the other end of a fact from a profile's refs, with the published name as a fallback. */
import type { Profile } from '../../lib/reads/profile';
import type { EntityKind, EntityRef } from '../../model/types';

/**
 * The ref for `id`, or one built from the name the fact itself gives, so a link still shows
 * the name as published when the bundle did not list the entity.
 */
export function refOf(
	profile: Profile,
	id: string,
	fallbackName: string,
	fallbackKind: EntityKind
): EntityRef {
	if (id === profile.entity.id) return { id, name: profile.entity.name, kind: profile.kind };
	return profile.refs.get(id) ?? { id, name: fallbackName, kind: fallbackKind };
}

/** The other end of a relation, seen from the profile's entity. */
export function otherEnd(profile: Profile, relation: { from: string; to: string }): string {
	return relation.from === profile.entity.id ? relation.to : relation.from;
}

// Posts in institutions, councils and parties are shown as posts and memberships already.
const NOT_COMPANIES: ReadonlySet<EntityKind> = new Set(['institution', 'municipality', 'party']);

/** The linked companies a page lists: those that are not institutions, councils or parties. */
export function linkedCompanies(profile: Profile): Profile['companies'] {
	return profile.companies.filter((linked) => !NOT_COMPANIES.has(linked.company.kind));
}

let collator: Intl.Collator | undefined;

/**
 * Sorts by name the Latvian way (Č after C, Š after S), the same in both interface languages.
 * The collator is made on first use: loading its rules takes several ms, too long to spend
 * while the app starts on a page that sorts nothing.
 */
export function byName(a: string, b: string): number {
	collator ??= new Intl.Collator('lv', { sensitivity: 'base', numeric: true });
	return collator.compare(a, b);
}
