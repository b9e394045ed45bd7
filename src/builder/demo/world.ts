/**
 * Builds the whole fictional world from a seed: parties, institutions, people, officials,
 * companies with their register roles, and the pools of donors and fee payers. Writers
 * only read it, so every file tells the same story about the same people.
 */
import { Companies, laterDate, officer } from './companies';
import { makeInstitutions, makeParties, SAEIMA_REG_NO, type Institutions } from './orgs';
import { makeOfficials } from './officials';
import { People } from './people';
import {
	addPlantedPeople,
	plantCompanies,
	plantedOfficials,
	type PlantedCompanies,
	type PlantedPeople
} from './planted';
import { plantedRows, type PlantedRow } from './planted-rows';
import { Rng } from './random';
import { RegNoIssuer } from './regno';
import type { Sizes } from './sizes';
import type { Company, Institution, Official, Party } from './types';

export interface World {
	seed: number;
	sizes: Sizes;
	people: People;
	parties: Party[];
	institutions: Institutions;
	companies: Company[];
	banks: Company[];
	officials: Official[];
	officialByPerson: Map<number, Official>;
	/** Random donors, most generous first (the donation generator skews towards the front). */
	donors: number[];
	/** Party members who pay fees at random. */
	feePayers: number[];
	planted: { people: PlantedPeople; companies: PlantedCompanies; rows: PlantedRow[] };
	plantedIds: Set<number>;
}

const BANK_BRANDS = [
	'Dzintara Banka',
	'Ziemeļvalstu Krājbanka',
	'Vidzemes Banka',
	'Kurzemes Krājbanka'
];
const MUNICIPAL_BRANDS = ['Pilsētas Dārzi', 'Tīklu Attīstība', 'Sporta Bāzes'];

export function buildWorld(seed: number, sizes: Sizes): World {
	const rng = new Rng(seed);
	const regNos = new RegNoIssuer(rng.fork('regno'), [SAEIMA_REG_NO]);
	const parties = makeParties(rng.fork('parties'), regNos);
	const institutions = makeInstitutions(rng.fork('institutions'), regNos, sizes.counties);
	const people = new People();
	const plantedPeople = addPlantedPeople(people);
	const plantedIds = new Set(Object.values(plantedPeople).map((p) => p.id));
	const officials = makeOfficials({
		rng: rng.fork('officials'),
		people,
		parties,
		institutions,
		planted: plantedOfficials(plantedPeople, institutions),
		civilServants: sizes.civilServants,
		countySeats: sizes.countySeats
	});

	const companies = new Companies(rng.fork('companies'), regNos, people);
	const banks = BANK_BRANDS.map((brand) => companies.create('AS', { brand, nace: '6419' }));
	for (const bank of banks) companies.staff(bank);
	const plantedCompanies = plantCompanies(plantedPeople, companies);
	officials.push(...municipalBoards(rng.fork('municipal'), companies, institutions.cities, people));
	while (companies.all.length < sizes.companies) {
		const form = rng.weighted([
			['SIA', 85],
			['AS', 4],
			['IK', 11]
		] as const);
		companies.staff(companies.create(form));
	}
	for (let i = 0; i < sizes.ngos; i++) companies.staff(companies.create('BDR'));
	tieOfficials(rng.fork('ties'), officials, companies.all, plantedIds);

	const officialByPerson = new Map(officials.map((o) => [o.person, o]));
	const pools = donorPools(
		rng.fork('donors'),
		sizes,
		people,
		parties,
		officials,
		companies,
		plantedIds
	);
	return {
		seed,
		sizes,
		people,
		parties,
		institutions,
		companies: companies.all,
		banks,
		officials,
		officialByPerson,
		...pools,
		planted: {
			people: plantedPeople,
			companies: plantedCompanies,
			rows: plantedRows(plantedPeople, plantedCompanies)
		},
		plantedIds
	};
}

/** Each demo city owns three companies whose board members are public officials. */
function municipalBoards(
	rng: Rng,
	companies: Companies,
	cities: Institution[],
	people: People
): Official[] {
	const officials: Official[] = [];
	for (const city of cities) {
		const genitive = city.display.split(' ')[0] ?? city.display;
		for (const noun of MUNICIPAL_BRANDS) {
			const company = companies.create('SIA', { brand: `${genitive} ${noun}`, nace: '8130' });
			company.members.push({
				holder: { kind: 'institution', institution: city },
				shares: rng.pick([500_000, 1_250_000, 3_000_000]),
				nominalCents: 100,
				since: company.registered
			});
			const workplace: Institution = {
				name: `SIA "${company.brand.toLocaleUpperCase('lv')}"`,
				display: `SIA "${company.brand}"`,
				regNo: company.regNo,
				address: company.address,
				kind: 'company'
			};
			const board = rng.int(2, 3);
			for (let i = 0; i < board; i++) {
				const person = people.addRandom(rng, { bornFrom: 1958, bornTo: 1990 }).id;
				const chair = i === 0;
				company.officers.push(
					officer(
						person,
						chair ? 'CHAIR_OF_BOARD' : 'BOARD_MEMBER',
						laterDate(rng, '2016-01-01'),
						false
					)
				);
				officials.push({
					person,
					kind: 'municipal-board',
					workplace,
					role: chair ? 'Valdes priekšsēdētājs' : 'Valdes loceklis'
				});
			}
		}
	}
	return officials;
}

/** Some officials hold shares or board seats in ordinary companies, as in real declarations. */
function tieOfficials(rng: Rng, officials: Official[], all: Company[], planted: Set<number>): void {
	const sias = all.filter((c) => c.form === 'SIA' && !c.terminated && c.members.length > 0);
	const ngos = all.filter((c) => c.form === 'BDR');
	for (const official of officials) {
		if (planted.has(official.person) || official.kind === 'municipal-board') continue;
		if (rng.chance(0.16)) {
			const company = rng.pick(sias);
			const since = laterDate(
				rng,
				company.registered > '2012-01-01' ? company.registered : '2012-01-01'
			);
			company.members.push({
				holder: { kind: 'person', person: official.person },
				shares: rng.pick([100, 500, 1000, 2800, 5000]),
				nominalCents: 100,
				since
			});
		}
		if (rng.chance(0.07)) {
			const company = rng.pick(sias);
			company.officers.push(
				officer(official.person, 'BOARD_MEMBER', laterDate(rng, '2010-01-01'), rng.chance(0.5))
			);
		}
		if (ngos.length > 0 && rng.chance(0.1)) {
			rng
				.pick(ngos)
				.officers.push(
					officer(official.person, 'BOARD_MEMBER', laterDate(rng, '2012-01-01'), true)
				);
		}
	}
}

function donorPools(
	rng: Rng,
	sizes: Sizes,
	people: People,
	parties: Party[],
	officials: Official[],
	companies: Companies,
	planted: Set<number>
) {
	const partyOf = () => rng.weighted(parties.map((p) => [p.index, p.weight] as const));
	const donors: number[] = [];
	const feePayers: number[] = [];
	for (const official of officials) {
		if (planted.has(official.person) || official.party === undefined) continue;
		if (rng.chance(0.35)) donors.push(official.person);
		if (rng.chance(0.7)) feePayers.push(official.person);
	}
	for (const id of companies.businessPeople) {
		if (planted.has(id) || !rng.chance(0.08)) continue;
		people.get(id).party ??= partyOf();
		donors.push(id);
	}
	while (donors.length < sizes.donors) {
		const person = people.addRandom(rng, { bornFrom: 1938, bornTo: 2004, party: partyOf() });
		// A few donors live abroad and KNAB shows a foreign code for them.
		if (rng.chance(0.004)) person.foreign = 'DE';
		donors.push(person.id);
		if (rng.chance(0.15)) feePayers.push(person.id);
	}
	return { donors: rng.shuffle(donors), feePayers: rng.shuffle(feePayers) };
}
