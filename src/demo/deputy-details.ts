/**
 * The Saeima list's descriptive columns for a fictional deputy: faction, electoral list,
 * mandate status, residence, education, committees and the titania page id.
 */
import { splitList } from './format';
import { COUNTIES } from './places';
import type { Rng } from './random';
import type { DeputyDetails, Party, Person } from './types';

export const NON_ATTACHED = 'Pie frakcijām nepiederošie deputāti';

const DISTRICTS = ['Rīgas', 'Vidzemes', 'Latgales', 'Kurzemes', 'Zemgales'] as const;

const SCHOOLS = splitList(`
	Latvijas Universitāte, Rīgas Tehniskā universitāte, Latvijas Lauksaimniecības universitāte,
	Daugavpils Universitāte, Liepājas Universitāte, Rīgas Stradiņa universitāte,
	Vidzemes Augstskola, Banku augstskola, Rēzeknes Tehnoloģiju akadēmija
`);

const DEGREES = splitList(`
	Ekonomika; Maģistra grāds, Tiesību zinātne; Maģistra grāds, Vadības zinātne; Bakalaura grāds,
	Inženierzinātnes; Maģistra grāds, Pedagoģija; Bakalaura grāds, Politikas zinātne; Maģistra grāds,
	Medicīna; Ārsta grāds, Datorzinātnes; Bakalaura grāds, Vēsture; Maģistra grāds
`);

const COMMITTEES = splitList(
	`
	Budžeta un finanšu (nodokļu) komisija; Juridiskā komisija; Ārlietu komisija;
	Aizsardzības, iekšlietu un korupcijas novēršanas komisija; Tautsaimniecības, agrārās,
	vides un reģionālās politikas komisija; Izglītības, kultūras un zinātnes komisija;
	Sociālo un darba lietu komisija; Valsts pārvaldes un pašvaldības komisija;
	Mandātu, ētikas un iesniegumu komisija; Publisko izdevumu un revīzijas komisija
`,
	';'
).map((name) => name.replace(/\s+/g, ' '));

function education(rng: Rng, birthYear: number): string {
	const parts: string[] = [];
	const degrees = rng.int(1, 2);
	// Newest first, as the Saeima pages list them; the older degree came some years before.
	let year = birthYear + rng.int(22, 26) + (degrees - 1) * rng.int(2, 6);
	for (let i = 0; i < degrees; i++) {
		const [field = '', degree = ''] = rng
			.pick(DEGREES)
			.split(';')
			.map((s) => s.trim());
		parts.push(`${field}, ${degree} (${rng.pick(SCHOOLS)}, ${year})`);
		year = Math.max(birthYear + 21, year - rng.int(2, 5));
	}
	if (rng.chance(0.4))
		parts.push(`Vispārējā vidējā (${rng.int(1, 99)}. vidusskola, ${birthYear + 18})`);
	return parts.join('; ');
}

function residence(rng: Rng, person: Person): string {
	if (rng.chance(0.75)) return person.city.name;
	return `${rng.pick(COUNTIES)} novads`;
}

export function deputyDetails(
	rng: Rng,
	person: Person,
	parties: Party[],
	partyIndex?: number
): DeputyDetails {
	const party = partyIndex === undefined ? undefined : parties[partyIndex];
	const list = party?.short ?? rng.pick(parties.filter((p) => p.inSaeima)).short;
	const nonAttached = party === undefined || rng.chance(0.04);
	let mandate = 'Pilntiesīgs mandāts';
	if (rng.chance(0.12)) {
		const verb = person.sex === 'F' ? 'Apstiprināta' : 'Apstiprināts';
		mandate = `${verb} uz laiku, kamēr ministra pienākumus pilda deputāti, kuri ievēlēti no partijas "${list}" ${rng.pick(DISTRICTS)} vēlēšanu apgabala kandidātu saraksta`;
	}
	const committees = rng
		.shuffle([...COMMITTEES])
		.slice(0, rng.int(1, 2))
		.join('; ');
	return {
		faction: nonAttached ? NON_ATTACHED : list,
		list,
		mandate,
		residence: residence(rng, person),
		education: education(rng, Number(person.birth.slice(0, 4))),
		unid: rng.hex(32),
		committees
	};
}
