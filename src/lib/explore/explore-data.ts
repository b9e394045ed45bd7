/**
 * The explore file's donation columns loaded for filtering: one typed array per field, and
 * per row the code of each filter dimension (explore-dimensions.ts), so a filter is a lookup
 * table over codes. Built once per version in the reader worker; the file's plain arrays are
 * dropped after.
 */
import type { DonationColumns } from '../../model/explore-donations';
import { isFeeKind } from '../../model/money-kinds';
import { AMOUNT_BANDS, type DonorKind } from './explore-protocol';

/** How a row counts in a Tally: a EUR gift, a EUR refund, or a row in another currency. */
export const SLOT_GIFT = 0;
export const SLOT_REFUND = 1;
export const SLOT_OTHER = 2;

export interface ExploreData {
	rows: number;
	/** The file's tables and the columns the table rows read (ids, records, names). */
	columns: DonationColumns;
	party: Int32Array;
	/** Index into `months`. */
	month: Int32Array;
	/** `YYYY-MM`, or `YYYY` for rows dated by year only; sorted. */
	months: string[];
	band: Uint8Array;
	kind: Uint8Array;
	/** 0 donations (money, goods and services), 1 fees (membership, entry). */
	group: Uint8Array;
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

export function loadExploreData(c: DonationColumns): ExploreData {
	const n = c.ids.length;
	const monthCodes = new Map<number, string>();
	for (const date of c.date) {
		const ym = Math.floor(date / 100);
		if (!monthCodes.has(ym)) monthCodes.set(ym, monthKey(date));
	}
	const months = [...new Set(monthCodes.values())].sort();
	const monthIndex = new Map(months.map((m, i) => [m, i]));
	const byYm = new Map([...monthCodes].map(([ym, key]) => [ym, monthIndex.get(key)!]));
	const eur = c.currencies.indexOf('EUR');
	const groups = groupDonors(c);
	const data: ExploreData = {
		rows: n,
		columns: c,
		party: Int32Array.from(c.party),
		month: Int32Array.from(c.date, (date) => byYm.get(Math.floor(date / 100))!),
		months,
		band: new Uint8Array(n),
		kind: Uint8Array.from(c.kind),
		group: Uint8Array.from(c.kind, (k) => (isFeeKind(c.kinds[k]!) ? 1 : 0)),
		donorKind: Uint8Array.from(c.donor, (d) => c.donorKind[d]!),
		office: Uint8Array.from(c.donor, (d) => (c.donorOffice[d] === 1 ? 0 : 1)),
		donor: Int32Array.from(c.donor),
		donorGroup: groups.group,
		groups: groups.count,
		groupIsAnonymous: groups.anonymous,
		cents: Float64Array.from(c.cents),
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
