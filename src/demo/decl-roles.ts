/**
 * How declarations name companies and posts, and which register roles an official holds:
 * posts and shares are read from UR roles, so the declaration and UR always agree.
 */
import type { Company, Member, Officer } from './types';
import type { World } from './world';

const LONG_FORM: Record<Company['form'], string> = {
	SIA: 'Sabiedrība ar ierobežotu atbildību',
	AS: 'Akciju sabiedrība',
	IK: 'Individuālais komersants',
	BDR: 'Biedrība'
};

export const POSTS: Record<Officer['position'], readonly [string, string]> = {
	CHAIR_OF_BOARD: ['Valdes priekšsēdētājs', 'Valdes priekšsēdētāja'],
	BOARD_MEMBER: ['Valdes loceklis', 'Valdes locekle'],
	CHAIR_OF_SUPERVISORY_BOARD: ['Padomes priekšsēdētājs', 'Padomes priekšsēdētāja'],
	SUPERVISORY_BOARD_MEMBER: ['Padomes loceklis', 'Padomes locekle'],
	OWNER: ['Īpašnieks', 'Īpašniece']
};

export function shortName(company: Company): string {
	return company.form === 'BDR'
		? `Biedrība "${company.brand}"`
		: `${company.form} "${company.brand}"`;
}

export function longName(company: Company): string {
	return `${LONG_FORM[company.form]} "${company.brand}"`;
}

interface Roles {
	officer: [Company, Officer][];
	member: [Company, Member][];
}

const roleCache = new WeakMap<World, Map<number, Roles>>();

/** Register roles of officials, indexed once per world. */
export function rolesOf(world: World, person: number): Roles {
	let index = roleCache.get(world);
	if (!index) {
		index = new Map();
		for (const official of world.officials) index.set(official.person, { officer: [], member: [] });
		for (const company of world.companies) {
			for (const o of company.officers) index.get(o.person)?.officer.push([company, o]);
			for (const m of company.members)
				if (m.holder.kind === 'person') index.get(m.holder.person)?.member.push([company, m]);
		}
		roleCache.set(world, index);
	}
	return index.get(person) ?? { officer: [], member: [] };
}
