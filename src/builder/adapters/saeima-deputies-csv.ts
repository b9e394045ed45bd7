/**
 * The Saeima deputies list as compiled by Delna (`groups.csv`): `Deputāts/e, Frakcija,
 * Dzimums, Dzimšanas gads, Dzīvesvieta, Izglitība, Politiska partija, …, Mandāta statuss,
 * Darbība 13.Saeimā, E-pasta adrese`. Columns are found by folded header name, so reordered
 * columns and small spelling drifts read the same; names may be "Surname, Name" or "Name Surname".
 */
import { displayName, foldText } from '../../model/fold-name';
import { saeimaTerm, type SaeimaTerm } from '../../model/saeima-terms';
import type { PostDetails } from '../../model/types';
import { headerCells, readCsv, type CsvRow } from '../sources/csv';
import type {
	Adapter,
	AdapterResult,
	OrganisationMention,
	PersonMention,
	PostRecord,
	RejectedRow
} from '../sources/source-records';
import { findColumn, previewLines } from './header-columns';
import { recordRef } from '../sources/record-ref';

const SAEIMA: OrganisationMention = {
	type: 'organisation',
	name: 'Latvijas Republikas Saeima',
	regNo: '90000028300',
	kind: 'institution'
};

const COLUMNS = {
	name: [/^deputat/, /^vardsuzvards$/, /^uzvardsvards$/],
	faction: [/^frakcija$/],
	birthYear: [/^dzimsanasgads$/, /^dzimis/],
	residence: [/^dzivesvieta$/],
	party: [/^politiskapartija$/, /^partija$/],
	status: [/^mandat/],
	list: [/^ievelet/, /saraksta$/],
	email: [/^epast/, /^email$/],
	url: [/^darbiba/, /saite$/, /^url$/]
} as const;

type Field = keyof typeof COLUMNS;
type Columns = Partial<Record<Field, string>>;

// "Nav" is how the list says a deputy has no party.
const NO_PARTY = new Set(['', 'nav', '-', 'bezpartejisks', 'bezpartejiska']);
const FULL_MANDATE = 'pilntiesigs mandats';

function findColumns(header: readonly string[]): Columns {
	const columns: Columns = {};
	for (const field of Object.keys(COLUMNS) as Field[]) {
		const found = findColumn(header, COLUMNS[field]);
		if (found !== undefined) columns[field] = found;
	}
	return columns;
}

/** The Saeima number from a header such as `Darbība 13.Saeimā`. */
function saeimaNumber(header: readonly string[]): number | undefined {
	for (const name of header) {
		const match = /(\d{1,2})\s*\.?\s*saeim/.exec(foldText(name));
		if (match) return Number(match[1]);
	}
	return undefined;
}

function cell(values: Record<string, string>, column: string | undefined): string {
	return column === undefined ? '' : (values[column] ?? '').replace(/\s+/g, ' ').trim();
}

interface Context {
	columns: Columns;
	role: string;
	/** The Saeima the list names, with its dates from data/saeima-terms.json. */
	term?: SaeimaTerm;
	dataset: string;
	file: string;
	warnings: string[];
}

function readDeputy(row: CsvRow, context: Context): PostRecord[] | string {
	const { columns, warnings } = context;
	const { values } = row;
	const name = displayName(cell(values, columns.name));
	if (!name) return 'no deputy name';
	const yearText = cell(values, columns.birthYear);
	// The bundle holds years 1900–2100; a 4-digit figure outside them is not a birth year.
	const birthYear =
		/^\d{4}$/.test(yearText) && Number(yearText) >= 1900 && Number(yearText) <= 2100
			? Number(yearText)
			: undefined;
	if (yearText !== '' && birthYear === undefined) {
		warnings.push(`line ${row.line}: birth year ${JSON.stringify(yearText)} unreadable; left out`);
	}
	const partyText = cell(values, columns.party);
	const party = NO_PARTY.has(foldText(partyText)) ? undefined : partyText;
	if (partyText !== '' && !party) {
		warnings.push(`line ${row.line}: party ${JSON.stringify(partyText)} read as no party`);
	}
	const municipality = cell(values, columns.residence);
	const person: PersonMention = {
		type: 'person',
		name,
		...(birthYear !== undefined ? { birthYear } : {}),
		...(party ? { party } : {}),
		institution: SAEIMA.name,
		...(municipality ? { municipality } : {})
	};
	const status = cell(values, columns.status);
	// A temporary mandate (standing in for a minister) is worth showing; a full one is the norm.
	const role =
		status && foldText(status) !== FULL_MANDATE ? `${context.role} (${status})` : context.role;
	const url = cell(values, columns.url);
	const source = {
		dataset: context.dataset,
		record: recordRef(context.file, row.line),
		...(/^https?:\/\//.test(url) ? { url } : {})
	};
	const details: PostDetails = {};
	const faction = cell(values, columns.faction);
	const list = cell(values, columns.list);
	const email = cell(values, columns.email);
	if (faction) details.faction = faction;
	if (list) details.list = list;
	if (status) details.mandate = status;
	if (email) details.email = email;
	const { term } = context;
	const posts: PostRecord[] = [
		{
			type: 'post',
			person,
			organisation: SAEIMA,
			relation: 'holds-post',
			role,
			...(term && { start: term.start, ...(term.end && { end: term.end }) }),
			...(Object.keys(details).length > 0 && { details }),
			source
		}
	];
	if (party) {
		posts.push({
			type: 'post',
			person,
			organisation: { type: 'organisation', name: party, kind: 'party' },
			// No role: the list states the party, not a title; the interface names the kind.
			relation: 'member-of',
			source
		});
	}
	return posts;
}

export const saeimaDeputiesCsv: Adapter = {
	format: 'saeima-deputies-csv',
	description: "Saeima deputies list (Delna's groups.csv): deputy, faction, party, birth year",
	provenance: {
		publisher: 'Latvijas Republikas Saeima',
		title: 'Saeimas deputāti',
		url: 'https://titania.saeima.lv/',
		licence: 'Public information; compiled by Delna'
	},

	detect(file) {
		const columns = findColumns(headerCells(file.text));
		return columns.name !== undefined && columns.faction !== undefined;
	},

	read(file, options): AdapterResult {
		const table = readCsv(file.text);
		const columns = findColumns(table.header);
		const rejected: RejectedRow[] = table.broken.map(({ line, reason }) => ({ line, reason }));
		const rowsRead = table.rows.length + table.broken.length;
		if (columns.name === undefined) {
			for (const row of table.rows)
				rejected.push({ line: row.line, reason: 'header has no deputy name column' });
			return {
				records: [],
				rejected: rejected.sort((a, b) => a.line - b.line),
				warnings: [],
				rowsRead
			};
		}
		const number = saeimaNumber(table.header);
		const warnings: string[] = [];
		if (!number) warnings.push('no Saeima number in the header (e.g. "Darbība 13.Saeimā")');
		const term = number ? saeimaTerm(number) : undefined;
		if (number && !term)
			warnings.push(`the ${number}. Saeima is not in data/saeima-terms.json; posts left undated`);
		const context: Context = {
			columns,
			role: number ? `${number}. Saeimas deputāts` : 'Saeimas deputāts',
			...(term && { term }),
			dataset: options.dataset,
			file: file.name,
			warnings
		};
		const records: PostRecord[] = [];
		const withoutUrl: number[] = [];
		for (const row of table.rows) {
			const posts = readDeputy(row, context);
			if (typeof posts === 'string') rejected.push({ line: row.line, reason: posts });
			else {
				records.push(...posts);
				if (columns.url !== undefined && !posts[0]?.source.url) withoutUrl.push(row.line);
			}
		}
		if (withoutUrl.length > 0) {
			warnings.push(
				`${withoutUrl.length} deputy row(s) without a profile URL (${previewLines(withoutUrl)})`
			);
		}
		return { records, rejected: rejected.sort((a, b) => a.line - b.line), warnings, rowsRead };
	}
};
