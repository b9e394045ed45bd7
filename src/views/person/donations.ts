/** Donations a person or company made, per party and year, summed exactly per currency. */
import { sumByCurrency } from '../../lib/format/money';
import { yearOfDate } from '../../lib/format/date';
import type { Donation, Money } from '../../model/types';

export interface DonationYear {
	year: number | undefined;
	count: number;
	refunds: number;
	totals: Money[];
}

export interface DonationsToParty {
	party: string;
	partyName: string;
	years: DonationYear[];
	count: number;
	totals: Money[];
}

export interface DonationsMade {
	parties: DonationsToParty[];
	count: number;
	totals: Money[];
}

/**
 * Groups donations by party (largest first), then by year (newest first).
 * Refunds are published as negative amounts and are included, so totals are net.
 */
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
			.map(([year, items]) => ({
				year,
				count: items.length,
				refunds: items.filter((d) => d.isRefund).length,
				totals: sumByCurrency(items.map((d) => d.amount))
			}))
			.sort((a, b) => (b.year ?? -1) - (a.year ?? -1));
		return {
			party,
			partyName: list[0]?.partyName ?? party,
			years,
			count: list.length,
			totals: sumByCurrency(list.map((d) => d.amount))
		};
	});
	parties.sort(
		(a, b) => largest(b.totals) - largest(a.totals) || a.partyName.localeCompare(b.partyName)
	);
	return {
		parties,
		count: donations.length,
		totals: sumByCurrency(donations.map((d) => d.amount))
	};
}

/** For ordering only: the EUR total, or the first currency's. */
function largest(totals: readonly Money[]): number {
	return (totals.find((m) => m.currency === 'EUR') ?? totals[0])?.cents ?? 0;
}
