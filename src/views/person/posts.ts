/** A person's public posts and party, from `holds-post` and `member-of` relations. */
import type { Profile } from '../../lib/reads/profile';
import { yearOfDate } from '../../lib/format/date';
import { includesDay, SAEIMA_REG_NO, termCovering } from '../../model/saeima-terms';
import type { PartialDate, Relation } from '../../model/types';

export interface PostSplit {
	now: Relation[];
	before: Relation[];
	/** Posts no source dates: neither now nor before can be said. */
	undated: Relation[];
}

/** The last year a relation is known to hold, or +∞ when it has no end (still holds). */
function lastYear(relation: Relation): number {
	if (relation.end === undefined) return Number.POSITIVE_INFINITY;
	return yearOfDate(relation.end) ?? Number.NEGATIVE_INFINITY;
}

/**
 * The period a post is known to cover: as stated, except that a Saeima post dated by a
 * declaration's year lasts the Saeima term that holds that year (data/saeima-terms.json).
 */
export function postPeriod(
	profile: Profile,
	post: Relation
): { start?: PartialDate; end?: PartialDate } {
	const isSaeima = profile.refs.get(post.to)?.regNo === SAEIMA_REG_NO;
	const term = isSaeima ? termCovering(post.start, post.end) : undefined;
	return term ? { start: term.start, end: term.end } : { start: post.start, end: post.end };
}

/**
 * Splits posts into now (the period includes `today`, 'YYYY-MM-DD'), before, and undated.
 * A deputies list's post lasts its Saeima's term; a declaration's post, its year.
 */
export function splitPosts(profile: Profile, today: string): PostSplit {
	const posts = profile.group.relations
		.filter((r) => r.kind === 'holds-post' && r.from === profile.entity.id)
		.sort((a, b) => lastYear(b) - lastYear(a) || (b.start ?? '').localeCompare(a.start ?? ''));
	const split: PostSplit = { now: [], before: [], undated: [] };
	for (const post of posts) {
		const { start, end } = postPeriod(profile, post);
		const isNow = includesDay(start, end, today);
		split[isNow === undefined ? 'undated' : isNow ? 'now' : 'before'].push(post);
	}
	return split;
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
