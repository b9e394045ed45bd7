/**
 * The planted hard cases for the linking evaluation: fixed fictional people with fixed birth
 * dates, their posts and company ties. Their names are reserved, so chance never adds a
 * third "Jānis Krūmliņš"; every row they appear in is recorded in planted.json.
 */
import type { Institutions } from './orgs';
import type { People } from './people';
import { cityByName } from './places';
import type { Official, Person } from './types';

type Spec = readonly [
	first: string,
	last: string,
	sex: 'M' | 'F',
	birth: string,
	city: string,
	party?: number
];

const SPECS = {
	janisDeputy: ['Jānis', 'Krūmliņš', 'M', '1971-04-18', 'Rīga', 0],
	janisDonor: ['Jānis', 'Krūmliņš', 'M', '1985-09-23', 'Ogre', 1],
	annaCouncil: ['Anna', 'Kalniņa', 'F', '1979-03-14', 'Daugavpils', 2],
	annaDonor: ['Anna', 'Kalniņa', 'F', '1979-11-02', 'Liepāja', 4],
	marisDeputy: ['Māris', 'Ozols', 'M', '1968-05-23', 'Jelgava', 1],
	daceMinister: ['Dace', 'Liepa', 'F', '1974-12-07', 'Rīga', 0],
	edgarsCouncil: ['Edgars', 'Kļaviņš', 'M', '1966-08-30', 'Rīga', 5],
	raimondsBoard: ['Raimonds', 'Vītols', 'M', '1972-02-14', 'Rīga', 5],
	guntaBoard: ['Gunta', 'Eglīte', 'F', '1981-10-25', 'Jūrmala', 5],
	ilzeDouble: ['Ilze', 'Zariņa-Stūrīte', 'F', '1977-06-19', 'Jelgava', 3],
	lindaDouble: ['Linda', 'Liepa-Krūmiņa', 'F', '1983-01-28', 'Valmiera', 2],
	artursRefund: ['Arturs', 'Siliņš', 'M', '1959-07-11', 'Cēsis', 3],
	valdisTypo: ['Valdis', 'Kārkliņš', 'M', '1947-01-11', 'Tukums', 4],
	karlisForeign: ['Kārlis', 'Ābele', 'M', '1977-03-15', 'Rīga', 0]
} as const satisfies Record<string, Spec>;

export type PlantedKey = keyof typeof SPECS;

/** The planted people who hold an office (see plantedOfficials). */
const OFFICIAL_KEYS: ReadonlySet<string> = new Set([
	'janisDeputy',
	'marisDeputy',
	'lindaDouble',
	'daceMinister',
	'annaCouncil',
	'edgarsCouncil',
	'ilzeDouble'
]);
export type PlantedPeople = Record<PlantedKey, Person>;

/** Reserves every planted name first, then adds the planted people in a fixed order. */
export function addPlantedPeople(people: People): PlantedPeople {
	for (const [first, last] of Object.values(SPECS)) people.reserve(first, last);
	const entries = Object.entries(SPECS).map(([key, [first, last, sex, birth, city, party]]) => {
		const official = OFFICIAL_KEYS.has(key);
		const person = people.addExact({ first, last, sex }, birth, cityByName(city), party, official);
		return [key, person] as const;
	});
	const planted = Object.fromEntries(entries) as PlantedPeople;
	planted.karlisForeign.foreign = 'DE';
	return planted;
}

/** The planted people who hold public office. */
export function plantedOfficials(p: PlantedPeople, institutions: Institutions): Official[] {
	const city = (name: string) => {
		const found = institutions.cities.find((c) => c.display.startsWith(cityByName(name).genitive));
		if (!found) throw new Error(`no demo council for ${name}`);
		return found;
	};
	const economy = institutions.ministries.find((m) => m.name === 'EKONOMIKAS MINISTRIJA');
	if (!economy) throw new Error('EKONOMIKAS MINISTRIJA missing from the demo ministries');
	const saeima = institutions.saeima;
	const deputy = (person: Person): Official => ({
		person: person.id,
		kind: 'deputy',
		workplace: saeima,
		role: 'Saeimas deputāts',
		...(person.party === undefined ? {} : { party: person.party })
	});
	const council = (person: Person, cityName: string): Official => ({
		person: person.id,
		kind: 'council',
		workplace: city(cityName),
		role: 'Domes deputāts',
		...(person.party === undefined ? {} : { party: person.party })
	});
	return [
		deputy(p.janisDeputy),
		deputy(p.marisDeputy),
		deputy(p.lindaDouble),
		{ person: p.daceMinister.id, kind: 'minister', workplace: economy, role: 'Ministrs', party: 0 },
		council(p.annaCouncil, 'Daugavpils'),
		council(p.edgarsCouncil, 'Rīga'),
		council(p.ilzeDouble, 'Jelgava')
	];
}
