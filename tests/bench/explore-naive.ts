/**
 * The naive way to the explore page, for the bench's side by side: every donation a record
 * object, and each click `Array.filter` + `reduce` over all of them on one thread (the
 * summary with every filter, each chart with every filter but its own, the table sorted
 * whole and sliced).
 */
import { foldText } from '../../src/model/fold-name';
import { isFeeKind } from '../../src/model/money-kinds';
import { dateText } from '../../src/model/explore-donations';
import { bandOf, type LoadedColumns } from '../../src/lib/explore/explore-data';
import { AMOUNT_BANDS, type DonationFilter } from '../../src/lib/explore/explore-protocol';
import type { DonationKind } from '../../src/model/types';

export interface NaiveRecord {
	id: string;
	party: string;
	partyName: string;
	date: string;
	month: string;
	cents: number;
	currency: string;
	kind: DonationKind;
	isRefund: boolean;
	donor: string;
	donorName: string;
	donorKind: string;
	office: string;
	band: string;
}

/** The columns as the record objects a naive page would hold (what it would parse from JSON). */
export function naiveRecords(c: LoadedColumns): NaiveRecord[] {
	return c.ids
		.split(' ')
		.slice(0, -1)
		.map((id, i) => {
			const d = c.donor[i]!;
			const date = dateText(c.date[i]!);
			return {
				id,
				party: c.parties[c.party[i]!]!,
				partyName: c.partyNames[c.party[i]!]!,
				date,
				month: date.slice(0, 7),
				cents: c.cents[i]!,
				currency: c.currencies[c.currency[i]!]!,
				kind: c.kinds[c.kind[i]!]!,
				isRefund: c.refund[i] === 1,
				donor: c.donors[d] || c.donorNames[d]!,
				donorName: c.donorNames[d]!,
				donorKind: c.donorKinds[c.donorKind[d]!]!,
				office: c.donorOffice[d] === 1 ? 'office' : 'no-office',
				band: AMOUNT_BANDS[bandOf(c.cents[i]!)]!.id
			};
		});
}

type Check = (r: NaiveRecord) => boolean;

function checks(filter: DonationFilter): Record<string, Check> {
	const name = foldText(filter.name);
	const inList = (list: readonly string[], key: (r: NaiveRecord) => string): Check =>
		list.length === 0 ? () => true : (r) => list.includes(key(r));
	return {
		measure: (r) => filter.measure === 'both' || isFeeKind(r.kind) === (filter.measure === 'fees'),
		party: inList(filter.parties, (r) => r.party),
		// A year-only date passes when the whole year is in the period, as in the engine.
		month: (r) =>
			(!filter.from || (r.month.length === 4 ? `${r.month}-01` : r.month) >= filter.from) &&
			(!filter.to || (r.month.length === 4 ? `${r.month}-12` : r.month) <= filter.to),
		band: inList(filter.bands, (r) => r.band),
		kind: inList(filter.kinds, (r) => r.kind),
		donors: inList(filter.donors, (r) => r.donorKind),
		office: inList(filter.office, (r) => r.office),
		name: (r) => name === '' || foldText(r.donorName).includes(name)
	};
}

interface Sum {
	count: number;
	cents: number;
	refunds: number;
	refundCents: number;
	other: number;
}

const add = (s: Sum, r: NaiveRecord): Sum => {
	if (r.currency !== 'EUR') s.other++;
	else if (r.isRefund) {
		s.refunds++;
		s.refundCents += r.cents;
	} else {
		s.count++;
		s.cents += r.cents;
	}
	return s;
};
const empty = (): Sum => ({ count: 0, cents: 0, refunds: 0, refundCents: 0, other: 0 });

const CHARTS: [string, (r: NaiveRecord) => string][] = [
	['party', (r) => r.party],
	['month', (r) => r.month],
	['band', (r) => r.band],
	['kind', (r) => r.kind],
	['donors', (r) => r.donorKind],
	['office', (r) => r.office]
];

/** One click's work done naively: the summary, six charts and the first table page. */
export function naiveClick(records: readonly NaiveRecord[], filter: DonationFilter, limit = 50) {
	const all = Object.entries(checks(filter));
	const passes = (r: NaiveRecord, except?: string) =>
		all.every(([key, check]) => key === except || check(r));
	const selected = records.filter((r) => passes(r));
	const summary = selected.reduce(add, empty());
	const donors = new Set(selected.filter((r) => r.donorKind !== 'anonymous').map((r) => r.donor));
	const charts = CHARTS.map(([dimension, key]) =>
		records
			.filter((r) => passes(r, dimension))
			.reduce((bars, r) => {
				bars.set(key(r), add(bars.get(key(r)) ?? empty(), r));
				return bars;
			}, new Map<string, Sum>())
	);
	const rows = [...selected]
		.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
		.slice(0, limit);
	return { summary, donorCount: donors.size, charts, rows };
}
