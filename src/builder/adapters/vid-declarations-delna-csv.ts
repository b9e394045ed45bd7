/**
 * Delna's flattened extract of Saeima deputies' VID declarations (interests_and_assets.csv,
 * "Deputāti uz Delnas"): one row per declared position, income or holding. Rows are grouped
 * into one declaration per (person, DeclYear, filed_as), in first-seen order.
 */
import { ValueError } from '../../model/errors';
import { displayName, foldText } from '../../model/fold-name';
import { parseMoney } from '../../model/parse-money';
import type { Counterparty, DeclarationItem } from '../../model/types';
import { headerCells, readCsv } from '../sources/csv';
import type {
	Adapter,
	AdapterResult,
	DeclarationRecord,
	SourceFile
} from '../sources/source-records';
import { cleanName, institutionKind } from './declaration-sections';
import { VID_PROVENANCE } from './vid-declaration-build';
import { recordRef } from '../sources/record-ref';

const SAEIMA_NAME = 'Latvijas Republikas Saeima';
const REQUIRED = ['Surname_name', 'DeclYear', 'filed_as', 'Interest_Type', 'Entity_name'];

export const vidDeclarationsDelnaCsv: Adapter = {
	format: 'vid-declarations-delna-csv',
	description: 'VID declarations of Saeima deputies, flattened by Delna (interests_and_assets.csv)',
	detect: (file: SourceFile) => {
		const header = headerCells(file.text);
		return REQUIRED.every((name) => header.includes(name)) && header.includes('Fin_v_value');
	},
	read,
	provenance: {
		...VID_PROVENANCE,
		licence: `${VID_PROVENANCE.licence}; compiled by Delna (TI Latvia); no licence stated`
	}
};

type Kind = 'post' | 'income' | 'shares';

function read(file: SourceFile, options: { dataset: string }): AdapterResult {
	const table = readCsv(file.text);
	const result: AdapterResult & { records: DeclarationRecord[] } = {
		records: [],
		rejected: table.broken.map(({ line, reason }) => ({ line, reason })),
		warnings: [],
		rowsRead: table.rows.length + table.broken.length
	};
	const missing = REQUIRED.filter((name) => !table.header.includes(name));
	if (missing.length > 0) {
		const reason = `missing columns ${missing.join(', ')}; not Delna's interests_and_assets.csv`;
		result.rejected.push({ line: 1, reason });
		return result;
	}
	const groups = new Map<string, DeclarationRecord>();
	for (const row of table.rows) {
		const { values } = row;
		const v = (name: string) => (values[name] ?? '').replace(/\s+/g, ' ').trim();
		const at = `line ${row.line}`;
		const year = v('DeclYear');
		// The bundle holds years 1900–2100; a 4-digit figure outside them is not a year.
		const isYear = /^\d{4}$/.test(year) && Number(year) >= 1900 && Number(year) <= 2100;
		if (!isYear || !v('Surname_name')) {
			result.rejected.push({
				line: row.line,
				reason: `no person or no year (DeclYear ${JSON.stringify(year)})`
			});
			continue;
		}
		// Delna lists deputies who owed no declaration that year with a row saying so.
		if (/nebija pienakuma/.test(foldText(v('filed_as')))) {
			if (v('Entity_name') || v('Interest_Type')) {
				result.rejected.push({
					line: row.line,
					reason: 'says no declaration was due, yet lists an interest'
				});
			} else {
				result.warnings.push(
					`${at}: no declaration for ${v('Surname_name')} ${year}: ${v('filed_as')}`
				);
			}
			continue;
		}
		let items: DeclarationItem[];
		try {
			items = readItems(v, (warning) => result.warnings.push(`${at}: ${warning}`));
		} catch (error) {
			if (!(error instanceof ValueError)) throw error;
			result.rejected.push({ line: row.line, reason: error.message });
			continue;
		}
		const key = [v('Surname_name'), year, v('filed_as')].join('\u0000');
		const source = { dataset: options.dataset, record: recordRef(file.name, row.line) };
		let record = groups.get(key);
		if (!record) {
			record = declaration(v, Number(year), source);
			groups.set(key, record);
			result.records.push(record);
		}
		// Each item cites its own row: the declaration's source is only the first of them.
		for (const item of items) record.items.push({ ...item, source });
	}
	return result;
}

function declaration(
	v: (name: string) => string,
	year: number,
	source: DeclarationRecord['source']
): DeclarationRecord {
	// "Deputāts - Latvijas Republikas Saeima (beidzot darbu - 14.06)": the end note belongs to the post.
	const note = /\s*(\(beidzot[^)]*\))$/.exec(v('filed_as'));
	const filedAs = note ? v('filed_as').slice(0, note.index) : v('filed_as');
	const [, post = filedAs, place = ''] = /^(.*?)\s+-\s+(.*)$/.exec(filedAs) ?? [];
	const institution = cleanName(place);
	const faction = v('Frakcija');
	return {
		type: 'declaration',
		person: {
			type: 'person',
			name: displayName(v('Surname_name')),
			// "Deputies not in a faction" is no party, so it corroborates nothing.
			party: faction && !/nepiederos/.test(foldText(faction)) ? faction : undefined,
			institution: institution || undefined,
			// Every row is a 13th-Saeima deputy's, with the mandate's status: a minister filing at the
			// State Chancellery is still the list's deputy.
			...(v('Mandate_status') && { mandateIn: SAEIMA_NAME })
		},
		year,
		// Delna extracted the yearly declarations (one per DeclYear); the file names no other kind.
		kind: 'annual',
		institution: institution
			? { type: 'organisation', name: institution, kind: institutionKind(institution) }
			: undefined,
		post: [post, note?.[1]].filter(Boolean).join(' ') || undefined,
		...(v('Committees') && { committees: v('Committees') }),
		items: [],
		source
	};
}

/**
 * A row is read as what it carries: Delna typed a few rows one way and filled in another
 * (a "Position" with only dividends), so filled columns win over Interest_Type, with a warning.
 */
function readItems(
	v: (name: string) => string,
	warn: (warning: string) => void
): DeclarationItem[] {
	const declared = /^(Position|Income|Holding)\b/.exec(v('Interest_Type'))?.[1];
	const typed: Record<string, Kind> = { Position: 'post', Income: 'income', Holding: 'shares' };
	const carried: Kind[] = [];
	if (v('Position')) carried.push('post');
	if (v('Income_type') || v('Income_value')) carried.push('income');
	if (v('Fin_v') || v('Fin_v_value')) carried.push('shares');
	if (v('Interest_Type') && !declared)
		throw new ValueError(`unknown Interest_Type ${JSON.stringify(v('Interest_Type'))}`);
	const kind = declared ? typed[declared] : undefined;
	if (!kind && carried.length === 0) {
		// A deputy who declared none of these still filed: the row stands for an empty declaration.
		if (v('Entity_name'))
			throw new ValueError('no Interest_Type and nothing declared for the entity');
		return [];
	}
	const kinds = carried.length > 0 ? carried : [kind ?? 'post'];
	if (kinds.length !== 1 || kinds[0] !== kind) {
		warn(
			`Interest_Type ${JSON.stringify(v('Interest_Type'))} but the row carries ${kinds.join(' and ')}; read as such`
		);
	}
	const entity = counterparty(v('Entity_name'), v('Entity_RegNum'), warn);
	return kinds.map((k) => item(k, entity, v, warn));
}

function item(
	kind: Kind,
	entity: Counterparty | undefined,
	v: (name: string) => string,
	warn: (warning: string) => void
): DeclarationItem {
	if (kind === 'post') {
		if (!v('Position')) warn('no Position given for this post');
		return { section: 'post', title: v('Position'), organisation: entity };
	}
	if (kind === 'income') {
		const amount = v('Income_value');
		return {
			section: 'income',
			payer: entity,
			type: v('Income_type'),
			amount: amount ? euros(amount, warn) : undefined
		};
	}
	if (!entity) throw new ValueError('a holding without a company');
	const value = v('Fin_v_value');
	return {
		section: 'shares',
		company: entity,
		type: v('Fin_v') || undefined,
		value: value ? euros(value, warn) : undefined
	};
}

function counterparty(
	name: string,
	regNo: string,
	warn: (w: string) => void
): Counterparty | undefined {
	if (!name) return undefined;
	// Foreign entities carry "T" + 10 digits here (a VID code, it seems); it still identifies them.
	if (/^(\d{11}|T\d{10})$/.test(regNo)) return { name, regNo };
	if (regNo) warn(`Entity_RegNum ${JSON.stringify(regNo)} is not a registration number; left out`);
	return { name };
}

/** `"  1,204.06 € "`: comma thousands, dot decimal; the file is all euros, two cells lack the sign. */
function euros(raw: string, warn: (w: string) => void) {
	if (!/[€A-Z]/.test(raw))
		warn(`amount ${JSON.stringify(raw)} has no currency; read as EUR like the rest`);
	return parseMoney(raw, { decimal: '.', currency: 'EUR' });
}
