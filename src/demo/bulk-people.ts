/**
 * People of the full set's bulk (donors and the people of bulk companies), derived from
 * their id alone so the generator never holds them. Each bulk person gets a name and birth
 * date from a permutation of the (name, birth date) space, trying the next slot of the same
 * permutation when the world already has that identity: two bulk people never share one,
 * and none shares one with a person of the world or looks like an official.
 */
import { dayNumber, fromDayNumber } from './format';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES, surnameFor, type Sex } from './names';
import type { People } from './people';
import { pickCity } from './places';
import { Rng } from './random';
import { isRealName } from './real-clash';
import type { Party, Person } from './types';

const FIRST_DAY = dayNumber('1940-01-01');
const DAYS = dayNumber('2001-12-31') - FIRST_DAY + 1;
const CACHE_LIMIT = 4096;

function gcd(a: number, b: number): number {
	while (b) [a, b] = [b, a % b];
	return a;
}

export interface BulkPeopleInput {
	seed: number;
	people: People;
	parties: readonly Party[];
	/** Bulk ids below this are donors (they lean to a party; a few live abroad). */
	donors: number;
	/** How many bulk people there can be in all. */
	total: number;
}

/** Returns the derivation for People.attachBulk; the first bulk id is people.all.length. */
export function bulkPeople(input: BulkPeopleInput): (id: number) => Person {
	const { people, parties, donors } = input;
	const base = new Rng(input.seed).fork('bulk-people');
	const first = people.all.length;
	const perSex = Math.ceil(input.total / 2) + 1;
	const spaces = {
		M: { firsts: MALE_NAMES, size: MALE_NAMES.length * SURNAMES.length * DAYS },
		F: { firsts: FEMALE_NAMES, size: FEMALE_NAMES.length * SURNAMES.length * DAYS }
	};
	// A multiplier coprime with the space size makes x → (a·x + b) mod size a permutation.
	const multiplier = (size: number) => {
		let a = 1_000_003;
		while (gcd(a, size) !== 1) a += 2;
		return a;
	};
	const mult = { M: multiplier(spaces.M.size), F: multiplier(spaces.F.size) };
	const partyWeights = parties.map((p) => [p.index, p.weight] as const);
	const cache = new Map<number, Person>();

	const derive = (id: number): Person => {
		const u = id - first;
		if (u < 0 || u >= input.total) throw new Error(`no bulk person ${id}`);
		const sex: Sex = u % 2 === 0 ? 'M' : 'F';
		const { firsts, size } = spaces[sex];
		const slot = Math.floor(u / 2);
		for (let k = 0; (k + 1) * perSex <= size; k++) {
			const x = (mult[sex] * (k * perSex + slot) + 7919) % size;
			const names = x % (firsts.length * SURNAMES.length);
			const name = {
				first: firsts[names % firsts.length] ?? '',
				last: surnameFor(SURNAMES[Math.floor(names / firsts.length)] ?? ['', ''], sex),
				sex
			};
			const birth = fromDayNumber(FIRST_DAY + Math.floor(x / (firsts.length * SURNAMES.length)));
			if (isRealName(name.first, name.last) || !people.isFree(name, birth)) continue;
			const rng = base.fork(String(u));
			const person: Person = { id, ...name, birth, city: pickCity(rng) };
			if (u < donors) {
				person.party = rng.weighted(partyWeights);
				if (rng.chance(0.004)) person.foreign = 'DE';
			}
			return person;
		}
		throw new Error(`bulk person ${id}: the name space is exhausted`);
	};

	return (id) => {
		let person = cache.get(id);
		if (!person) {
			if (cache.size >= CACHE_LIMIT) cache.clear();
			person = derive(id);
			cache.set(id, person);
		}
		return person;
	};
}
