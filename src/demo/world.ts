/**
 * Builds the whole fictional world from a seed: parties, institutions, people, officials,
 * companies with their register roles, and the pools of donors and fee payers. Writers
 * only read it, so every file tells the same story about the same people.
 */
import { bulkPeople } from './bulk-people';
import { SLOTS, type BulkShape } from './bulk-companies';
import { Companies } from './companies';
import { makeInstitutions, makeParties, SAEIMA_REG_NO, type Institutions } from './orgs';
import { makeOfficials } from './officials';
import { People } from './people';
import { addPlantedPeople, plantedOfficials, type PlantedPeople } from './planted';
import { plantCompanies, type PlantedCompanies } from './planted-companies';
import { plantedFlagRows } from './planted-flags';
import { plantNamesakes, type ScaledCase } from './planted-namesakes';
import { plantedRows, type PlantedRow } from './planted-rows';
import { Rng } from './random';
import { RegNoIssuer } from './regno';
import type { Sizes } from './sizes';
import type { Company, Official, Party } from './types';
import { donorPools, municipalBoards, tieOfficials } from './world-ties';

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
	planted: {
		people: PlantedPeople;
		companies: PlantedCompanies;
		rows: PlantedRow[];
		/** The full set's scaled-up cases, after the fixed ones in planted.json. */
		scaled?: ScaledCase[];
	};
	plantedIds: Set<number>;
	/** The full set's bulk register and donors, derived on demand (absent below full scale). */
	bulk?: BulkShape;
}

const BANK_BRANDS = [
	'Dzintara Banka',
	'Ziemeļvalstu Krājbanka',
	'Vidzemes Banka',
	'Kurzemes Krājbanka'
];

export function buildWorld(seed: number, sizes: Sizes): World {
	const rng = new Rng(seed);
	const regNos = new RegNoIssuer(rng.fork('regno'), [SAEIMA_REG_NO]);
	const parties = makeParties(rng.fork('parties'), regNos);
	const institutions = makeInstitutions(rng.fork('institutions'), regNos, sizes.counties);
	const people = new People();
	people.sharedOfficialNames = sizes.full !== undefined;
	const plantedPeople = addPlantedPeople(people);
	const plantedIds = new Set(Object.values(plantedPeople).map((p) => p.id));
	const officials = makeOfficials({
		rng: rng.fork('officials'),
		people,
		parties,
		institutions,
		planted: plantedOfficials(plantedPeople, institutions),
		civilServants: sizes.civilServants,
		// In the full set civil servants work for municipalities as well as ministries.
		servantPlaces: sizes.full
			? [...institutions.ministries, ...institutions.cities, ...institutions.counties]
			: institutions.ministries,
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
	tieOfficials(rng.fork('ties'), people, officials, companies.all, plantedIds);
	const scaled =
		sizes.full &&
		plantNamesakes(
			rng.fork('namesakes'),
			people,
			officials,
			companies.all,
			sizes.full.namesakes,
			plantedIds,
			parties.length
		);

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
	const bulk = sizes.full && attachBulk(rng, seed, sizes.full, people, parties, pools);
	people.seal();
	const world: World = {
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
			rows: [...plantedRows(plantedPeople, plantedCompanies), ...(scaled ? scaled.rows : [])],
			...(scaled ? { scaled: scaled.cases } : {})
		},
		plantedIds,
		...(bulk ? { bulk } : {})
	};
	world.planted.rows.push(...plantedFlagRows(world));
	return world;
}

/** Adds the full set's bulk donors to the pools and lets `people` derive bulk people. */
function attachBulk(
	rng: Rng,
	seed: number,
	full: NonNullable<Sizes['full']>,
	people: People,
	parties: Party[],
	pools: { donors: number[]; feePayers: number[] }
): BulkShape {
	const firstDonor = people.all.length;
	const shape: BulkShape = {
		companies: full.bulkCompanies,
		firstDonor,
		firstPerson: firstDonor + full.bulkDonors
	};
	const total = full.bulkDonors + full.bulkCompanies * SLOTS;
	people.attachBulk(bulkPeople({ seed, people, parties, donors: full.bulkDonors, total }));
	const pick = rng.fork('bulk-donors');
	for (let id = firstDonor; id < shape.firstPerson; id++) {
		pools.donors.push(id);
		if (pick.chance(0.15)) pools.feePayers.push(id);
	}
	pick.shuffle(pools.donors);
	pick.shuffle(pools.feePayers);
	return shape;
}
