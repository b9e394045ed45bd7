/**
 * Anonymous and returned gifts, per party and calendar year (methodological: what a party's
 * own KNAB filings show; no threshold beyond "any").
 * - anonymous-gifts: donations recorded with no donor (published as `ANONĪMS`), an anonymous
 *   refund (a gift of another year returned) included. A party may not keep anonymous gifts (Politisko organizāciju (partiju) finansēšanas likums, its rule
 *   against gifts from unidentified persons); the flag shows how many and how much was filed so.
 * - refunds: negative amounts (gifts or fees paid back), with how much of each was returned.
 * Both rest on no person link (the party is named in the row), so they are `confirmed`.
 */
import type { Flag } from '../../model/flags';
import { isFeeKind } from '../../model/money-kinds';
import type { Donation } from '../../model/types';
import { sortedSources, yearOfDate, type FlagContext } from './flag-context';

export function partyGiftFlags(ctx: FlagContext): Flag[] {
	const anonymous = new Map<string, Donation[]>();
	const refunds = new Map<string, Donation[]>();
	for (const d of ctx.data.donations) {
		if (d.amount.currency !== 'EUR') continue;
		const key = `${d.party}|${yearOfDate(d.date)}`;
		if (d.amount.cents < 0) push(refunds, key, d);
		if (!d.donor && !isFeeKind(d.kind)) push(anonymous, key, d);
	}
	const flags: Flag[] = [];
	for (const key of [...anonymous.keys()].sort()) {
		const rows = anonymous.get(key)!;
		const gifts = rows.filter((d) => d.amount.cents >= 0);
		const returned = rows.filter((d) => d.amount.cents < 0);
		flags.push(
			partyFlag(ctx, 'anonymous-gifts', rows, {
				giftCents: sum(gifts),
				gifts: gifts.length,
				refundCents: sum(returned),
				refunds: returned.length,
				rows: rows.length
			})
		);
	}
	for (const key of [...refunds.keys()].sort()) {
		const rows = refunds.get(key)!;
		const fees = rows.filter((d) => isFeeKind(d.kind));
		const donations = rows.filter((d) => !isFeeKind(d.kind));
		flags.push(
			partyFlag(ctx, 'refunds', rows, {
				donationRefundCents: sum(donations),
				donationRefunds: donations.length,
				feeRefundCents: sum(fees),
				feeRefunds: fees.length,
				rows: rows.length
			})
		);
	}
	return flags;
}

function partyFlag(
	ctx: FlagContext,
	kind: 'anonymous-gifts' | 'refunds',
	rows: Donation[],
	figures: Record<string, number>
): Flag {
	const { party, partyName, date } = rows[0]!;
	const year = yearOfDate(date);
	const donors = [...new Set(rows.flatMap((d) => (d.donor ? [d.donor] : [])))].sort();
	return {
		id: ctx.id(kind, party, year),
		kind,
		entity: party,
		name: ctx.nameOf(party) ?? partyName,
		year,
		figures,
		sources: sortedSources(rows.map((d) => d.source)),
		related: donors,
		party,
		confidence: 'confirmed'
	};
}

function push(map: Map<string, Donation[]>, key: string, d: Donation): void {
	const rows = map.get(key);
	if (rows) rows.push(d);
	else map.set(key, [d]);
}

function sum(rows: readonly Donation[]): number {
	return rows.reduce((s, d) => s + d.amount.cents, 0);
}
