/**
 * Per-recipient totals, computed once at build time so a party's page is one small read.
 * Donations and fees are summed apart (src/model/money-kinds.ts), gifts apart from refunds.
 */
import type {
	Confidence,
	Donation,
	DonationSummary,
	EntityRef,
	MoneyTally,
	PayerTally
} from '../../model/types';
import { addToTally, emptyTally, isFeeKind, isFeeRelation } from '../../model/money-kinds';
import { yearOf } from '../../model/parse-date';
import type { ResolvedData } from '../resolve/resolve';

const TOP_PAYERS = 50;
const REFUNDS = 100;
const CONFIDENCE_ORDER: Confidence[] = ['possible', 'probable', 'confirmed'];
// One collator for every call: String.localeCompare with a locale makes one per call, and a
// party with many donors of equal sums compares their names hundreds of thousands of times.
const latvian = new Intl.Collator('lv').compare;

type Summary = Omit<DonationSummary, 'relationsNotListed' | 'feeRelationsNotListed'>;

export function summariseDonations(
	data: ResolvedData,
	refs: ReadonlyMap<string, EntityRef>
): Map<string, Summary> {
	const officials = new Set(
		data.relations.filter((r) => r.kind === 'holds-post').map((r) => r.from)
	);
	const linkConfidence = new Map<string, Confidence>();
	for (const r of data.relations)
		if (r.kind === 'donated-to') linkConfidence.set(`${r.from}|${r.to}`, r.confidence);

	const byRecipient = new Map<string, Donation[]>();
	for (const d of data.donations) {
		const list = byRecipient.get(d.party) ?? [];
		byRecipient.set(d.party, list);
		list.push(d);
	}
	const summaries = new Map<string, Summary>();
	for (const [recipient, donations] of byRecipient) {
		const years = new Map<string, Summary['byYear'][number]>();
		const months = new Map<string, NonNullable<Summary['byMonth']>[number]>();
		const donors = new Map<string, PayerTally>();
		const feePayers = new Map<string, PayerTally>();
		const anonymous = emptyTally();
		for (const d of donations) {
			const key = `${yearOf(d.date)}|${d.kind}|${d.amount.currency}`;
			const row = years.get(key) ?? {
				year: yearOf(d.date),
				kind: d.kind,
				currency: d.amount.currency,
				...emptyTally()
			};
			years.set(key, row);
			addToTally(row, d.amount.cents, d.isRefund);
			addMonth(months, d);
			const isFee = isFeeKind(d.kind);
			if (!d.donor) {
				if (!isFee && d.amount.currency === 'EUR')
					addToTally(anonymous, d.amount.cents, d.isRefund);
				continue;
			}
			const payers = isFee ? feePayers : donors;
			const payer = payers.get(d.donor) ?? {
				id: d.donor,
				name: refs.get(d.donor)?.name ?? d.donorName,
				...emptyTally()
			};
			payers.set(d.donor, payer);
			if (d.amount.currency === 'EUR') addToTally(payer, d.amount.cents, d.isRefund);
		}
		const rankedDonors = ranked(donors);
		summaries.set(recipient, {
			byYear: [...years.values()].sort(
				(a, b) =>
					a.year - b.year ||
					(a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.currency < b.currency ? -1 : 1)
			),
			byMonth: [...months.values()].sort(
				(a, b) =>
					a.month.localeCompare(b.month) ||
					a.kind.localeCompare(b.kind) ||
					a.currency.localeCompare(b.currency)
			),
			donors: donors.size,
			feePayers: feePayers.size,
			anonymous,
			topDonors: rankedDonors.slice(0, TOP_PAYERS),
			topFeePayers: ranked(feePayers).slice(0, TOP_PAYERS),
			officialDonors: rankedDonors
				// Only asserted links count: a possible namesake's gift is never an official's.
				.filter(
					(d) =>
						officials.has(d.id!) &&
						linkConfidence.get(`${d.id}|${recipient}`) !== 'possible' &&
						linkConfidence.has(`${d.id}|${recipient}`)
				)
				.map((d) => ({
					...d,
					id: d.id!,
					confidence: linkConfidence.get(`${d.id}|${recipient}`) ?? 'possible'
				}))
				.sort(
					(a, b) =>
						CONFIDENCE_ORDER.indexOf(b.confidence) - CONFIDENCE_ORDER.indexOf(a.confidence) ||
						net(b) - net(a)
				),
			refunds: donations
				.filter((d) => d.isRefund)
				.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : a.id < b.id ? -1 : 1))
				.slice(0, REFUNDS)
		});
	}
	return summaries;
}

/** How many `donated-to` and fee `member-of` relations come into each entity. */
export function incomingPayers(data: ResolvedData): {
	donors: Map<string, number>;
	feePayers: Map<string, number>;
} {
	const donors = new Map<string, number>();
	const feePayers = new Map<string, number>();
	for (const r of data.relations) {
		if (r.kind === 'donated-to') donors.set(r.to, (donors.get(r.to) ?? 0) + 1);
		else if (isFeeRelation(r)) feePayers.set(r.to, (feePayers.get(r.to) ?? 0) + 1);
	}
	return { donors, feePayers };
}

const net = (t: MoneyTally) => t.cents + t.refundCents;

function ranked(payers: ReadonlyMap<string, PayerTally>): PayerTally[] {
	return [...payers.values()].sort(
		(a, b) => net(b) - net(a) || latvian(a.name, b.name) || (a.id! < b.id! ? -1 : 1)
	);
}

const MONTH = /^(\d{4}-\d{2})(?:-\d{2})?$/;

/** Adds a donation to its month's row; one dated to the year only has no month and is skipped. */
function addMonth(months: Map<string, NonNullable<Summary['byMonth']>[number]>, d: Donation): void {
	const month = MONTH.exec(d.date)?.[1];
	if (month === undefined) return;
	const key = `${month}|${d.kind}|${d.amount.currency}`;
	const row = months.get(key) ?? {
		month,
		kind: d.kind,
		currency: d.amount.currency,
		count: 0,
		cents: 0
	};
	months.set(key, row);
	row.count++;
	row.cents += d.amount.cents;
}
