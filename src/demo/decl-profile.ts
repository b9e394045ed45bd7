/**
 * The parts of an official's declarations that stay put from year to year: family, real
 * estate, vehicles and a party post. Drawn from a stream forked by person id, so a person's
 * profile is the same however many other officials exist.
 */
import type { DeclaredEstate, DeclaredVehicle } from './decl-types';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES, surnameFor, upper, type Sex } from './names';
import { PARISHES } from './places';
import { containsRealName } from './real-clash';
import type { Rng } from './random';
import type { Person } from './types';

export interface Profile {
	family: { name: string; relation: string; sex: Sex }[];
	estates: DeclaredEstate[];
	vehicles: DeclaredVehicle[];
	partyPost: boolean;
	hasCash: boolean;
	bankCount: number;
	mortgageCents: number;
	mortgageFrom: number;
	pension: { funds: 'ir' | 'nav'; life: 'ir' | 'nav' };
}

const CARS = [
	'VOLVO XC60',
	'TOYOTA RAV4',
	'ŠKODA OCTAVIA',
	'VOLKSWAGEN PASSAT',
	'BMW X5',
	'AUDI A6',
	'TOYOTA LAND CRUISER',
	'MERCEDES BENZ E 220',
	'NISSAN QASHQAI',
	'HONDA CR-V',
	'KIA SPORTAGE',
	'SUBARU FORESTER',
	'TESLA MODEL 3'
];
const OTHER_VEHICLES = [
	['Motocikls', 'YAMAHA MT-07'],
	['Motocikls', 'HONDA CB500'],
	['Traktors', 'MTZ 82'],
	['Piekabe', 'RESPO 750']
] as const;

/** The surname of a relative of the given sex, following the Latvian masculine/feminine pair. */
export function relativeSurname(last: string, sex: Sex): string {
	return last
		.split('-')
		.map((part) => {
			const pair = SURNAMES.find(([m, f]) => m === part || f === part);
			return pair ? surnameFor(pair, sex) : part;
		})
		.join('-');
}

function relative(rng: Rng, person: Person, relation: string, sex: Sex, sameSurname = true) {
	const firsts = sex === 'M' ? MALE_NAMES : FEMALE_NAMES;
	const drawn = rng.pick(firsts);
	const last = sameSurname
		? relativeSurname(person.last, sex)
		: surnameFor(rng.pick(SURNAMES), sex);
	// A real name gives way to the next given name in the list that makes none (no extra draw).
	const at = firsts.indexOf(drawn);
	const first = firsts
		.map((_, step) => firsts[(at + step) % firsts.length] ?? drawn)
		.find((candidate) => !containsRealName(candidate, last));
	if (first === undefined) throw new Error(`every given name with ${last} is a real name`);
	return { name: upper(`${first} ${last}`), relation, sex };
}

export function makeProfile(rng: Rng, person: Person, hasParty: boolean): Profile {
	const family: Profile['family'] = [];
	const spouseSex: Sex = person.sex === 'M' ? 'F' : 'M';
	if (rng.chance(0.75)) family.push(relative(rng, person, 'Laulātais', spouseSex, rng.chance(0.8)));
	for (let i = rng.int(0, 3); i > 0; i--) {
		const sex: Sex = rng.chance(0.5) ? 'M' : 'F';
		family.push(relative(rng, person, sex === 'M' ? 'Dēls' : 'Meita', sex));
	}
	if (rng.chance(0.5)) family.push(relative(rng, person, 'Māte', 'F'));
	if (rng.chance(0.3)) family.push(relative(rng, person, 'Tēvs', 'M'));
	for (let i = rng.int(0, 2); i > 0; i--) {
		const sex: Sex = rng.chance(0.5) ? 'M' : 'F';
		family.push(relative(rng, person, sex === 'M' ? 'Brālis' : 'Māsa', sex));
	}
	const spouse = family.find((f) => f.relation === 'Laulātais');
	const estates: DeclaredEstate[] = [];
	for (let i = rng.int(0, 4); i > 0; i--) {
		const rural = rng.chance(0.45);
		const mark = rng.weighted([
			['īpašumā', 6],
			['kopīpašumā', 3],
			['lietošanā', 2]
		] as const);
		estates.push({
			type: rural
				? rng.pick(['Zeme', 'Zeme un ēkas', 'Mežs'])
				: rng.pick(['Dzīvoklis', 'Zeme un ēkas', 'Ēkas']),
			location: `Latvija, ${rural ? rng.pick(PARISHES) : person.city.name}`,
			mark,
			coOwner: mark !== 'īpašumā' && spouse ? spouse.name : '-'
		});
	}
	const vehicles: DeclaredVehicle[] = [];
	for (let i = rng.int(0, 2); i > 0; i--) {
		const [type, make] = rng.chance(0.85)
			? (['Automašīna', rng.pick(CARS)] as const)
			: rng.pick(OTHER_VEHICLES);
		const made = rng.int(2005, 2023);
		vehicles.push({
			type,
			make,
			made,
			registered: made + rng.int(0, 2),
			mark: rng.chance(0.8) ? 'īpašumā' : 'lietošanā'
		});
	}
	return {
		family,
		estates,
		vehicles,
		partyPost: hasParty && rng.chance(0.18),
		hasCash: rng.chance(0.3),
		bankCount: rng.int(0, 3),
		mortgageCents: rng.chance(0.25) ? rng.int(30, 220) * 100_000 : 0,
		mortgageFrom: rng.int(2012, 2022),
		pension: { funds: rng.chance(0.4) ? 'ir' : 'nav', life: rng.chance(0.2) ? 'ir' : 'nav' }
	};
}
