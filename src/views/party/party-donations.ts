/**
 * What a party received, for its page: from the builder's DonationSummary when the group has
 * one, otherwise computed from the group's own donations (anonymous ones live with the party)
 * and its incoming `donated-to` and fee `member-of` relations (one per payer, summed). Donations
 * and fees stay apart (src/model/money-kinds.ts), gifts apart from refunds.
 */
import type { Profile } from '../../lib/reads/profile';
import { yearOfDate } from '../../lib/format/date';
import { addToTally, emptyTally, isFeeKind, isFeeRelation } from '../../model/money-kinds';
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
	/** A year, or a span `2019–2023` for a donor's gifts over several years (computed only). */
	period: string;
	/** Undefined when computed from relations, which do not keep the kind. */
	kind?: DonationKind;
	currency: Currency;
	/** Gifts: how many, and their sum. */
	count: number;
	cents: number;
	/** Refunds apart: how many, and their (negative) sum. */
	refunds: number;
	refundCents: number;
}

/** A donor or fee payer: gifts and refunds apart (computed ones: net, refunds not known). */
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
	/** Money and goods per period; membership and entry fees are in `fees`. */
	received: ReceivedRow[];
	fees: ReceivedRow[];
	donors: number;
	feePayers: number;
	/** Anonymous donations (EUR): gifts and refunds apart. */
	anonymous: MoneyTally;
	topDonors: Donor[];
	topFeePayers: Donor[];
	/** Undefined when not known (no summary: the party's group cannot tell who holds office). */
	officialDonors?: Donor[];
	refunds: Donation[];
	isComputed: boolean;
}

const TOP = 50;

export function partyDonations(profile: Profile): PartyDonations {
	const summary = profile.group.donationSummary;
	return summary ? fromSummary(profile, summary) : computed(profile);
}

/** Newest period first; within one, kinds in the model's order (money first), unknown kind last. */
function byPeriod(a: ReceivedRow, b: ReceivedRow): number {
	const rank = (row: ReceivedRow) =>
		row.kind === undefined ? DONATION_KINDS.length : DONATION_KINDS.indexOf(row.kind);
	return (
		b.period.localeCompare(a.period) || rank(a) - rank(b) || a.currency.localeCompare(b.currency)
	);
}

function split(
	rows: (ReceivedRow & { isFee: boolean })[]
): Pick<PartyDonations, 'received' | 'fees'> {
	rows.sort(byPeriod);
	return {
		received: rows.filter((r) => !r.isFee),
		fees: rows.filter((r) => r.isFee)
	};
}

function fromSummary(profile: Profile, summary: DonationSummary): PartyDonations {
	const donor = ({ id, name, count, cents, refunds, refundCents }: PayerTally): Donor => ({
		...(id && { ref: profile.refs.get(id) ?? { id, name, kind: 'person' } }),
		name,
		count,
		cents,
		refunds,
		refundCents,
		currency: 'EUR'
	});
	return {
		...split(
			summary.byYear.map(({ year, ...row }) => ({
				...row,
				period: String(year),
				isFee: isFeeKind(row.kind)
			}))
		),
		donors: summary.donors,
		feePayers: summary.feePayers,
		anonymous: summary.anonymous,
		topDonors: summary.topDonors.map(donor),
		topFeePayers: summary.topFeePayers.map(donor),
		officialDonors: summary.officialDonors.map((d) => ({ ...donor(d), confidence: d.confidence })),
		refunds: summary.refunds,
		isComputed: false
	};
}

function computed(profile: Profile): PartyDonations {
	const party = profile.entity.id;
	const rows = new Map<string, ReceivedRow & { isFee: boolean }>();
	const rowOf = (
		period: string,
		kind: DonationKind | undefined,
		currency: Currency,
		isFee: boolean
	) => {
		const key = `${period}|${kind ?? ''}|${currency}|${isFee}`;
		const row = rows.get(key) ?? {
			period,
			...(kind && { kind }),
			currency,
			isFee,
			...emptyTally()
		};
		rows.set(key, row);
		return row;
	};
	const own = profile.group.donations.filter((d) => d.party === party);
	const ownIds = new Set(own.map((d) => d.id));
	for (const d of own) {
		const row = rowOf(
			String(yearOfDate(d.date) ?? d.date),
			d.kind,
			d.amount.currency,
			isFeeKind(d.kind)
		);
		addToTally(row, d.amount.cents, d.isRefund);
	}
	const donors: Donor[] = [];
	const feePayers: Donor[] = [];
	for (const r of profile.group.relations) {
		const isFee = isFeeRelation(r);
		if ((r.kind !== 'donated-to' && !isFee) || r.to !== party || !r.amount) continue;
		// A relation sums gifts and refunds: its net amount is all that is known of them.
		const count = r.facts.filter((id) => !ownIds.has(id)).length || 1;
		const first = yearOfDate(r.start) ?? yearOfDate(r.end);
		const last = yearOfDate(r.end) ?? first;
		const period = first === undefined ? '' : first === last ? String(first) : `${first}–${last}`;
		const row = rowOf(period, undefined, r.amount.currency, isFee);
		row.count += count;
		row.cents += r.amount.cents;
		const ref = profile.refs.get(r.from);
		(isFee ? feePayers : donors).push({
			...(ref && { ref }),
			name: ref?.name ?? r.from,
			count,
			cents: r.amount.cents,
			refunds: 0,
			refundCents: 0,
			currency: r.amount.currency
		});
	}
	const byEur = (a: Donor, b: Donor) =>
		Number(b.currency === 'EUR') - Number(a.currency === 'EUR') || b.cents - a.cents;
	const anonymous = emptyTally();
	for (const d of own)
		if (d.donor === undefined && !isFeeKind(d.kind) && d.amount.currency === 'EUR')
			addToTally(anonymous, d.amount.cents, d.isRefund);
	return {
		...split([...rows.values()]),
		donors: donors.length,
		feePayers: feePayers.length,
		anonymous,
		topDonors: donors.sort(byEur).slice(0, TOP),
		topFeePayers: feePayers.sort(byEur).slice(0, TOP),
		refunds: own.filter((d) => d.isRefund).sort((a, b) => b.date.localeCompare(a.date)),
		isComputed: true
	};
}
