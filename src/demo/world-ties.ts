/**
 * The links that make the demo interesting: municipal companies run by officials, officials
 * holding shares and board seats, and the pools of donors and fee payers (officials, business
 * people and the general public).
 */
import { laterDate, officer, type Companies } from './companies';
import { adultDate, type People } from './people';
import type { Rng } from './random';
import type { Sizes } from './sizes';
import type { Company, Institution, Official, Party } from './types';

const MUNICIPAL_BRANDS = ['Pilsētas Dārzi', 'Tīklu Attīstība', 'Sporta Bāzes'];

/** Each demo city owns three companies whose board members are public officials. */
export function municipalBoards(
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
				const person = people.addRandom(rng, { bornFrom: 1958, bornTo: 1990, official: true }).id;
				const chair = i === 0;
				company.officers.push(
					officer(
						person,
						chair ? 'CHAIR_OF_BOARD' : 'BOARD_MEMBER',
						laterDate(rng, company.registered > '2016-01-01' ? company.registered : '2016-01-01'),
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
export function tieOfficials(
	rng: Rng,
	people: People,
	officials: Official[],
	all: Company[],
	planted: Set<number>
): void {
	const sias = all.filter((c) => c.form === 'SIA' && !c.terminated && c.members.length > 0);
	const ngos = all.filter((c) => c.form === 'BDR');
	for (const official of officials) {
		if (planted.has(official.person) || official.kind === 'municipal-board') continue;
		const adult = adultDate(people.get(official.person));
		const after = (...dates: string[]) =>
			laterDate(
				rng,
				dates.reduce((a, b) => (a > b ? a : b))
			);
		if (rng.chance(0.16)) {
			const company = rng.pick(sias);
			const shares = rng.pick([100, 500, 1000, 2800, 5000]);
			const since = after(company.registered, '2012-01-01', adult);
			const holder = { kind: 'person' as const, person: official.person };
			company.members.push({ holder, shares, nominalCents: 100, since });
		}
		if (rng.chance(0.07)) {
			const company = rng.pick(sias);
			const since = after(company.registered, '2010-01-01', adult);
			company.officers.push(officer(official.person, 'BOARD_MEMBER', since, rng.chance(0.5)));
		}
		const ngo = ngos.length > 0 && rng.chance(0.1) ? rng.pick(ngos) : undefined;
		if (ngo) {
			const since = after(ngo.registered, '2012-01-01', adult);
			ngo.officers.push(officer(official.person, 'BOARD_MEMBER', since, true));
		}
	}
}

export function donorPools(
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
