/**
 * What a party received, for its page: read from the DonationSummary the builder put in the
 * party's group (src/builder/bundle/donation-summary.ts), never recomputed here. A party the
 * bundle names but that received nothing has no summary: its page shows none received.
 * Donations and fees stay apart (src/model/money-kinds.ts), gifts apart from refunds.
 */
import type { Profile } from '../../lib/reads/profile';
import { emptyTally, isFeeKind } from '../../model/money-kinds';
import { DONATION_KINDS } from '../../model/types';
import type {
	Confidence,
	Currency,
	Donation,
	DonationKind,
	DonationSummary,
	EntityRef,
	MoneyTally,
	PayerTally
} from '../../model/types';

export interface ReceivedRow {
	/** The year, as written in the table. */
	period: string;
	kind: DonationKind;
	currency: Currency;
	/** Gifts: how many, and their sum. */
	count: number;
	cents: number;
	/** Refunds apart: how many, and their (negative) sum. */
	refunds: number;
	refundCents: number;
}

/** A donor or fee payer: gifts and refunds apart, in EUR. */
export interface Donor {
	ref?: EntityRef;
	name: string;
	count: number;
	cents: number;
	refunds: number;
	refundCents: number;
	currency: Currency;
	confidence?: Confidence;
}

export interface PartyDonations {
	/** Money and goods per year; membership and entry fees are in `fees`. */
	received: ReceivedRow[];
	fees: ReceivedRow[];
	donors: number;
	feePayers: number;
	/** Anonymous donations (EUR): gifts and refunds apart. */
	anonymous: MoneyTally;
	topDonors: Donor[];
	topFeePayers: Donor[];
	officialDonors: Donor[];
	refunds: Donation[];
}

const NOTHING: DonationSummary = {
	byYear: [],
	donors: 0,
	feePayers: 0,
	anonymous: emptyTally(),
	topDonors: [],
	topFeePayers: [],
	officialDonors: [],
	refunds: [],
	relationsNotListed: 0,
	feeRelationsNotListed: 0
};

/** Newest year first; within one, kinds in the model's order (money first), then currency. */
function byPeriod(a: ReceivedRow, b: ReceivedRow): number {
	const rank = (row: ReceivedRow) => DONATION_KINDS.indexOf(row.kind);
	return (
		b.period.localeCompare(a.period) || rank(a) - rank(b) || a.currency.localeCompare(b.currency)
	);
}

export function partyDonations(profile: Profile): PartyDonations {
	const summary = profile.group.donationSummary ?? NOTHING;
	const donor = ({ id, name, count, cents, refunds, refundCents }: PayerTally): Donor => ({
		...(id && { ref: profile.refs.get(id) ?? { id, name, kind: 'person' } }),
		name,
		count,
		cents,
		refunds,
		refundCents,
		currency: 'EUR'
	});
	const rows = summary.byYear
		.map(({ year, ...row }): ReceivedRow => ({ ...row, period: String(year) }))
		.sort(byPeriod);
	return {
		received: rows.filter((r) => !isFeeKind(r.kind)),
		fees: rows.filter((r) => isFeeKind(r.kind)),
		donors: summary.donors,
		feePayers: summary.feePayers,
		anonymous: summary.anonymous,
		topDonors: summary.topDonors.map(donor),
		topFeePayers: summary.topFeePayers.map(donor),
		officialDonors: summary.officialDonors.map((d) => ({ ...donor(d), confidence: d.confidence })),
		refunds: summary.refunds
	};
}
