/**
 * The namesake hard case, scaled up for the full set: elected officials each get a donor
 * with the same name, born in another year, who gives twice. Both are planted (their rows
 * go to planted.json), so the linking evaluation checks thousands of namesake pairs instead
 * of the one fixed pair.
 */
import { isoDate } from './format';
import type { People } from './people';
import { randomBirth } from './people';
import type { PlantedRow } from './planted-rows';
import type { Rng } from './random';
import type { Official } from './types';

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
	count: number,
	planted: Set<number>
): { cases: ScaledCase[]; rows: PlantedRow[] } {
	const elected = officials.filter(
		(o) =>
			(o.kind === 'deputy' || o.kind === 'council') &&
			o.party !== undefined &&
			!planted.has(o.person)
	);
	const cases: ScaledCase[] = [];
	const rows: PlantedRow[] = [];
	const step = Math.max(1, Math.floor(elected.length / Math.max(1, count)));
	for (let i = 0; i < elected.length && cases.length < count; i += step) {
		const official = elected[i]!;
		const person = people.get(official.person);
		const name = { first: person.first, last: person.last, sex: person.sex };
		let birth = randomBirth(rng, 1950, 1995);
		while (birth.slice(0, 4) === person.birth.slice(0, 4) || !people.isFree(name, birth))
			birth = randomBirth(rng, 1950, 1995);
		const donor = people.addExact(name, birth, person.city, official.party);
		planted.add(official.person);
		planted.add(donor.id);
		cases.push({
			id: `namesake-scaled-${cases.length + 1}`,
			kind: 'namesake',
			description: `An elected official and a donor of the same name, born ${person.birth.slice(0, 4)} and ${birth.slice(0, 4)}: two people.`,
			people: [
				{
					role: official.kind === 'deputy' ? 'Saeima deputy' : 'council member',
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
				party: official.party!,
				kind: 'Nauda',
				cents: rng.int(2, 40) * 2500,
				donor: { type: 'person', person: donor.id }
			});
		}
	}
	return { cases, rows };
}
