/** An institution's members by Saeima term or by year, from the `holds-post` relations that point to it. */
import type { Profile } from '../../lib/reads/profile';
import { yearsBetween } from '../../lib/format/date';
import { SAEIMA_REG_NO, termCovering, type SaeimaTerm } from '../../model/saeima-terms';
import type { EntityRef, Relation } from '../../model/types';
import { byName } from '../profile/refs';

export interface Member {
	person: EntityRef;
	/** Posts as published, e.g. "Saeimas deputāts", "Domes priekšsēdētājs". */
	roles: string[];
	relations: Relation[];
}

export interface MembersIn {
	/** 'term-13', '2024' or 'undated': stable, for the picker. */
	key: string;
	/** A Saeima term the posts lie within (data/saeima-terms.json). */
	term?: SaeimaTerm;
	/** Otherwise a year the posts cover; neither for relations with no date at all. */
	year?: number;
	members: Member[];
}

/**
 * Every period each post covers, newest first; a person with several posts in a period is
 * listed once with all of them. At the Saeima a post that lies within one term is listed
 * under that term (the list's 13th-Saeima deputies, a declaration's year inside it); any other
 * post under each year it covers. Posts without any date form their own group, last.
 */
export function membersByPeriod(profile: Profile): MembersIn[] {
	const id = profile.entity.id;
	const isSaeima = 'regNo' in profile.entity && profile.entity.regNo === SAEIMA_REG_NO;
	const groups = new Map<string, { group: MembersIn; byPerson: Map<string, Member> }>();
	const groupOf = (key: string, fields: Omit<MembersIn, 'key' | 'members'>) => {
		let entry = groups.get(key);
		if (!entry) {
			entry = { group: { key, ...fields, members: [] }, byPerson: new Map() };
			groups.set(key, entry);
		}
		return entry.byPerson;
	};
	for (const relation of profile.group.relations) {
		if (relation.kind !== 'holds-post' || relation.to !== id) continue;
		const term = isSaeima ? termCovering(relation.start, relation.end) : undefined;
		const years = yearsBetween(relation.start, relation.end);
		const targets = term
			? [groupOf(`term-${term.number}`, { term })]
			: years.length > 0
				? years.map((year) => groupOf(String(year), { year }))
				: [groupOf('undated', {})];
		for (const members of targets) addMember(members, profile, relation);
	}
	return [...groups.values()]
		.map(({ group, byPerson }) => ({
			...group,
			members: [...byPerson.values()].sort((a, b) => byName(a.person.name, b.person.name))
		}))
		.sort((a, b) => rank(b) - rank(a));
}

/**
 * The group a page opens on: the Saeima term with the most members (a full deputies list
 * rather than a term known from one declaration; ties go to the newest), else the newest year.
 */
export function openingGroup(groups: readonly MembersIn[]): MembersIn | undefined {
	const terms = groups.filter((g) => g.term);
	if (terms.length === 0) return groups[0];
	return terms.reduce((best, g) => (g.members.length > best.members.length ? g : best));
}

/** Terms first (newest first), then years (newest first), then the undated. */
function rank(group: MembersIn): number {
	if (group.term) return 1e6 + group.term.number;
	return group.year ?? Number.NEGATIVE_INFINITY;
}

function addMember(members: Map<string, Member>, profile: Profile, relation: Relation): void {
	const person = profile.refs.get(relation.from) ?? {
		id: relation.from,
		name: relation.from,
		kind: 'person'
	};
	const member = members.get(person.id) ?? { person, roles: [], relations: [] };
	members.set(person.id, member);
	if (relation.role && !member.roles.includes(relation.role)) member.roles.push(relation.role);
	member.relations.push(relation);
}
