/**
 * Donations above the income rule. Rule: an official (a person whose whole annual declaration
 * Plainview reads) gave money donations plus membership and entry fees, net of refunds, in
 * year Y of more than INCOME_SHARE_PERCENT % of the income declared for year Y−1. Legal
 * source: Politisko organizāciju (partiju) finansēšanas likums as amended with effect from
 * 2020, which caps a person's yearly gifts and member payments above five minimum wages at
 * 30 % of the person's income of the year before (see data/minimum-wage.json for how sure the
 * article citation is). The declaration shows only income declared to VID as an official,
 * which can be less than the income the law counts (a spouse's money, tax-free income), so a
 * flag asks a question. Rests on the links of both the declaration and every donation row.
 */
import type { Flag } from '../../model/flags';
import { isFeeKind } from '../../model/money-kinds';
import type { Donation } from '../../model/types';
import { sortedSources, weakest, yearOfDate, type FlagContext } from './flag-context';
import { annualByPersonYear } from './declared-figures';

export const INCOME_SHARE_PERCENT = 30;

export function donationsOverIncomeFlags(ctx: FlagContext): Flag[] {
	const declared = annualByPersonYear(ctx.data.declarations);
	const given = new Map<string, Donation[]>();
	for (const d of ctx.data.donations) {
		if (!d.donor || !declared.has(d.donor)) continue;
		if (d.kind === 'goods-services' || d.amount.currency !== 'EUR') continue;
		const key = `${d.donor}|${yearOfDate(d.date)}`;
		const rows = given.get(key);
		if (rows) rows.push(d);
		else given.set(key, [d]);
	}
	const flags: Flag[] = [];
	for (const key of [...given.keys()].sort()) {
		const rows = given.get(key)!;
		const person = rows[0]!.donor!;
		const year = yearOfDate(rows[0]!.date);
		const prior = declared.get(person)?.get(year - 1);
		if (!prior || prior.incomeCents === undefined || prior.incomeCents <= 0) continue;
		const totalCents = rows.reduce((s, d) => s + d.amount.cents, 0);
		if (totalCents * 100 <= prior.incomeCents * INCOME_SHARE_PERCENT) continue;
		const rowsSure = ctx.sureOfAll(rows.map((d) => d.id));
		const declSure = ctx.sureOf(prior.declaration.id);
		if (!rowsSure || !declSure) continue;
		const positive = rows.filter((d) => d.amount.cents > 0);
		const parties = [...new Set(rows.map((d) => d.party))].sort();
		const institution = prior.declaration.institution?.id;
		flags.push({
			id: ctx.id('donations-over-income', person, year),
			kind: 'donations-over-income',
			entity: person,
			name: ctx.nameOf(person) ?? prior.declaration.personName,
			year,
			figures: {
				totalCents,
				donationCents: sumOf(positive.filter((d) => !isFeeKind(d.kind))),
				feeCents: sumOf(positive.filter((d) => isFeeKind(d.kind))),
				refundCents: sumOf(rows.filter((d) => d.amount.cents < 0)),
				incomeCents: prior.incomeCents,
				incomeYear: year - 1,
				limitCents: Math.floor((prior.incomeCents * INCOME_SHARE_PERCENT) / 100),
				percent: INCOME_SHARE_PERCENT,
				rows: rows.length
			},
			sources: sortedSources([...rows.map((d) => d.source), prior.declaration.source]),
			related: [...parties, ...(institution ? [institution] : [])],
			party: parties[0],
			...(institution && { institution }),
			confidence: weakest(rowsSure, declSure)
		});
	}
	return flags;
}

function sumOf(rows: readonly Donation[]): number {
	return rows.reduce((s, d) => s + d.amount.cents, 0);
}
