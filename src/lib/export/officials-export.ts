/** The officials table's selected rows as a download: every figure with its declaration's source. */
import type { OfficialRow } from '../explore/officials-protocol';
import type { ExportTable } from './table';

const COLUMNS = [
	'person_id', 'name', 'year', 'declaration_id', 'institution', 'party_or_faction',
	'municipality', 'outside_posts', 'declared_interests', 'income_eur', 'outside_income_eur',
	'holdings_eur', 'debts_eur', 'linked_companies', 'amounts_in_other_currencies'
] as const; // prettier-ignore

/** Cents as a decimal EUR string ("1234.05"): exact, no float. */
export function eurOf(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(cents);
	return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function officialsTable(rows: readonly OfficialRow[]): ExportTable {
	return {
		columns: COLUMNS,
		rows: rows.map((r) => ({
			values: {
				person_id: r.person,
				name: r.name,
				year: r.year,
				declaration_id: r.declaration,
				institution: r.institution?.name,
				party_or_faction: r.party,
				municipality: r.municipality,
				outside_posts: r.posts,
				declared_interests: r.interests,
				income_eur: eurOf(r.incomeCents),
				outside_income_eur: eurOf(r.outsideIncomeCents),
				holdings_eur: eurOf(r.holdingsCents),
				debts_eur: eurOf(r.debtsCents),
				linked_companies: r.companies,
				amounts_in_other_currencies: r.otherCurrency
			},
			sources: [r.source]
		}))
	};
}
