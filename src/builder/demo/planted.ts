/**
 * The planted hard cases for the linking evaluation: fixed fictional people with fixed birth
 * dates, their posts and company ties. Their names are reserved, so chance never adds a
 * third "Jānis Bērziņš"; every row they appear in is recorded in planted.json.
 */
import { officer, type Companies } from './companies';
import type { Institutions } from './orgs';
import type { People } from './people';
import { cityByName } from './places';
import type { Company, Official, Person } from './types';

type Spec = readonly [
	first: string,
	last: string,
	sex: 'M' | 'F',
	birth: string,
	city: string,
	party?: number
];

const SPECS = {
	janisDeputy: ['Jānis', 'Bērziņš', 'M', '1971-04-18', 'Rīga', 0],
	janisDonor: ['Jānis', 'Bērziņš', 'M', '1985-09-23', 'Ogre', 1],
	annaCouncil: ['Anna', 'Kalniņa', 'F', '1979-03-14', 'Daugavpils', 2],
	annaDonor: ['Anna', 'Kalniņa', 'F', '1979-11-02', 'Liepāja', 4],
	marisDeputy: ['Māris', 'Ozols', 'M', '1968-05-23', 'Jelgava', 1],
	daceMinister: ['Dace', 'Liepa', 'F', '1974-12-07', 'Rīga', 0],
	edgarsCouncil: ['Edgars', 'Kļaviņš', 'M', '1966-08-30', 'Rīga', 5],
	raimondsBoard: ['Raimonds', 'Vītols', 'M', '1972-02-14', 'Rīga', 5],
	guntaBoard: ['Gunta', 'Eglīte', 'F', '1981-10-25', 'Jūrmala', 5],
	ilzeDouble: ['Ilze', 'Zariņa-Stūre', 'F', '1977-06-19', 'Jelgava', 3],
	lindaDouble: ['Linda', 'Liepa-Krūmiņa', 'F', '1983-01-28', 'Valmiera', 2],
	artursRefund: ['Arturs', 'Siliņš', 'M', '1959-07-11', 'Cēsis', 3],
	valdisTypo: ['Valdis', 'Kārkliņš', 'M', '1947-01-11', 'Tukums', 4],
	karlisForeign: ['Kārlis', 'Ābele', 'M', '1977-03-15', 'Rīga', 0]
} as const satisfies Record<string, Spec>;

export type PlantedKey = keyof typeof SPECS;
export type PlantedPeople = Record<PlantedKey, Person>;

export interface PlantedCompanies {
	/** The company whose shares Edgars Kļaviņš declares and whose board donates. */
	sharesCompany: Company;
	/** The company on whose board minister Dace Liepa sits. */
	ministerBoard: Company;
	/** The companies the two Anna Kalniņas each sit on. */
	annaCouncilCompany: Company;
	annaDonorCompany: Company;
	marisCompany: Company;
	janisDeputyCompany: Company;
	janisDonorCompany: Company;
	ilzeCompany: Company;
	lindaCompany: Company;
}

/** Reserves every planted name first, then adds the planted people in a fixed order. */
export function addPlantedPeople(people: People): PlantedPeople {
	for (const [first, last] of Object.values(SPECS)) people.reserve(first, last);
	const entries = Object.entries(SPECS).map(([key, [first, last, sex, birth, city, party]]) => {
		const person = people.addExact({ first, last, sex }, birth, cityByName(city), party);
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

/** Creates the planted companies and the UR roles that tie planted people to them. */
export function plantCompanies(p: PlantedPeople, companies: Companies): PlantedCompanies {
	const sia = (brand: string, nace: string, registered: string) => {
		const company = companies.create('SIA', { brand, nace });
		company.registered = registered;
		delete company.terminated;
		return company;
	};
	const sharesCompany = sia('Sudraba Loģistika', '4941', '2011-05-17');
	sharesCompany.officers.push(
		officer(p.raimondsBoard.id, 'CHAIR_OF_BOARD', '2014-02-03', true),
		officer(p.guntaBoard.id, 'BOARD_MEMBER', '2018-09-12', false)
	);
	sharesCompany.members.push(
		{
			holder: { kind: 'person', person: p.edgarsCouncil.id },
			shares: 4000,
			nominalCents: 100,
			since: '2017-06-01'
		},
		{
			holder: { kind: 'person', person: p.raimondsBoard.id },
			shares: 6000,
			nominalCents: 100,
			since: '2011-05-17'
		}
	);
	sharesCompany.owners.push(p.raimondsBoard.id, p.edgarsCouncil.id);

	const ministerBoard = sia('Vēja Enerģija', '3511', '2009-10-05');
	ministerBoard.officers.push(officer(p.daceMinister.id, 'BOARD_MEMBER', '2018-04-16', true));
	companies.staff(ministerBoard);

	const withBoard = (
		brand: string,
		nace: string,
		registered: string,
		person: Person,
		since: string
	) => {
		const company = sia(brand, nace, registered);
		company.officers.push(officer(person.id, 'BOARD_MEMBER', since, true));
		companies.staff(company);
		return company;
	};
	const annaCouncilCompany = withBoard(
		'Latgales Dārzi',
		'0130',
		'2006-03-21',
		p.annaCouncil,
		'2012-07-02'
	);
	const annaDonorCompany = withBoard(
		'Jūras Zivis',
		'1020',
		'2013-08-08',
		p.annaDonor,
		'2015-01-19'
	);
	annaDonorCompany.officers[0]!.position = 'CHAIR_OF_BOARD';
	annaDonorCompany.owners.push(p.annaDonor.id);
	const marisCompany = withBoard(
		'Zemgales Būvmateriāli',
		'4673',
		'2002-11-11',
		p.marisDeputy,
		'2008-03-04'
	);
	marisCompany.members.push({
		holder: { kind: 'person', person: p.marisDeputy.id },
		shares: 1500,
		nominalCents: 100,
		since: '2008-03-04'
	});
	const janisDeputyCompany = withBoard(
		'Rīta Konsultācijas',
		'7022',
		'2010-02-09',
		p.janisDeputy,
		'2016-05-30'
	);
	const janisDonorCompany = sia('Ozolu Projekti', '7112', '2019-06-14');
	janisDonorCompany.members.push({
		holder: { kind: 'person', person: p.janisDonor.id },
		shares: 2800,
		nominalCents: 100,
		since: '2019-06-14'
	});
	janisDonorCompany.owners.push(p.janisDonor.id);
	companies.staff(janisDonorCompany);
	const ilzeCompany = withBoard('Kalnu Serviss', '4520', '2015-09-01', p.ilzeDouble, '2015-09-01');
	const lindaCompany = sia('Gaujas Tūrisms', '7911', '2012-04-24');
	lindaCompany.members.push({
		holder: { kind: 'person', person: p.lindaDouble.id },
		shares: 2800,
		nominalCents: 100,
		since: '2012-04-24'
	});
	lindaCompany.owners.push(p.lindaDouble.id);
	companies.staff(lindaCompany);
	return {
		sharesCompany,
		ministerBoard,
		annaCouncilCompany,
		annaDonorCompany,
		marisCompany,
		janisDeputyCompany,
		janisDonorCompany,
		ilzeCompany,
		lindaCompany
	};
}
