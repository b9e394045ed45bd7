/**
 * Flags read from one official's own declarations (methodological, after the flags
 * declarations.com.ua computes on Ukrainian officials' declarations; the Latvian duty to
 * declare is the law "Par interešu konflikta novēršanu valsts amatpersonu darbībā", Articles
 * 23–24). Each rests on the declaration's own person link, never on a possible one.
 * - wealth-growth: savings plus holdings grew from one year's declaration to the next by more
 *   than the income declared for the later year, and by at least WEALTH_GROWTH_MIN_CENTS.
 * - assets-over-income: savings, holdings and loans given exceed ASSETS_INCOME_MULTIPLE × the
 *   income declared that year (and at least ASSETS_MIN_CENTS, so small sums stay quiet).
 * - private-debt: a debt whose creditor is named and is not an institution (see
 *   `isInstitution`); public VID declarations name no creditor, so this fires only where a
 *   source does.
 */
import type { Flag } from '../../model/flags';
import type { Declaration } from '../../model/types';
import { sortedSources, type FlagContext } from './flag-context';
import { annualByPersonYear, type DeclaredFigures } from './declared-figures';

export const WEALTH_GROWTH_MIN_CENTS = 1_000_000;
export const ASSETS_INCOME_MULTIPLE = 10;
export const ASSETS_MIN_CENTS = 1_000_000;

/** Banks, leasing and credit firms, companies and public bodies: any creditor that is not a private person. */
const INSTITUTION =
	/\b(banka?|bank|l[iī]zing\w*|leasing|kred[iī]t\w*|credit|finan\w*|kr[aā]jaizdev\w*|sia|as|akciju|sabiedr[iī]ba|ltd|llc|oy|ab|gmbh|uab|ou|o[uü]|valsts|pa[sš]vald[iī]ba|dome|fonds|biedr[iī]ba|kooperat[iī]v\w*)\b|\d{11}/i;

export function isInstitution(creditor: string): boolean {
	return INSTITUTION.test(creditor);
}

export function declarationFlags(ctx: FlagContext): Flag[] {
	const flags: Flag[] = [];
	const byPerson = annualByPersonYear(ctx.data.declarations);
	for (const person of [...byPerson.keys()].sort()) {
		const years = byPerson.get(person)!;
		for (const year of [...years.keys()].sort((a, b) => a - b)) {
			const now = years.get(year)!;
			const before = years.get(year - 1);
			const growth = before && wealthGrowth(ctx, before, now);
			if (growth) flags.push(growth);
			const assets = assetsOverIncome(ctx, now);
			if (assets) flags.push(assets);
		}
	}
	for (const d of [...ctx.data.declarations].sort((a, b) => (a.id < b.id ? -1 : 1))) {
		const debt = privateDebt(ctx, d);
		if (debt) flags.push(debt);
	}
	return flags;
}

function base(ctx: FlagContext, ds: Declaration[]) {
	const d = ds.at(-1)!;
	const confidence = ctx.sureOfAll(ds.map((x) => x.id));
	return {
		confidence,
		entity: d.person,
		name: ctx.nameOf(d.person) ?? d.personName,
		year: d.year,
		sources: sortedSources(ds.map((x) => x.source)),
		related: d.institution?.id ? [d.institution.id] : [],
		...(d.institution?.id && { institution: d.institution.id })
	};
}

function wealthGrowth(
	ctx: FlagContext,
	before: DeclaredFigures,
	now: DeclaredFigures
): Flag | undefined {
	const wealth = (f: DeclaredFigures) =>
		f.savingsCents === undefined || f.holdingsCents === undefined
			? undefined
			: f.savingsCents + f.holdingsCents;
	const [was, is] = [wealth(before), wealth(now)];
	if (was === undefined || is === undefined || now.incomeCents === undefined) return undefined;
	const growthCents = is - was;
	if (growthCents < WEALTH_GROWTH_MIN_CENTS || growthCents <= now.incomeCents) return undefined;
	const { confidence, ...rest } = base(ctx, [before.declaration, now.declaration]);
	if (!confidence) return undefined;
	return {
		id: ctx.id('wealth-growth', rest.entity, rest.year),
		kind: 'wealth-growth',
		...rest,
		figures: {
			growthCents,
			wealthBeforeCents: was,
			wealthCents: is,
			incomeCents: now.incomeCents,
			minimumCents: WEALTH_GROWTH_MIN_CENTS
		},
		confidence
	};
}

function assetsOverIncome(ctx: FlagContext, now: DeclaredFigures): Flag | undefined {
	const { savingsCents, holdingsCents, loansGivenCents, incomeCents } = now;
	if (savingsCents === undefined || holdingsCents === undefined) return undefined;
	if (loansGivenCents === undefined || incomeCents === undefined || incomeCents <= 0)
		return undefined;
	const assetsCents = savingsCents + holdingsCents + loansGivenCents;
	if (assetsCents < ASSETS_MIN_CENTS || assetsCents <= ASSETS_INCOME_MULTIPLE * incomeCents)
		return undefined;
	const { confidence, ...rest } = base(ctx, [now.declaration]);
	if (!confidence) return undefined;
	return {
		id: ctx.id('assets-over-income', rest.entity, rest.year),
		kind: 'assets-over-income',
		...rest,
		figures: {
			assetsCents,
			savingsCents,
			holdingsCents,
			loansGivenCents,
			incomeCents,
			multiple: ASSETS_INCOME_MULTIPLE
		},
		confidence
	};
}

function privateDebt(ctx: FlagContext, d: Declaration): Flag | undefined {
	const debts = d.items.filter(
		(i) => i.section === 'debt' && i.creditor !== undefined && !isInstitution(i.creditor)
	);
	if (debts.length === 0) return undefined;
	const { confidence, ...rest } = base(ctx, [d]);
	if (!confidence) return undefined;
	const eur = debts.filter((i) => i.section === 'debt' && i.amount.currency === 'EUR');
	return {
		id: ctx.id('private-debt', rest.entity, rest.year),
		kind: 'private-debt',
		...rest,
		sources: sortedSources([...debts.flatMap((i) => (i.source ? [i.source] : [])), d.source]),
		figures: {
			debtCents: eur.reduce((s, i) => s + (i.section === 'debt' ? i.amount.cents : 0), 0),
			debts: debts.length,
			otherCurrency: debts.length - eur.length
		},
		confidence
	};
}
