/**
 * The Saeima deputies list in the Delna groups.csv layout: "Surname, Name", sex V/S, birth
 * year only, sorted by surname, minimal quoting and no newline after the last row.
 */
import { csvLine } from './format';
import { stripMarks } from './names';
import { FileSink, type Tracker } from './sink';
import type { World } from './world';

export const DEPUTIES_CSV = 'saeima/deputies.csv';

export const DEPUTIES_HEADER =
	'Deputāts/e,Frakcija,Dzimums,Dzimšanas gads,Dzīvesvieta,Izglitība,Politiska partija,Ievelēts/-a no saraksta,Mandāta statuss,Darbība 13.Saeimā,E-pasta adrese';

/** The titania archive link pattern; the unid is invented per deputy. */
export function titaniaUrl(unid: string): string {
	return `https://titania.saeima.lv/personal/deputati/saeima13_depweb_public.nsf/depArchive.html?ReadForm&unid=${unid}&url=./0/${unid}?OpenDocument&lang=LV`;
}

export function writeDeputies(world: World, root: string, tracker: Tracker): number {
	const deputies = world.officials
		.filter((o) => o.kind === 'deputy')
		.map((official) => ({ official, person: world.people.get(official.person) }))
		.sort(
			(a, b) =>
				a.person.last.localeCompare(b.person.last, 'lv') ||
				a.person.first.localeCompare(b.person.first, 'lv') ||
				a.person.birth.localeCompare(b.person.birth)
		);
	const sink = new FileSink(root, DEPUTIES_CSV);
	sink.write(DEPUTIES_HEADER);
	deputies.forEach(({ official, person }, i) => {
		const details = official.deputy;
		if (!details) throw new Error(`deputy ${person.id} has no Saeima details`);
		const party = official.party === undefined ? '' : (world.parties[official.party]?.short ?? '');
		const email = `${stripMarks(person.first).replace(/ /g, '.')}.${stripMarks(person.last)}@saeima.lv`;
		const cells = [
			`${person.last}, ${person.first}`,
			details.faction,
			person.sex === 'M' ? 'V' : 'S',
			person.birth.slice(0, 4),
			details.residence,
			details.education,
			party,
			details.list,
			details.mandate,
			titaniaUrl(details.unid),
			email
		];
		sink.write(`\n${csvLine(cells)}`);
		tracker.person(person.id, { file: DEPUTIES_CSV, line: i + 2 });
	});
	sink.close();
	return deputies.length;
}
