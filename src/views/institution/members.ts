/** An institution's members by year, from the `holds-post` relations that point to it. */
import type { Profile } from '../../lib/data/profile';
import { yearsBetween } from '../../lib/format/date';
import type { EntityRef, Relation } from '../../model/types';
import { byName } from '../profile/refs';

export interface Member {
	person: EntityRef;
	/** Posts as published, e.g. "Saeimas deputāts", "Domes priekšsēdētājs". */
	roles: string[];
	relations: Relation[];
}

export interface MembersInYear {
	/** Undefined for relations with no date at all. */
	year: number | undefined;
	members: Member[];
}

/**
 * Every year each post covers, newest first; a person with several posts in a year is listed
 * once with all of them. Posts without any date form their own group, last.
 */
export function membersByYear(profile: Profile): MembersInYear[] {
	const id = profile.entity.id;
	const years = new Map<number | undefined, Map<string, Member>>();
	for (const relation of profile.group.relations) {
		if (relation.kind !== 'holds-post' || relation.to !== id) continue;
		const span = yearsBetween(relation.start, relation.end);
		for (const year of span.length > 0 ? span : [undefined]) {
			const members = years.get(year) ?? new Map<string, Member>();
			years.set(year, members);
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
	}
	return [...years]
		.map(([year, members]) => ({
			year,
			members: [...members.values()].sort((a, b) => byName(a.person.name, b.person.name))
		}))
		.sort((a, b) => (b.year ?? Number.NEGATIVE_INFINITY) - (a.year ?? Number.NEGATIVE_INFINITY));
}
