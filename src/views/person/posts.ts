/** A person's public posts and party, from `holds-post` and `member-of` relations. */
import type { Profile } from '../../lib/data/profile';
import { yearOfDate } from '../../lib/format/date';
import type { Relation } from '../../model/types';

export interface PostSplit {
	now: Relation[];
	before: Relation[];
}

/** The last year a relation is known to hold, or +∞ when it has no end (still holds). */
function lastYear(relation: Relation): number {
	if (relation.end === undefined) return Number.POSITIVE_INFINITY;
	return yearOfDate(relation.end) ?? Number.NEGATIVE_INFINITY;
}

/**
 * Splits posts into now and before. A post is current when it has no end or ends in the
 * reference year or the one before (declarations for a year are filed in the next one).
 * The reference year is the data's year when known, else the person's latest post year.
 */
export function splitPosts(profile: Profile, asOfYear?: number): PostSplit {
	const posts = profile.group.relations
		.filter((r) => r.kind === 'holds-post' && r.from === profile.entity.id)
		.sort((a, b) => lastYear(b) - lastYear(a) || (b.start ?? '').localeCompare(a.start ?? ''));
	const finite = posts.map(lastYear).filter(Number.isFinite);
	const reference = asOfYear ?? (finite.length > 0 ? Math.max(...finite) : undefined);
	if (reference === undefined) return { now: posts, before: [] };
	const isNow = (r: Relation) => lastYear(r) >= reference - 1;
	return { now: posts.filter(isNow), before: posts.filter((r) => !isNow(r)) };
}

/** `member-of` relations from the person to parties, latest first. */
export function partiesOf(profile: Profile): Relation[] {
	return profile.group.relations
		.filter(
			(r) =>
				r.kind === 'member-of' &&
				r.from === profile.entity.id &&
				profile.refs.get(r.to)?.kind === 'party'
		)
		.sort((a, b) => lastYear(b) - lastYear(a));
}
