/**
 * What a party received, for its page: from the builder's DonationSummary when the group has
 * one, otherwise computed from the group's own donations (anonymous ones live with the party)
 * and its incoming `donated-to` relations (one per donor, summed, kinds not told apart).
 */
import type { Profile } from '../../lib/data/profile';
import { yearOfDate } from '../../lib/format/date';
import { DONATION_KINDS } from '../../model/types';
import type {
	Confidence,
	Currency,
	Donation,
	DonationKind,
	DonationSummary,
	EntityRef
} from '../../model/types';

export interface ReceivedRow {
	/** A year, or a span `2019–2023` for a donor's gifts over several years (computed only). */
	period: string;
	/** Undefined when computed from relations, which do not keep the kind. */
	kind?: DonationKind;
	currency: Currency;
	count: number;
	cents: number;
	refunds: number;
	refundCents: number;
}

export interface Donor {
	ref?: EntityRef;
	name: string;
	count: number;
	cents: number;
	currency: Currency;
	confidence?: Confidence;
}

export interface PartyDonations {
	/** Money and goods per period; membership and entry fees are in `fees`. */
	received: ReceivedRow[];
	fees: ReceivedRow[];
	donors: number;
	anonymous: { count: number; cents: number };
	topDonors: Donor[];
	/** Undefined when not known (no summary: the party's group cannot tell who holds office). */
	officialDonors?: Donor[];
	refunds: Donation[];
	isComputed: boolean;
}

const FEES: ReadonlySet<DonationKind | undefined> = new Set(['membership-fee', 'entry-fee']);
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

function split(rows: ReceivedRow[]): Pick<PartyDonations, 'received' | 'fees'> {
	rows.sort(byPeriod);
	return {
		received: rows.filter((r) => !FEES.has(r.kind)),
		fees: rows.filter((r) => FEES.has(r.kind))
	};
}

function fromSummary(profile: Profile, summary: DonationSummary): PartyDonations {
	const donor = (d: { id?: string; name: string; count: number; cents: number }): Donor => ({
		...(d.id && { ref: profile.refs.get(d.id) ?? { id: d.id, name: d.name, kind: 'person' } }),
		name: d.name,
		count: d.count,
		cents: d.cents,
		currency: 'EUR'
	});
	return {
		...split(summary.byYear.map(({ year, ...row }) => ({ ...row, period: String(year) }))),
		donors: summary.donors,
		anonymous: summary.anonymous,
		topDonors: summary.topDonors.map(donor),
		officialDonors: summary.officialDonors.map((d) => ({ ...donor(d), confidence: d.confidence })),
		refunds: summary.refunds,
		isComputed: false
	};
}

function computed(profile: Profile): PartyDonations {
	const party = profile.entity.id;
	const rows = new Map<string, ReceivedRow>();
	const add = (
		period: string,
		kind: DonationKind | undefined,
		currency: Currency,
		count: number,
		cents: number,
		isRefund: boolean
	) => {
		const key = `${period}|${kind ?? ''}|${currency}`;
		const row = rows.get(key) ?? {
			period,
			...(kind && { kind }),
			currency,
			count: 0,
			cents: 0,
			refunds: 0,
			refundCents: 0
		};
		row.count += count;
		row.cents += cents;
		if (isRefund) {
			row.refunds += count;
			row.refundCents += cents;
		}
		rows.set(key, row);
	};
	const own = profile.group.donations.filter((d) => d.party === party);
	const ownIds = new Set(own.map((d) => d.id));
	for (const d of own) {
		add(
			String(yearOfDate(d.date) ?? d.date),
			d.kind,
			d.amount.currency,
			1,
			d.amount.cents,
			d.isRefund
		);
	}
	const topDonors: Donor[] = [];
	for (const r of profile.group.relations) {
		if (r.kind !== 'donated-to' || r.to !== party || !r.amount) continue;
		const count = r.facts.filter((id) => !ownIds.has(id)).length || 1;
		const first = yearOfDate(r.start) ?? yearOfDate(r.end);
		const last = yearOfDate(r.end) ?? first;
		const period = first === undefined ? '' : first === last ? String(first) : `${first}–${last}`;
		add(period, undefined, r.amount.currency, count, r.amount.cents, false);
		const ref = profile.refs.get(r.from);
		topDonors.push({
			...(ref && { ref }),
			name: ref?.name ?? r.from,
			count,
			cents: r.amount.cents,
			currency: r.amount.currency
		});
	}
	topDonors.sort(
		(a, b) => Number(b.currency === 'EUR') - Number(a.currency === 'EUR') || b.cents - a.cents
	);
	const anonymous = own.filter((d) => d.donor === undefined);
	return {
		...split([...rows.values()]),
		donors: topDonors.length,
		anonymous: {
			count: anonymous.length,
			cents: anonymous.reduce(
				(sum, d) => sum + (d.amount.currency === 'EUR' ? d.amount.cents : 0),
				0
			)
		},
		topDonors: topDonors.slice(0, TOP),
		refunds: own.filter((d) => d.isRefund).sort((a, b) => b.date.localeCompare(a.date)),
		isComputed: true
	};
}
