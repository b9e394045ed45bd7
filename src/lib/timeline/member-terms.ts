/** A party's members and their posts, for the party's timeline (pure; the reading is in member-terms.svelte.ts). */
import type { FactGroup } from '../../model/bundle-format';
import type { EntityRef, Relation } from '../../model/types';
import type { Profile } from '../reads/profile';

/** Members by asserted `member-of` links only: a possible namesake is never counted a member. */
export function partyMembers(profile: Profile): string[] {
	const id = profile.entity.id;
	const members = profile.group.relations.filter(
		(r) => r.kind === 'member-of' && r.to === id && r.from !== id && r.confidence !== 'possible'
	);
	return [...new Set(members.map((r) => r.from))].sort();
}

/**
 * Each member's own posts, from the member's group (relations are listed under both ends),
 * with the refs that name the institutions.
 */
export function termsOf(
	members: readonly string[],
	groups: readonly (FactGroup | undefined)[]
): { terms: Relation[]; refs: EntityRef[] } {
	const wanted = new Set(members);
	const terms = new Map<string, Relation>();
	const refs = new Map<string, EntityRef>();
	for (const group of groups) {
		for (const r of group?.relations ?? []) {
			if (r.kind === 'holds-post' && wanted.has(r.from)) terms.set(r.id, r);
		}
		for (const ref of group?.refs ?? []) refs.set(ref.id, ref);
	}
	const named = new Set([...terms.values()].map((r) => r.to));
	return {
		terms: [...terms.values()],
		refs: [...refs.values()].filter((ref) => named.has(ref.id))
	};
}
