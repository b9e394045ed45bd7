/**
 * Public officials: the Saeima, ministers and state secretaries, city councils, municipal
 * executives and boards of municipal companies (and, at national scale, county councils and
 * civil servants). Planted officials are passed in and take their seats first.
 */
import { deputyDetails } from './deputy-details';
import { splitList } from './format';
import type { Institutions } from './orgs';
import type { People } from './people';
import type { Rng } from './random';
import type { Institution, Official, Party } from './types';

export const SAEIMA_SEATS = 100;

const CIVIL_SERVANT_ROLES = splitList(`
	Departamenta direktors, Nodaļas vadītājs, Valsts sekretāra vietnieks, Vecākais referents,
	Projektu vadītājs, Juridiskā departamenta direktors
`);

export interface OfficialsInput {
	rng: Rng;
	people: People;
	parties: Party[];
	institutions: Institutions;
	/** Officials fixed by the planted cases (their people already exist). */
	planted: Official[];
	civilServants: number;
	/** Where civil servants work (ministries; municipalities too in the full set). */
	servantPlaces: Institution[];
	countySeats: number;
}

export function makeOfficials(input: OfficialsInput): Official[] {
	const { rng, people, parties, institutions } = input;
	const officials: Official[] = [...input.planted];
	const saeimaParties = parties.filter((p) => p.inSaeima);
	const newPerson = (party?: number, servant = false) =>
		people.addRandom(rng, { bornFrom: 1955, bornTo: 1996, party, official: true, servant }).id;
	const pickParty = (from: Party[]) => rng.weighted(from.map((p) => [p.index, p.weight] as const));

	const plantedDeputies = officials.filter((o) => o.kind === 'deputy').length;
	for (let seat = plantedDeputies; seat < SAEIMA_SEATS; seat++) {
		const party = pickParty(saeimaParties);
		const person = newPerson(party);
		officials.push({
			person,
			kind: 'deputy',
			workplace: institutions.saeima,
			role: 'Saeimas deputāts',
			party
		});
	}
	// Details need the party and sex, so they are filled once every seat is taken.
	for (const official of officials) {
		if (official.kind === 'deputy' && !official.deputy) {
			official.deputy = deputyDetails(rng, people.get(official.person), parties, official.party);
		}
	}

	const coalition = saeimaParties.slice(0, 4);
	const hasMinister = new Set(
		officials.filter((o) => o.kind === 'minister').map((o) => o.workplace.regNo)
	);
	for (const ministry of institutions.ministries) {
		if (hasMinister.has(ministry.regNo)) continue;
		const party = pickParty(coalition);
		officials.push({
			person: newPerson(party),
			kind: 'minister',
			workplace: ministry,
			role: 'Ministrs',
			party
		});
	}
	for (const ministry of institutions.ministries.slice(0, 8)) {
		officials.push({
			person: newPerson(),
			kind: 'state-secretary',
			workplace: ministry,
			role: 'Valsts sekretārs'
		});
	}

	const councils: [Institution, number][] = [
		...institutions.cities.map((c, i): [Institution, number] => [c, [60, 15, 15, 15, 13][i] ?? 15]),
		...institutions.counties.map((c): [Institution, number] => [c, input.countySeats])
	];
	for (const [council, seats] of councils) {
		const taken = officials.filter((o) => o.kind === 'council' && o.workplace === council).length;
		for (let seat = taken; seat < seats; seat++) {
			const party = pickParty(parties);
			const role = seat === 0 ? 'Domes priekšsēdētājs' : 'Domes deputāts';
			officials.push({
				person: newPerson(party),
				kind: 'council',
				workplace: council,
				role,
				party
			});
		}
		officials.push({
			person: newPerson(),
			kind: 'executive',
			workplace: council,
			role: 'Izpilddirektors'
		});
	}

	for (let i = 0; i < input.civilServants; i++) {
		const workplace = rng.pick(input.servantPlaces);
		const role = rng.pick(CIVIL_SERVANT_ROLES);
		officials.push({
			person: newPerson(undefined, true),
			kind: 'civil-servant',
			workplace,
			role
		});
	}
	return officials;
}
