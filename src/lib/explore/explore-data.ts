/**
 * The explore file's donation columns loaded for filtering: one typed array per field, and
 * per row the code of each filter dimension (explore-dimensions.ts), so a filter is a lookup
 * table over codes. Built once per version in the reader worker; the file's plain arrays are
 * dropped after.
 */
import {
	rowCount,
	rowIdStarts,
	type DonationColumns,
	type ROW_COLUMNS
} from '../../model/explore-donations';
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

/** The file's columns made typed, and each row's dimension codes, in one pass over the rows. */
export function loadExploreData(file: DonationColumns): ExploreData {
	const n = rowCount(file);
	// YYYYMM − 190000 → the month's index; `YYYY00` (a year-only date) sorts before its months.
	const monthAt = new Int32Array(MONTH_SLOTS).fill(-1);
	for (let i = 0; i < n; i++) monthAt[Math.floor(file.date[i]! / 100) - FIRST_YEAR * 100] = 0;
	const months: string[] = [];
	for (let slot = 0; slot < MONTH_SLOTS; slot++)
		if (monthAt[slot] === 0) {
			monthAt[slot] = months.length;
			months.push(monthKey(slot + FIRST_YEAR * 100));
		}
	const c: LoadedColumns = {
		...file,
		party: new Int32Array(n),
		date: new Int32Array(n),
		cents: new Float64Array(n),
		currency: new Uint16Array(n),
		kind: new Uint8Array(n),
		refund: new Uint8Array(n),
		donor: new Int32Array(n),
		recordFile: new Int32Array(n),
		recordLine: new Int32Array(n)
	};
	const groups = groupDonors(file);
	const data: ExploreData = {
		rows: n,
		idStarts: rowIdStarts(file.ids, n),
		columns: c,
		party: c.party as Int32Array,
		month: new Int32Array(n),
		months,
		band: new Uint8Array(n),
		kind: c.kind as Uint8Array,
		donorKind: new Uint8Array(n),
		office: new Uint8Array(n),
		donor: c.donor as Int32Array,
		donorGroup: groups.group,
		groups: groups.count,
		groupIsAnonymous: groups.anonymous,
		cents: c.cents as Float64Array,
		slot: new Uint8Array(n),
		donorKinds: c.donorKinds
	};
	const eur = c.currencies.indexOf('EUR');
	const [gift, refund, other] = [SLOT_GIFT, SLOT_REFUND, SLOT_OTHER];
	for (let i = 0; i < n; i++) {
		const date = file.date[i]!;
		const cents = file.cents[i]!;
		const d = file.donor[i]!;
		c.party[i] = file.party[i]!;
		c.date[i] = date;
		c.cents[i] = cents;
		c.currency[i] = file.currency[i]!;
		c.kind[i] = file.kind[i]!;
		c.refund[i] = file.refund[i]!;
		c.donor[i] = d;
		c.recordFile[i] = file.recordFile[i]!;
		c.recordLine[i] = file.recordLine[i]!;
		data.month[i] = monthAt[Math.floor(date / 100) - FIRST_YEAR * 100]!;
		data.band[i] = bandOf(cents);
		data.slot[i] = file.currency[i] !== eur ? other : file.refund[i] ? refund : gift;
		data.donorKind[i] = file.donorKind[d]!;
		data.office[i] = file.donorOffice[d] === 1 ? 0 : 1;
	}
	return data;
}

/**
 * The donors view's rows: one per donor entity, one per name published with no entity, and
 * one for every anonymous gift together (it lists the parties they went to). The file's donors
 * are sorted by id then name, so each group's entries are next to each other.
 */
function groupDonors(c: DonationColumns) {
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
