/** Per-recipient donation totals, computed once at build time so a party's page is one small read. */
import type { Confidence, Donation, DonationSummary, EntityRef } from '../../model/types';
import { yearOf } from '../../model/parse-date';
import type { ResolvedData } from '../resolve/resolve';

const TOP_DONORS = 50;
const REFUNDS = 100;
const CONFIDENCE_ORDER: Confidence[] = ['possible', 'probable', 'confirmed'];

type Summary = Omit<DonationSummary, 'relationsNotListed'>;

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

	const byRecipient = new Map<string, typeof data.donations>();
	for (const d of data.donations) {
		const list = byRecipient.get(d.party) ?? [];
		byRecipient.set(d.party, list);
		list.push(d);
	}
	const summaries = new Map<string, Summary>();
	for (const [recipient, donations] of byRecipient) {
		const years = new Map<string, Summary['byYear'][number]>();
		const months = new Map<string, NonNullable<Summary['byMonth']>[number]>();
		const donors = new Map<string, { id?: string; name: string; count: number; cents: number }>();
		const anonymous = { count: 0, cents: 0 };
		for (const d of donations) {
			const key = `${yearOf(d.date)}|${d.kind}|${d.amount.currency}`;
			const row = years.get(key) ?? {
				year: yearOf(d.date),
				kind: d.kind,
				currency: d.amount.currency,
				count: 0,
				cents: 0,
				refunds: 0,
				refundCents: 0
			};
			years.set(key, row);
			row.count++;
			row.cents += d.amount.cents;
			addMonth(months, d);
			if (d.isRefund) {
				row.refunds++;
				row.refundCents += d.amount.cents;
			}
			if (!d.donor) {
				anonymous.count++;
				anonymous.cents += d.amount.currency === 'EUR' ? d.amount.cents : 0;
				continue;
			}
			const donor = donors.get(d.donor) ?? {
				id: d.donor,
				name: refs.get(d.donor)?.name ?? d.donorName,
				count: 0,
				cents: 0
			};
			donors.set(d.donor, donor);
			donor.count++;
			if (d.amount.currency === 'EUR') donor.cents += d.amount.cents;
		}
		const ranked = [...donors.values()].sort(
			(a, b) => b.cents - a.cents || a.name.localeCompare(b.name, 'lv') || (a.id! < b.id! ? -1 : 1)
		);
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
			anonymous,
			topDonors: ranked.slice(0, TOP_DONORS),
			officialDonors: ranked
				// Only asserted links count: a possible namesake's gift is never an official's.
				.filter(
					(d) =>
						officials.has(d.id!) &&
						linkConfidence.get(`${d.id}|${recipient}`) !== 'possible' &&
						linkConfidence.has(`${d.id}|${recipient}`)
				)
				.map((d) => ({
					id: d.id!,
					name: d.name,
					count: d.count,
					cents: d.cents,
					confidence: linkConfidence.get(`${d.id}|${recipient}`) ?? 'possible'
				}))
				.sort(
					(a, b) =>
						CONFIDENCE_ORDER.indexOf(b.confidence) - CONFIDENCE_ORDER.indexOf(a.confidence) ||
						b.cents - a.cents
				),
			refunds: donations
				.filter((d) => d.isRefund)
				.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : a.id < b.id ? -1 : 1))
				.slice(0, REFUNDS)
		});
	}
	return summaries;
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
