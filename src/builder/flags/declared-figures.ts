/**
 * The money figures of one declaration that the declaration flags compare: the income it
 * declares and the savings, holdings and loans given it lists, in EUR cents. Only a
 * declaration read whole (a VID page or its JSON) gives them: a flattened extract such as
 * Delna's interests_and_assets.csv keeps private-sector income and holdings only (no public
 * salary, no savings), so its items cite their own rows and it is left out here.
 */
import type { Declaration, DeclarationItem, SourceRef } from '../../model/types';

export interface DeclaredFigures {
	declaration: Declaration;
	/** Income lines summed (EUR); undefined when a line is in another currency. */
	incomeCents?: number;
	incomeLines: number;
	/** Cash, bank and other savings (EUR); undefined when one is in another currency. */
	savingsCents?: number;
	/** Shares and holdings at their declared value (EUR); undefined as above. */
	holdingsCents?: number;
	/** Loans given (EUR); undefined as above. */
	loansGivenCents?: number;
	sources: SourceRef[];
}

export function isWholeDeclaration(d: Declaration): boolean {
	return d.items.every((item) => item.source === undefined);
}

export function declaredFigures(d: Declaration): DeclaredFigures {
	const sum = (items: DeclarationItem[], amount: (i: DeclarationItem) => number | undefined) => {
		let cents = 0;
		for (const item of items) {
			const value = amount(item);
			if (value === undefined) return undefined;
			cents += value;
		}
		return cents;
	};
	const eur = (m: { cents: number; currency: string } | undefined) =>
		m === undefined ? 0 : m.currency === 'EUR' ? m.cents : undefined;
	const of = (section: DeclarationItem['section']) => d.items.filter((i) => i.section === section);
	const income = of('income');
	return {
		declaration: d,
		incomeCents: sum(income, (i) => (i.section === 'income' ? eur(i.amount) : 0)),
		incomeLines: income.length,
		savingsCents: sum(of('savings'), (i) => (i.section === 'savings' ? eur(i.amount) : 0)),
		holdingsCents: sum(of('shares'), (i) => (i.section === 'shares' ? eur(i.value) : 0)),
		loansGivenCents: sum(of('loan-given'), (i) => (i.section === 'loan-given' ? eur(i.amount) : 0)),
		sources: [d.source]
	};
}

/**
 * Each person's whole annual declaration per year: where several were filed for one year,
 * the one declaring the most income (so no flag rests on a partial filing).
 */
export function annualByPersonYear(
	declarations: readonly Declaration[]
): Map<string, Map<number, DeclaredFigures>> {
	const out = new Map<string, Map<number, DeclaredFigures>>();
	const sorted = [...declarations].sort((a, b) => (a.id < b.id ? -1 : 1));
	for (const d of sorted) {
		if (d.kind !== 'annual' || !isWholeDeclaration(d)) continue;
		const figures = declaredFigures(d);
		let years = out.get(d.person);
		if (!years) out.set(d.person, (years = new Map()));
		const known = years.get(d.year);
		if (!known || (figures.incomeCents ?? -1) > (known.incomeCents ?? -1))
			years.set(d.year, figures);
	}
	return out;
}
