/**
 * The registry of fictional people. It guarantees the one rule the linking evaluation
 * relies on: two different people never share both a folded name and a birth date.
 * Namesakes with different birth dates are allowed (and common, as in life).
 */
import { foldText } from '../../model/fold-name';
import { codeFragment, daysIn, isoDate } from './format';
import { identityKey, randomName, type PersonName, type Sex } from './names';
import { pickCity, type City } from './places';
import { containsForbidden, type Rng } from './random';
import type { Person } from './types';

export interface PersonOptions {
	sex?: Sex;
	bornFrom: number;
	bornTo: number;
	city?: City;
	party?: number;
}

export class People {
	readonly all: Person[] = [];
	#keys = new Set<string>();
	/** Folded full names kept for the planted cases, so chance never adds a fourth "Jānis Bērziņš". */
	#reserved = new Set<string>();

	reserve(first: string, last: string): void {
		this.#reserved.add(foldText(`${first} ${last}`));
	}

	/** Adds a person with a fixed name and birth date (planted cases); throws on a clash. */
	addExact(name: PersonName, birth: string, city: City, party?: number): Person {
		const key = identityKey(name, birth);
		if (this.#keys.has(key)) throw new Error(`demo person ${key} defined twice`);
		if (containsForbidden(codeFragment(birth))) throw new Error(`forbidden birth date ${birth}`);
		return this.#push(name, birth, city, party, key);
	}

	/** Adds a random person whose name and birth date clash with nobody. */
	addRandom(rng: Rng, options: PersonOptions): Person {
		for (;;) {
			const sex = options.sex ?? (rng.chance(0.5) ? 'M' : 'F');
			const name = randomName(rng, sex);
			if (this.#reserved.has(foldText(`${name.first} ${name.last}`))) continue;
			const birth = randomBirth(rng, options.bornFrom, options.bornTo);
			if (containsForbidden(codeFragment(birth))) continue;
			const key = identityKey(name, birth);
			if (this.#keys.has(key)) continue;
			return this.#push(name, birth, options.city ?? pickCity(rng), options.party, key);
		}
	}

	get(id: number): Person {
		const person = this.all[id];
		if (!person) throw new Error(`no demo person with id ${id}`);
		return person;
	}

	#push(name: PersonName, birth: string, city: City, party: number | undefined, key: string) {
		const person: Person = { id: this.all.length, ...name, birth, city };
		if (party !== undefined) person.party = party;
		this.all.push(person);
		this.#keys.add(key);
		return person;
	}
}

export function randomBirth(rng: Rng, fromYear: number, toYear: number): string {
	const year = rng.int(fromYear, toYear);
	const month = rng.int(1, 12);
	return isoDate(year, month, rng.int(1, daysIn(year, month)));
}

export function fullName(person: Person): string {
	return `${person.first} ${person.last}`;
}

/** The identity the evaluation keys on: name and birth date. */
export function truthKey(person: Person): string {
	return `${fullName(person)} ${person.birth}`;
}
