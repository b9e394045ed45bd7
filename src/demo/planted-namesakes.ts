/**
 * The namesake hard case, scaled up for the full set: officials each get a donor
 * with the same name, born in another year, who gives twice. Both are planted (their rows
 * go to planted.json), so the linking evaluation checks a thousand namesake pairs instead
 * of the one fixed pair. Only officials the sources date are chosen (deputies, whose list
 * gives the birth year, and officials on a company's board or among its members, whose
 * register rows give the birth date): for anyone else a same-name donor could not be told
 * apart from the official by any source.
 */
import { isoDate } from './format';
import type { People } from './people';
import { randomBirth } from './people';
import type { PlantedRow } from './planted-rows';
import type { Rng } from './random';
import type { Company, Official } from './types';

export interface ScaledCase {
	id: string;
	kind: string;
	description: string;
	people: { role: string; person: number }[];
}

export function plantNamesakes(
	rng: Rng,
	people: People,
	officials: readonly Official[],
	companies: readonly Company[],
	count: number,
	planted: Set<number>,
	parties: number
): { cases: ScaledCase[]; rows: PlantedRow[] } {
	const dated = new Set<number>();
	for (const company of companies) {
		for (const o of company.officers) dated.add(o.person);
		for (const m of company.members) if (m.holder.kind === 'person') dated.add(m.holder.person);
	}
	const candidates = officials.filter(
		(o) => (o.kind === 'deputy' || dated.has(o.person)) && !planted.has(o.person)
	);
	const cases: ScaledCase[] = [];
	const rows: PlantedRow[] = [];
	const step = Math.max(1, Math.floor(candidates.length / Math.max(1, count)));
	for (let i = 0; i < candidates.length && cases.length < count; i += step) {
		const official = candidates[i]!;
		const person = people.get(official.person);
		const name = { first: person.first, last: person.last, sex: person.sex };
		let birth = randomBirth(rng, 1950, 1995);
		while (birth.slice(0, 4) === person.birth.slice(0, 4) || !people.isFree(name, birth))
			birth = randomBirth(rng, 1950, 1995);
		const party = official.party ?? rng.int(0, parties - 1);
		const donor = people.addExact(name, birth, person.city, party);
		planted.add(official.person);
		planted.add(donor.id);
		cases.push({
			id: `namesake-scaled-${cases.length + 1}`,
			kind: 'namesake',
			description: `An official and a donor of the same name, born ${person.birth.slice(0, 4)} and ${birth.slice(0, 4)}: two people.`,
			people: [
				{
					role: official.role,
					person: person.id
				},
				{ role: 'donor', person: donor.id }
			]
		});
		for (let gift = 0; gift < 2; gift++) {
			const year = rng.int(2002, 2025);
			rows.push({
				file: 'donations',
				date: isoDate(year, rng.int(1, 12), rng.int(13, 28)),
				party,
				kind: 'Nauda',
				cents: rng.int(2, 40) * 2500,
				donor: { type: 'person', person: donor.id }
			});
		}
	}
	return { cases, rows };
}
