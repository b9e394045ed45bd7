/**
 * sources.json (provenance of every generated source file) and planted.json (the ground
 * truth of the planted linking cases, with where each person's records landed).
 */
import { truthKey } from './people';
import type { PLANTED_CASES } from './planted-cases';
import { FileSink, type SourceLocation, type Tracker } from './sink';
import type { Person } from './types';
import type { World } from './world';

export const SOURCES_JSON = 'sources.json';
export const PLANTED_JSON = 'planted.json';

interface Provenance {
	publisher: string;
	title: string;
	url: string;
}

/** Provenance by path prefix; the first matching prefix wins. */
const PROVENANCE: readonly (readonly [string, Provenance])[] = [
	[
		'knab/donations.csv',
		{
			publisher: 'KNAB, as exported by Delna (TI Latvia)',
			title: 'Party donations (a1 layout)',
			url: 'https://info.knab.gov.lv/lv/db/ziedojumi/'
		}
	],
	[
		'knab/membership-fees.csv',
		{
			publisher: 'KNAB, as exported by Delna (TI Latvia)',
			title: 'Party membership and entry fees (a2 layout)',
			url: 'https://info.knab.gov.lv/lv/db/ziedojumi/'
		}
	],
	[
		'knab/donations-2026.json',
		{
			publisher: 'KNAB',
			title: 'Party donations 2026 (JSON API)',
			url: 'https://info.knab.gov.lv/lv/db/ziedojumi/'
		}
	],
	[
		'knab/expenditure.csv',
		{
			publisher: 'KNAB, as exported by Delna (TI Latvia)',
			title: 'Party expenditure per year (a4 layout)',
			url: 'https://info.knab.gov.lv/lv/db/deklaracijas/'
		}
	],
	[
		'knab/reports/',
		{
			publisher: 'KNAB',
			title: 'Party annual reports (saved report pages)',
			url: 'https://info.knab.gov.lv/lv/db/deklaracijas/'
		}
	],
	[
		'saeima/',
		{
			publisher: 'Saeima, as compiled by Delna (TI Latvia)',
			title: 'Saeima deputies',
			url: 'https://titania.saeima.lv/personal/deputati/saeima13_depweb_public.nsf/'
		}
	],
	[
		'vid/declarations',
		{
			publisher: 'VID, as scraped by the opendata.lv script',
			title: "Public officials' annual declarations",
			url: 'https://www6.vid.gov.lv/VAD'
		}
	],
	[
		'vid/pages/',
		{
			publisher: 'VID',
			title: "Public official's annual declaration (saved portal page)",
			url: 'https://www6.vid.gov.lv/VAD/VADData'
		}
	],
	[
		'vid/interests_and_assets.csv',
		{
			publisher: 'Delna (TI Latvia)',
			title: "Saeima deputies' interests and assets, flattened from VID declarations",
			url: 'https://github.com/gchiara/integritywatch-lv'
		}
	],
	[
		'vid-tax/',
		{
			publisher: 'VID via data.gov.lv',
			title: 'Taxes paid by companies (pdb_nm_komersantu_samaksato_nodoklu_kopsumas_odata)',
			url: 'https://data.gov.lv/dati/lv/dataset'
		}
	],
	[
		'ur/register.csv',
		{
			publisher: 'Uzņēmumu reģistrs',
			title: 'Register of enterprises',
			url: 'https://dati.ur.gov.lv/register/register.csv'
		}
	],
	[
		'ur/officers.csv',
		{
			publisher: 'Uzņēmumu reģistrs',
			title: 'Officers',
			url: 'https://dati.ur.gov.lv/officers/officers.csv'
		}
	],
	[
		'ur/members.csv',
		{
			publisher: 'Uzņēmumu reģistrs',
			title: 'Members (shareholders)',
			url: 'https://dati.ur.gov.lv/members/members.csv'
		}
	],
	[
		'ur/beneficial_owners.csv',
		{
			publisher: 'Uzņēmumu reģistrs',
			title: 'Beneficial owners',
			url: 'https://dati.ur.gov.lv/beneficial_owners/beneficial_owners.csv'
		}
	]
];

export function writeSources(root: string, files: readonly string[]): void {
	const entries = [...files].sort().map((file) => {
		const found = PROVENANCE.find(([prefix]) => file.startsWith(prefix));
		if (!found) throw new Error(`no provenance for ${file}; add it to PROVENANCE in write-meta.ts`);
		return [
			file,
			{ ...found[1], licence: 'Fictional demo data (CC0)', retrievedAt: '2026-11-01' }
		] as const;
	});
	const sink = new FileSink(root, SOURCES_JSON);
	sink.write(`${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`);
	sink.close();
}

export function writePlanted(
	world: World,
	root: string,
	tracker: Tracker,
	cases: typeof PLANTED_CASES
): void {
	const records = (list: SourceLocation[] | undefined) => list ?? [];
	const entry = (role: string, person: Person) => ({
		role,
		key: truthKey(person),
		name: `${person.first} ${person.last}`,
		birthDate: person.birth,
		records: records(tracker.people.get(person.id))
	});
	const out = {
		description:
			'Ground truth of the planted hard cases in the fictional demo data. Every person is fictional.',
		seed: world.seed,
		identity:
			'A person is identified by full name plus birth date; key = "<Given names> <Surname> <YYYY-MM-DD>".',
		locations:
			'CSV records give the line (the header is line 1); JSON arrays give the 0-based index; saved pages give the file.',
		cases: [
			...cases.map((c) => ({
				id: c.id,
				kind: c.kind,
				description: c.description,
				people: c.people.map(({ role, key }) => entry(role, world.planted.people[key])),
				companies: c.companies.map(({ role, key }) => {
					const company = world.planted.companies[key];
					return {
						role,
						name: `SIA "${company.brand}"`,
						regNo: company.regNo,
						records: records(tracker.companies.get(company.index))
					};
				}),
				rows: Object.fromEntries(
					c.tags.map((tag) => [tag, tracker.tags.get(tag) ?? { count: 0, records: [] }])
				),
				...(c.flags && {
					flags: c.flags.map((f) =>
						'person' in f ? { ...f, person: truthKey(world.planted.people[f.person]) } : f
					)
				})
			})),
			...(world.planted.scaled ?? []).map((c) => ({
				...c,
				people: c.people.map(({ role, person }) => entry(role, world.people.get(person))),
				companies: [],
				rows: {}
			}))
		]
	};
	// One location per line keeps the file short enough to read and to diff.
	const text = JSON.stringify(out, null, 2).replace(
		/\{\n\s+("file": "[^"]+")(,\n\s+("(?:line|index)": \d+))?\n\s+\}/g,
		(_, file: string, _rest, at?: string) => (at ? `{ ${file}, ${at} }` : `{ ${file} }`)
	);
	const sink = new FileSink(root, PLANTED_JSON);
	sink.write(`${text}\n`);
	sink.close();
}
