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

export function totalsOf(table: OfficialTable, rows: readonly number[]): OfficialTotals {
	const c = table.columns;
	const totals = { rows: rows.length, people: new Set(rows.map((i) => c.person[i])).size };
	const sum = (column: number[]) => rows.reduce((s, i) => s + column[i]!, 0);
	return {
		...totals,
		incomeCents: sum(c.incomeCents),
		outsideIncomeCents: sum(c.outsideIncomeCents),
		holdingsCents: sum(c.holdingsCents),
		debtsCents: sum(c.debtsCents),
		otherCurrency: sum(c.otherCurrency)
	};
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
