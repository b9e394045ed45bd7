/**
 * The officials table's rows as the page reads them: one row as an object (only for the page
 * shown or a download), and the sums of every selected row.
 */
import type { OfficialTable } from '../../model/explore-officials';
import type { OfficialRow, OfficialTotals } from './officials-protocol';

/** The key an institution filter names: its entity id, or `=<name>` without one. */
export function institutionKey(entry: { id: string; name: string }): string {
	return entry.id || `=${entry.name}`;
}

const PEOPLE = new WeakMap<OfficialTable, { code: Int32Array; count: number }>();

/** Each row's person as a small integer, numbered once per table, so counting people is a mark. */
function peopleOf(table: OfficialTable) {
	let people = PEOPLE.get(table);
	if (!people) {
		const index = new Map<string, number>();
		const code = Int32Array.from(table.columns.person, (id) => {
			let at = index.get(id);
			if (at === undefined) index.set(id, (at = index.size));
			return at;
		});
		PEOPLE.set(table, (people = { code, count: index.size }));
	}
	return people;
}

export function totalsOf(table: OfficialTable, rows: readonly number[]): OfficialTotals {
	const c = table.columns;
	const { code, count } = peopleOf(table);
	const seen = new Uint8Array(count);
	const totals = {
		rows: rows.length,
		people: 0,
		incomeCents: 0,
		outsideIncomeCents: 0,
		holdingsCents: 0,
		debtsCents: 0,
		otherCurrency: 0
	};
	for (const i of rows) {
		if (!seen[code[i]!]) {
			seen[code[i]!] = 1;
			totals.people++;
		}
		totals.incomeCents += c.incomeCents[i]!;
		totals.outsideIncomeCents += c.outsideIncomeCents[i]!;
		totals.holdingsCents += c.holdingsCents[i]!;
		totals.debtsCents += c.debtsCents[i]!;
		totals.otherCurrency += c.otherCurrency[i]!;
	}
	return totals;
}

export function rowAt(table: OfficialTable, i: number): OfficialRow {
	const c = table.columns;
	const institution = table.institutions[c.institution[i]!];
	const party = table.parties[c.party[i]!];
	const municipality = table.municipalities[c.municipality[i]!];
	return {
		person: c.person[i]!,
		name: c.name[i]!,
		year: c.year[i]!,
		declaration: c.declaration[i]!,
		...(institution && {
			institution: {
				key: institutionKey(institution),
				...(institution.id && { id: institution.id }),
				name: institution.name
			}
		}),
		...(party !== undefined && { party }),
		...(municipality !== undefined && { municipality }),
		posts: c.posts[i]!,
		interests: c.interests[i]!,
		incomeCents: c.incomeCents[i]!,
		outsideIncomeCents: c.outsideIncomeCents[i]!,
		holdingsCents: c.holdingsCents[i]!,
		debtsCents: c.debtsCents[i]!,
		companies: c.companies[i]!,
		otherCurrency: c.otherCurrency[i]!,
		source: {
			dataset: table.datasets[c.dataset[i]!]!,
			record: c.record[i]!,
			...(c.url[i] && { url: c.url[i] })
		}
	};
}
