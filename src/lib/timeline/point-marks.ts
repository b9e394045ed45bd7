/** Dated marks of a timeline: declarations, donations, months' donations received, tax totals. */
import type { Profile } from '../reads/profile';
import { sumByCurrency } from '../format/money';
import { isFeeKind } from '../../model/money-kinds';
import type { DonationKind, EntityRef, Money, TaxTotal } from '../../model/types';
import type { DeclarationMark, DonationMark, ReceivedMark, TaxMark } from './marks';
import { dateRange, pointAt, yearDate } from './time';

/** How big a sum is drawn: its EUR amount, or the first currency's when there is no EUR. */
export function weightOf(totals: readonly Money[]): number {
	return Math.abs((totals.find((m) => m.currency === 'EUR') ?? totals[0])?.cents ?? 0);
}

const point = (date: string) => {
	const at = pointAt(date);
	return at === undefined ? undefined : { start: at, end: at };
};

export function declarationMarks(profile: Profile): DeclarationMark[] {
	return profile.group.declarations.flatMap((d) => {
		const at = point(yearDate(d.year));
		if (!at) return [];
		const items = d.items;
		return [
			{
				kind: 'declaration',
				id: `declarations:${d.id}`,
				lane: 'declarations',
				row: 0,
				...at,
				year: d.year,
				declarationKind: d.kind,
				...(d.post !== undefined && { post: d.post }),
				income: sumByCurrency(items.map((i) => (i.section === 'income' ? i.amount : undefined))),
				properties: items.filter((i) => i.section === 'real-estate').length,
				debts: sumByCurrency(items.map((i) => (i.section === 'debt' ? i.amount : undefined))),
				source: d.source
			}
		];
	});
}

/** Donations and fees the entity paid (each in its own lane), coloured by the party paid. */
export function donationMarks(profile: Profile): { marks: DonationMark[]; parties: EntityRef[] } {
	const own = profile.group.donations.filter((d) => d.donor === profile.entity.id);
	const parties = [
		...new Map(
			own.map((d) => [
				d.party,
				profile.refs.get(d.party) ?? { id: d.party, name: d.partyName, kind: 'party' as const }
			])
		).values()
	].sort((a, b) => a.name.localeCompare(b.name, 'lv') || (a.id < b.id ? -1 : 1));
	const colour = new Map(parties.map((p, i) => [p.id, i]));
	const marks = own.flatMap((d): DonationMark[] => {
		const at = point(d.date);
		if (!at) return [];
		return [
			{
				kind: 'donation',
				id: `donations:${d.id}`,
				lane: isFeeKind(d.kind) ? 'fees' : 'donations',
				row: 0,
				...at,
				date: d.date,
				amount: d.amount,
				donationKind: d.kind,
				isRefund: d.isRefund,
				colour: colour.get(d.party) ?? 0,
				weight: Math.abs(d.amount.cents),
				target: parties[colour.get(d.party) ?? 0]!,
				source: d.source
			}
		];
	});
	return { marks, parties };
}

interface PeriodSum {
	period: string;
	kind: DonationKind;
	currency: string;
	count: number;
	cents: number;
}

/**
 * A party's donations received per month (membership and entry fees left out): from the
 * builder's summary; per year when the summary predates months; else from the group's donations.
 */
export function receivedMarks(profile: Profile): ReceivedMark[] {
	const summary = profile.group.donationSummary;
	const rows: PeriodSum[] = summary
		? summary.byMonth
			? summary.byMonth.map(({ month, ...row }) => ({ period: month, ...row }))
			: summary.byYear.map(({ year, ...row }) => ({ period: yearDate(year), ...row }))
		: profile.group.donations
				.filter((d) => d.party === profile.entity.id)
				.map((d) => ({
					period: d.date.slice(0, 7),
					kind: d.kind,
					currency: d.amount.currency,
					count: 1,
					cents: d.amount.cents
				}));
	const byPeriod = new Map<string, PeriodSum[]>();
	for (const row of rows) {
		if (isFeeKind(row.kind)) continue;
		byPeriod.set(row.period, [...(byPeriod.get(row.period) ?? []), row]);
	}
	return [...byPeriod].flatMap(([period, list]): ReceivedMark[] => {
		const at = point(period);
		if (!at) return [];
		const totals = sumByCurrency(list.map((r) => ({ cents: r.cents, currency: r.currency })));
		return [
			{
				kind: 'received',
				id: `received:${period}`,
				lane: 'received',
				row: 0,
				...at,
				month: period,
				totals,
				count: list.reduce((sum, r) => sum + r.count, 0),
				weight: weightOf(totals)
			}
		];
	});
}

/**
 * One mark per company and year: the annual total, or the quarters summed when only quarters
 * are published. A person's page shows its linked companies'; an organisation's its own.
 */
export function taxMarks(profile: Profile, isPerson: boolean): TaxMark[] {
	const self: EntityRef = { id: profile.entity.id, name: profile.entity.name, kind: profile.kind };
	const sets = isPerson
		? profile.companies.map((c) => ({ company: c.company, totals: c.taxTotals }))
		: [{ company: self, totals: profile.group.taxTotals }];
	return sets.flatMap(({ company, totals }) => {
		const byYear = new Map<number, TaxTotal[]>();
		for (const t of totals) byYear.set(t.year, [...(byYear.get(t.year) ?? []), t]);
		return [...byYear].flatMap(([year, rows]): TaxMark[] => {
			const annual = rows.find((t) => t.quarter === undefined);
			const used = annual ? [annual] : rows;
			const range = dateRange(yearDate(year));
			if (!range) return [];
			const total = sumByCurrency(used.map((t) => t.total));
			const at = Math.round((range[0] + range[1]) / 2);
			return [
				{
					kind: 'tax',
					id: `taxes:${company.id}:${year}`,
					lane: 'taxes',
					row: 0,
					start: at,
					end: at,
					year,
					company,
					total,
					...(annual?.employees !== undefined && { employees: annual.employees }),
					weight: weightOf(total),
					...(isPerson && { target: company }),
					source: used[0]!.source
				}
			];
		});
	});
}
