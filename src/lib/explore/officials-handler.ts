/**
 * Answers the officials and rankings calls (officials-protocol.ts) over the explore file's
 * columnar officials table: filters walk the columns, never row objects, and only the page
 * of rows asked for is turned into objects. Pure: no storage; the explore handler passes the
 * sections it read.
 */
import { foldText } from '../../model/fold-name';
import type { OfficialTable, Rankings } from '../../model/explore-officials';
import type {
	MunicipalityValue,
	OfficialFilter,
	OfficialOptions,
	OfficialSort,
	OfficialsRequest,
	OfficialsResponse
} from './officials-protocol';
import { institutionKey, rowAt, totalsOf } from './officials-rows';

export interface OfficialSections {
	officials?: OfficialTable;
	rankings?: Rankings;
}

export function answerOfficials(
	sections: OfficialSections,
	request: OfficialsRequest
): OfficialsResponse {
	if (request.call === 'rankings') {
		return sections.rankings
			? { ok: true, rankings: sections.rankings }
			: { ok: false, missing: true, reason: 'the explore file has no rankings' };
	}
	const table = sections.officials;
	if (!table)
		return { ok: false, missing: true, reason: 'the explore file has no officials table' };
	switch (request.call) {
		case 'official-options':
			return { ok: true, officialOptions: officialOptions(table) };
		case 'officials': {
			const { filter, sort, descending, offset, limit } = request.query;
			const selected = sortRows(table, selectRows(table, filter), sort, descending);
			const rows = selected.slice(offset, offset + limit).map((i) => rowAt(table, i));
			return { ok: true, officialsPage: { totals: totalsOf(table, selected), rows } };
		}
		case 'official-map':
			return {
				ok: true,
				officialMap: municipalityValues(table, request.filter, request.measure)
			};
		case 'official-rows': {
			const selected = sortRows(
				table,
				selectRows(table, request.filter),
				request.sort,
				request.descending
			);
			return { ok: true, officialRows: selected.map((i) => rowAt(table, i)) };
		}
	}
}

export function officialOptions(table: OfficialTable): OfficialOptions {
	const c = table.columns;
	const count = (column: number[], size: number) => {
		const counts = new Array<number>(size).fill(0);
		for (const code of column) if (code >= 0) counts[code]!++;
		return counts;
	};
	const institutionRows = count(c.institution, table.institutions.length);
	const partyRows = count(c.party, table.parties.length);
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'lv');
	return {
		years: [...new Set(c.year)].sort((a, b) => b - a),
		institutions: table.institutions
			.map((entry, i) => ({
				key: institutionKey(entry),
				name: entry.name,
				rows: institutionRows[i]!
			}))
			.sort(byName),
		parties: table.parties.map((name, i) => ({ name, rows: partyRows[i]! })).sort(byName),
		unmatched: table.unmatched
	};
}

/** Row indexes the filter selects; `skip` leaves one dimension out (the map's own). */
export function selectRows(
	table: OfficialTable,
	filter: OfficialFilter,
	skip?: keyof OfficialFilter
): number[] {
	const c = table.columns;
	const codeOf = (values: readonly string[], value: string | undefined) =>
		value === undefined ? undefined : values.indexOf(value);
	const institution =
		filter.institution === undefined || skip === 'institution'
			? undefined
			: table.institutions.findIndex((e) => institutionKey(e) === filter.institution);
	const party = skip === 'party' ? undefined : codeOf(table.parties, filter.party);
	const place =
		skip === 'municipality' ? undefined : codeOf(table.municipalities, filter.municipality);
	const year = skip === 'year' ? undefined : filter.year;
	const name = skip === 'name' || !filter.name ? '' : foldText(filter.name);
	const folded = name ? foldedNames(table) : [];
	const selected: number[] = [];
	for (let i = 0; i < c.person.length; i++) {
		if (year !== undefined && c.year[i] !== year) continue;
		if (institution !== undefined && c.institution[i] !== institution) continue;
		if (party !== undefined && c.party[i] !== party) continue;
		if (place !== undefined && c.municipality[i] !== place) continue;
		if (name && !folded[i]!.includes(name)) continue;
		selected.push(i);
	}
	return selected;
}

const FOLDED = new WeakMap<OfficialTable, string[]>();

/** The names folded once per table, for the name filter. */
function foldedNames(table: OfficialTable): string[] {
	let folded = FOLDED.get(table);
	if (!folded) FOLDED.set(table, (folded = table.columns.name.map(foldText)));
	return folded;
}

const COLLATOR = new Intl.Collator('lv');
const RANKS = new WeakMap<OfficialTable, Record<'name' | 'institution' | 'party', Int32Array>>();

/** Each row's place in name, institution and party order, collated once per table. */
function textRanks(table: OfficialTable) {
	let ranks = RANKS.get(table);
	if (!ranks) {
		const c = table.columns;
		const rankOf = (text: (i: number) => string) => {
			const order = c.person.map((_, i) => i);
			const texts = order.map(text);
			order.sort((a, b) => COLLATOR.compare(texts[a]!, texts[b]!));
			const rank = new Int32Array(order.length);
			// Equal texts share a rank, so the tie-breakers below decide between them.
			order.forEach((row, at) => {
				const before = order[at - 1];
				rank[row] = at > 0 && texts[before!] === texts[row] ? rank[before!]! : at;
			});
			return rank;
		};
		ranks = {
			name: rankOf((i) => c.name[i]!),
			institution: rankOf((i) => table.institutions[c.institution[i]!]?.name ?? ''),
			party: rankOf((i) => table.parties[c.party[i]!] ?? '')
		};
		RANKS.set(table, ranks);
	}
	return ranks;
}

const ORDERS = new WeakMap<OfficialTable, Map<string, Int32Array>>();
/** Below this many rows a selection is sorted itself; above, the table's cached order is filtered. */
const SMALL = 2_000;

/** Sorted by the column, then by name and year, so equal figures keep a stable order. */
export function sortRows(
	table: OfficialTable,
	rows: number[],
	sort: OfficialSort,
	descending: boolean
): number[] {
	if (rows.length <= SMALL) return [...rows].sort(comparer(table, sort, descending));
	// The whole table's order, sorted once per column and direction; the selection keeps its rows.
	let orders = ORDERS.get(table);
	if (!orders) ORDERS.set(table, (orders = new Map()));
	const key = `${sort}|${descending}`;
	let order = orders.get(key);
	if (!order) {
		order = Int32Array.from(table.columns.person.keys()).sort(comparer(table, sort, descending));
		orders.set(key, order);
	}
	const chosen = new Uint8Array(table.columns.person.length);
	for (const i of rows) chosen[i] = 1;
	const sorted: number[] = [];
	for (const i of order) if (chosen[i]) sorted.push(i);
	return sorted;
}

function comparer(table: OfficialTable, sort: OfficialSort, descending: boolean) {
	const c = table.columns;
	const ranks = textRanks(table);
	const sign = descending ? -1 : 1;
	const key: ArrayLike<number> =
		sort === 'name' || sort === 'institution' || sort === 'party' ? ranks[sort] : c[sort];
	const name = ranks.name;
	return (a: number, b: number) =>
		sign * (key[a]! - key[b]!) || name[a]! - name[b]! || c.year[b]! - c.year[a]! || a - b;
}

/** Each tile's figure over council deputies' rows, by every filter but the municipality. */
export function municipalityValues(
	table: OfficialTable,
	filter: OfficialFilter,
	measure: 'interests' | 'incomeCents' | 'holdingsCents'
): MunicipalityValue[] {
	const c = table.columns;
	const values = table.municipalities.map((id) => ({ id, rows: 0, value: 0 }));
	for (const i of selectRows(table, filter, 'municipality')) {
		const tile = values[c.municipality[i]!];
		if (!tile) continue;
		tile.rows++;
		tile.value += c[measure][i]!;
	}
	return values.filter((v) => v.rows > 0);
}
