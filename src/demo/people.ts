/**
 * The registry of fictional people. It guarantees the one rule the linking evaluation
 * relies on: two different people never share both a folded name and a birth date.
 * Namesakes with different birth dates are allowed (and common, as in life).
 */
import { foldText } from '../model/fold-name';
import { codeFragment, daysIn, isoDate } from './format';
import { fictionalName, identityKey, type PersonName, type Sex } from './names';
import { pickCity, type City } from './places';
import { containsForbidden, type Rng } from './random';
import type { Person } from './types';

export interface PersonOptions {
	sex?: Sex;
	bornFrom: number;
	bornTo: number;
	city?: City;
	party?: number;
	/** Officials get a name no other official has, and a name + birth year nobody else has. */
	official?: boolean;
	/** A civil servant (an official); see sharedOfficialNames. */
	servant?: boolean;
}

/** Derives the people beyond `all` (ids from all.length up) from their id alone. */
export type BulkPeople = (id: number) => Person | undefined;

export class People {
	readonly all: Person[] = [];
	#keys = new Set<string>();
	/** Folded full names kept for the planted cases, so chance never adds a fourth "Jānis Krūmliņš". */
	#reserved = new Set<string>();
	/** Folded name + birth year of everyone, and of officials, and officials' folded names. */
	#nameYears = new Set<string>();
	#officialNameYears = new Set<string>();
	#officialNames = new Set<string>();
	#sealed = false;
	#bulk: BulkPeople | undefined;
	/**
	 * With more officials than there are first-name × surname pairs (the full set), civil
	 * servants may share a name with other civil servants (not with elected officials, who
	 * are added first): namesakes among officials, as in life.
	 */
	sharedOfficialNames = false;
	#servantNames = new Set<string>();

	reserve(first: string, last: string): void {
		this.#reserved.add(foldText(`${first} ${last}`));
	}

	/** Adds a person with a fixed name and birth date (planted cases); throws on a clash. */
	addExact(name: PersonName, birth: string, city: City, party?: number, official = false): Person {
		const key = identityKey(name, birth);
		if (this.#keys.has(key)) throw new Error(`demo person ${key} defined twice`);
		if (containsForbidden(codeFragment(birth))) throw new Error(`forbidden birth date ${birth}`);
		return this.#push(name, birth, city, party, key, official);
	}

	/** Adds a random person whose name and birth date clash with nobody. */
	addRandom(rng: Rng, options: PersonOptions): Person {
		if (this.#sealed) throw new Error('People is sealed: add every person before writing files');
		for (;;) {
			const sex = options.sex ?? (rng.chance(0.5) ? 'M' : 'F');
			const name = fictionalName(rng, sex);
			const folded = foldText(`${name.first} ${name.last}`);
			if (this.#reserved.has(folded)) continue;
			const birth = randomBirth(rng, options.bornFrom, options.bornTo);
			if (containsForbidden(codeFragment(birth))) continue;
			const key = identityKey(name, birth);
			if (this.#keys.has(key)) continue;
			// Unplanted look-alikes of an official (same name and birth year) would blur the truth.
			const nameYear = `${folded}|${birth.slice(0, 4)}`;
			if (this.#officialNameYears.has(nameYear)) continue;
			if (
				options.official &&
				(this.#officialNames.has(folded) ||
					(!(this.sharedOfficialNames && options.servant) && this.#servantNames.has(folded)) ||
					this.#nameYears.has(nameYear))
			)
				continue;
			const city = options.city ?? pickCity(rng);
			// A servant's name goes to the servants' names only, where other servants may take it.
			if (this.sharedOfficialNames && options.servant) this.#servantNames.add(folded);
			return this.#push(name, birth, city, options.party, key, options.official ?? false);
		}
	}

	/**
	 * Whether a person with this name and birth date could be added beside everyone here
	 * without blurring the truth (used for derived people, after sealing).
	 */
	isFree(name: PersonName, birth: string): boolean {
		const folded = foldText(`${name.first} ${name.last}`);
		return (
			!this.#reserved.has(folded) &&
			!this.#keys.has(identityKey(name, birth)) &&
			!this.#officialNameYears.has(`${folded}|${birth.slice(0, 4)}`) &&
			!containsForbidden(codeFragment(birth))
		);
	}

	/** From now on ids from all.length up are derived by `bulk`; the indexes stay for isFree. */
	attachBulk(bulk: BulkPeople): void {
		this.#bulk = bulk;
		this.#sealed = true;
	}

	/** Drops the clash-check indexes once everyone exists; at national scale they hold ~200k keys. */
	seal(): void {
		if (this.#bulk) return;
		this.#keys.clear();
		this.#nameYears.clear();
		this.#officialNameYears.clear();
		this.#officialNames.clear();
		this.#servantNames.clear();
		this.#sealed = true;
	}

	get(id: number): Person {
		const person =
			this.all[id] ?? (this.#bulk && id >= this.all.length ? this.#bulk(id) : undefined);
		if (!person) throw new Error(`no demo person with id ${id}`);
		return person;
	}

	#push(
		name: PersonName,
		birth: string,
		city: City,
		party: number | undefined,
		key: string,
		official: boolean
	) {
		const person: Person = { id: this.all.length, ...name, birth, city };
		if (party !== undefined) person.party = party;
		this.all.push(person);
		this.#keys.add(key);
		const folded = foldText(`${name.first} ${name.last}`);
		this.#nameYears.add(`${folded}|${birth.slice(0, 4)}`);
		if (official) {
			this.#officialNameYears.add(`${folded}|${birth.slice(0, 4)}`);
			if (!this.#servantNames.has(folded)) this.#officialNames.add(folded);
		}
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

/** A person's 18th birthday (1 March for those born on 29 February): no board seat or shares before. */
export function adultDate(person: Person): string {
	const date = `${Number(person.birth.slice(0, 4)) + 18}${person.birth.slice(4)}`;
	return date.endsWith('-02-29') ? date.replace('-02-29', '-03-01') : date;
}
