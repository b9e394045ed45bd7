/**
 * The explore file's donation columns loaded for filtering: one typed array per field, and
 * per row the code of each filter dimension (explore-dimensions.ts), so a filter is a lookup
 * table over codes. Built once per version in the reader worker, over the typed columns as
 * they came (typed-columns.ts), which it keeps rather than copies.
 */
import { rowCount, rowIdStarts } from '../../model/explore-donations';
import { AMOUNT_BANDS, type DonorKind } from './explore-protocol';
import type { TypedDonationColumns } from './typed-columns';

/**
 * How a row counts in a Tally: a EUR gift, a EUR refund, or a row in another currency; slot
 * × 2 is where its count and cents sit in a code's tally (explore-overview.ts).
 */
export const SLOT_GIFT = 0;
export const SLOT_REFUND = 1;
export const SLOT_OTHER = 2;

/** The file's section with its row columns as typed arrays (typed-columns.ts). */
export type LoadedColumns = TypedDonationColumns;

export interface ExploreData {
	rows: number;
	/** Where each row's id starts in `columns.ids` (rowId reads it). */
	idStarts: Int32Array;
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

/** Row i's donation id. */
export function rowId(data: Pick<ExploreData, 'columns' | 'idStarts'>, i: number): string {
	return data.columns.ids.slice(data.idStarts[i]!, data.idStarts[i + 1]! - 1);
}

const BAND_MINS = AMOUNT_BANDS.map((b) => b.min);

/** The band of one amount (refunds by what was returned), by its absolute value in cents. */
export function bandOf(cents: number): number {
	const size = Math.abs(cents);
	let band = BAND_MINS.length - 1;
	while (band > 0 && size < BAND_MINS[band]!) band--;
	return band;
}

const FIRST_YEAR = 1900;
const MONTH_SLOTS = (2101 - FIRST_YEAR) * 100;

/** `YYYY-MM`, or `YYYY` for a date with no month, of a YYYYMMDD date's YYYYMM part. */
function monthKey(ym: number): string {
	const year = Math.floor(ym / 100);
	const month = ym % 100;
	return month === 0 ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
}

/** Each row's dimension codes over the typed columns, in one pass over the rows. */
export function loadExploreData(c: TypedDonationColumns): ExploreData {
	const n = rowCount(c);
	// YYYYMM − 190000 → the month's index; `YYYY00` (a year-only date) sorts before its months.
	const monthAt = new Int32Array(MONTH_SLOTS).fill(-1);
	for (let i = 0; i < n; i++) monthAt[Math.floor(c.date[i]! / 100) - FIRST_YEAR * 100] = 0;
	const months: string[] = [];
	for (let slot = 0; slot < MONTH_SLOTS; slot++)
		if (monthAt[slot] === 0) {
			monthAt[slot] = months.length;
			months.push(monthKey(slot + FIRST_YEAR * 100));
		}
	const groups = groupDonors(c);
	const data: ExploreData = {
		rows: n,
		idStarts: rowIdStarts(c.ids, n),
		columns: c,
		party: c.party,
		month: new Int32Array(n),
		months,
		band: new Uint8Array(n),
		kind: c.kind,
		donorKind: new Uint8Array(n),
		office: new Uint8Array(n),
		donor: c.donor,
		donorGroup: groups.group,
		groups: groups.count,
		groupIsAnonymous: groups.anonymous,
		cents: c.cents,
		slot: new Uint8Array(n),
		donorKinds: c.donorKinds
	};
	const eur = c.currencies.indexOf('EUR');
	const [gift, refund, other] = [SLOT_GIFT, SLOT_REFUND, SLOT_OTHER];
	const { date, cents, donor, currency } = c;
	const donorKind = Uint8Array.from(c.donorKind);
	const noOffice = Uint8Array.from(c.donorOffice, (office) => (office === 1 ? 0 : 1));
	for (let i = 0; i < n; i++) {
		const d = donor[i]!;
		data.month[i] = monthAt[Math.floor(date[i]! / 100) - FIRST_YEAR * 100]!;
		data.band[i] = bandOf(cents[i]!);
		data.slot[i] = currency[i] !== eur ? other : c.refund[i] ? refund : gift;
		data.donorKind[i] = donorKind[d]!;
		data.office[i] = noOffice[d]!;
	}
	return data;
}

/**
 * The donors view's rows: one per donor entity, one per name published with no entity, and
 * one for every anonymous gift together (it lists the parties they went to). The file's donors
 * are sorted by id then name, so each group's entries are next to each other.
 */
function groupDonors(c: TypedDonationColumns) {
	const group = new Int32Array(c.donors.length);
	const anonymous: number[] = [];
	const anonymousKind = c.donorKinds.indexOf('anonymous');
	let anonymousGroup = -1;
	for (let d = 0; d < c.donors.length; d++) {
		if (c.donorKind[d] === anonymousKind) {
			if (anonymousGroup < 0) {
				anonymousGroup = anonymous.length;
				anonymous.push(1);
			}
			group[d] = anonymousGroup;
			continue;
		}
		const id = c.donors[d]!;
		const before = d - 1;
		const isSame =
			before >= 0 &&
			c.donorKind[before] !== anonymousKind &&
			c.donors[before] === id &&
			(id !== '' || c.donorNames[before] === c.donorNames[d]);
		if (isSame) group[d] = group[before]!;
		else {
			group[d] = anonymous.length;
			anonymous.push(0);
		}
	}
	return { group, count: anonymous.length, anonymous: Uint8Array.from(anonymous) };
}
