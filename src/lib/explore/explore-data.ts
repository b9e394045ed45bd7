/**
 * The explore file's donation columns loaded for filtering: one typed array per field, and
 * per row the code of each filter dimension (explore-dimensions.ts), so a filter is a lookup
 * table over codes. Built once per version in the reader worker; the file's plain arrays are
 * dropped after.
 */
import type { DonationColumns, ROW_COLUMNS } from '../../model/explore-donations';
import { AMOUNT_BANDS, type DonorKind } from './explore-protocol';

/**
 * How a row counts in a Tally: a EUR gift, a EUR refund, or a row in another currency; slot
 * × 2 is where its count and cents sit in a code's tally (explore-overview.ts).
 */
export const SLOT_GIFT = 0;
export const SLOT_REFUND = 1;
export const SLOT_OTHER = 2;

type RowColumn = (typeof ROW_COLUMNS)[number];

/** The file's section with its row columns as typed arrays; the file's own arrays are dropped. */
export type LoadedColumns = Omit<DonationColumns, RowColumn> &
	Record<RowColumn, Int32Array | Uint16Array | Uint8Array | Float64Array>;

export interface ExploreData {
	rows: number;
	/** The file's tables, ids and typed row columns (the table rows read them). */
	columns: LoadedColumns;
	party: Int32Array;
	/** Index into `months`. */
	month: Int32Array;
	/** `YYYY-MM`, or `YYYY` for rows dated by year only; sorted. */
	months: string[];
	band: Uint8Array;
	kind: Uint8Array;
	donorKind: Uint8Array;
	/** 0 office, 1 no office (the order of OFFICE_KEYS). */
	office: Uint8Array;
	donor: Int32Array;
	/** A donor entry's group in the donors view: an entity, a name with no entity, or anonymous. */
	donorGroup: Int32Array;
	groups: number;
	/** Per group: 1 for the anonymous one (it counts as no donor). */
	groupIsAnonymous: Uint8Array;
	cents: Float64Array;
	slot: Uint8Array;
	/** Donor kind codes of the file, as DonorKind. */
	donorKinds: readonly DonorKind[];
}

/** The band of one amount (refunds by what was returned), by its absolute value in cents. */
export function bandOf(cents: number): number {
	const size = Math.abs(cents);
	const i = AMOUNT_BANDS.findIndex((b) => size >= b.min && size < b.max);
	return i < 0 ? AMOUNT_BANDS.length - 1 : i;
}

function monthKey(date: number): string {
	const year = Math.floor(date / 10_000);
	const month = Math.floor(date / 100) % 100;
	return month === 0 ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
}

export function loadExploreData(file: DonationColumns): ExploreData {
	const n = file.ids.length;
	const c: LoadedColumns = {
		...file,
		party: Int32Array.from(file.party),
		date: Int32Array.from(file.date),
		cents: Float64Array.from(file.cents),
		currency: Uint16Array.from(file.currency),
		kind: Uint8Array.from(file.kind),
		refund: Uint8Array.from(file.refund),
		donor: Int32Array.from(file.donor),
		recordFile: Int32Array.from(file.recordFile),
		recordLine: Int32Array.from(file.recordLine)
	};
	const monthCodes = new Map<number, string>();
	for (const date of file.date) {
		const ym = Math.floor(date / 100);
		if (!monthCodes.has(ym)) monthCodes.set(ym, monthKey(date));
	}
	const months = [...new Set(monthCodes.values())].sort();
	const monthIndex = new Map(months.map((m, i) => [m, i]));
	const byYm = new Map([...monthCodes].map(([ym, key]) => [ym, monthIndex.get(key)!]));
	const eur = c.currencies.indexOf('EUR');
	const groups = groupDonors(file);
	const data: ExploreData = {
		rows: n,
		columns: c,
		party: c.party as Int32Array,
		month: Int32Array.from(file.date, (date) => byYm.get(Math.floor(date / 100))!),
		months,
		band: new Uint8Array(n),
		kind: c.kind as Uint8Array,
		donorKind: Uint8Array.from(file.donor, (d) => c.donorKind[d]!),
		office: Uint8Array.from(file.donor, (d) => (c.donorOffice[d] === 1 ? 0 : 1)),
		donor: c.donor as Int32Array,
		donorGroup: groups.group,
		groups: groups.count,
		groupIsAnonymous: groups.anonymous,
		cents: c.cents as Float64Array,
		slot: new Uint8Array(n),
		donorKinds: c.donorKinds
	};
	for (let i = 0; i < n; i++) {
		data.band[i] = bandOf(c.cents[i]!);
		data.slot[i] = c.currency[i] !== eur ? SLOT_OTHER : c.refund[i] ? SLOT_REFUND : SLOT_GIFT;
	}
	return data;
}

/**
 * The donors view's rows: one per donor entity, one per name published with no entity, and
 * one for every anonymous gift together (it lists the parties they went to).
 */
function groupDonors(c: DonationColumns) {
	const keys = new Map<string, number>();
	const group = new Int32Array(c.donors.length);
	const anonymous: number[] = [];
	for (let d = 0; d < c.donors.length; d++) {
		const isAnonymous = c.donorKinds[c.donorKind[d]!] === 'anonymous';
		const key = isAnonymous ? '\u0000' : c.donors[d] || `\u0001${c.donorNames[d]}`;
		let g = keys.get(key);
		if (g === undefined) {
			g = keys.size;
			keys.set(key, g);
			anonymous.push(isAnonymous ? 1 : 0);
		}
		group[d] = g;
	}
	return { group, count: keys.size, anonymous: Uint8Array.from(anonymous) };
}
