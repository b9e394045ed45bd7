/**
 * Donations (or fees) a person or company paid, per party and year, summed exactly per currency,
 * gifts and refunds apart. The caller passes one money group only (src/model/money-kinds.ts).
 */
import { sumByCurrency } from '../../lib/format/money';
import { yearOfDate } from '../../lib/format/date';
import type { Donation, Money } from '../../model/types';

/** Payments and refunds of one year, party or in all: counted and summed apart. */
export interface PaidTotals {
	/** Payments (positive amounts). */
	count: number;
	totals: Money[];
	/** Refunds (negative amounts), never netted against the payments. */
	refunds: number;
	refundTotals: Money[];
}

export interface DonationYear extends PaidTotals {
	year: number | undefined;
}

export interface DonationsToParty extends PaidTotals {
	party: string;
	partyName: string;
	years: DonationYear[];
}

export interface DonationsMade extends PaidTotals {
	parties: DonationsToParty[];
	/** Every row, refunds included. */
	rows: number;
}

function paid(items: readonly Donation[]): PaidTotals {
	const gifts = items.filter((d) => !d.isRefund);
	const refunds = items.filter((d) => d.isRefund);
	return {
		count: gifts.length,
		totals: sumByCurrency(gifts.map((d) => d.amount)),
		refunds: refunds.length,
		refundTotals: sumByCurrency(refunds.map((d) => d.amount))
	};
}

/** Groups by party (largest first), then by year (newest first). */
export function groupDonationsMade(donations: readonly Donation[]): DonationsMade {
	const byParty = new Map<string, Donation[]>();
	for (const donation of donations) {
		const list = byParty.get(donation.party) ?? [];
		list.push(donation);
		byParty.set(donation.party, list);
	}
	const parties = [...byParty].map(([party, list]): DonationsToParty => {
		const byYear = new Map<number | undefined, Donation[]>();
		for (const donation of list) {
			const year = yearOfDate(donation.date);
			byYear.set(year, [...(byYear.get(year) ?? []), donation]);
		}
		const years = [...byYear]
			.map(([year, items]) => ({ year, ...paid(items) }))
			.sort((a, b) => (b.year ?? -1) - (a.year ?? -1));
		return { party, partyName: list[0]?.partyName ?? party, years, ...paid(list) };
	});
	parties.sort(
		(a, b) => largest(b.totals) - largest(a.totals) || a.partyName.localeCompare(b.partyName)
	);
	return { parties, rows: donations.length, ...paid(donations) };
}

/** For ordering only: the EUR total, or the first currency's. */
function largest(totals: readonly Money[]): number {
	return (totals.find((m) => m.currency === 'EUR') ?? totals[0])?.cents ?? 0;
}
