/**
 * The explore file's donations section: every donation and fee as one row across integer
 * columns, with its code tables in the file (as graph-file.ts does for the graph), so the
 * explore engine (lib/explore/) filters and sums typed arrays, never record objects.
 * Shape checks are valibot; the integer columns are checked by one loop, since a national
 * file holds millions of numbers. Each error names the column and the row.
 */
import * as v from 'valibot';
import { DONATION_KINDS, type DonationKind } from './types';
import { MAX_FIELD_LENGTH } from './validate';

export const DONOR_KIND_CODES = ['person', 'organisation', 'anonymous'] as const;
export type DonorKindCode = (typeof DONOR_KIND_CODES)[number];

export interface DonationColumns {
	/** Code tables: party entity ids (strictly increasing) and their names, index for index. */
	parties: string[];
	partyNames: string[];
	currencies: string[];
	kinds: DonationKind[];
	donorKinds: DonorKindCode[];
	datasets: string[];
	/**
	 * Source records: a CSV file's name, whose rows give its line (`<file>:<line>`), or, where
	 * a row's line is 0, the whole record id; `recordDatasets` gives each one's dataset code.
	 */
	recordFiles: string[];
	recordDatasets: number[];
	/**
	 * Donors: one per entity id ('' for none, as for anonymous gifts), name as published and
	 * office (1: a person with a confirmed or probable `holds-post` relation, reached by a
	 * donation link that is not a possible namesake's), sorted by id, name, office.
	 */
	donors: string[];
	donorNames: string[];
	donorKind: number[];
	donorOffice: number[];
	/**
	 * Rows, one per donation, in date order then id. The donation ids in one string, each
	 * followed by a space (one string parses far faster than 700,000); see `rowCount`.
	 */
	ids: string;
	party: number[];
	/** YYYYMMDD, with 00 for a month or day the source did not give. */
	date: number[];
	/** Signed: a refund is negative. */
	cents: number[];
	currency: number[];
	kind: number[];
	/** 1 for a refund (isRefund). */
	refund: number[];
	donor: number[];
	recordFile: number[];
	recordLine: number[];
}

/** The row columns, one entry per id in `ids`. */
export const ROW_COLUMNS = [
	'party',
	'date',
	'cents',
	'currency',
	'kind',
	'refund',
	'donor',
	'recordFile',
	'recordLine'
] as const satisfies readonly (keyof DonationColumns)[];

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const name = v.pipe(v.string(), v.maxLength(MAX_FIELD_LENGTH));
const ints = v.custom<number[]>(
	(input) => Array.isArray(input) && input.every((n) => Number.isSafeInteger(n)),
	'an array of whole numbers'
);

export const donationColumnsEntries = {
	parties: v.array(id),
	partyNames: v.array(name),
	currencies: v.array(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code'))),
	kinds: v.array(v.picklist(DONATION_KINDS)),
	donorKinds: v.array(v.picklist(DONOR_KIND_CODES)),
	datasets: v.array(id),
	recordFiles: v.array(id),
	recordDatasets: ints,
	donors: v.array(v.pipe(v.string(), v.maxLength(200))),
	donorNames: v.array(name),
	donorKind: ints,
	donorOffice: ints,
	ids: v.string(),
	party: ints,
	date: ints,
	cents: ints,
	currency: ints,
	kind: ints,
	refund: ints,
	donor: ints,
	recordFile: ints,
	recordLine: ints
};

export const DonationColumnsSchema = v.strictObject(donationColumnsEntries);

/** What is wrong with columns of the right shape (lengths, codes, dates), or undefined. */
export function donationColumnsProblem(c: DonationColumns): string | undefined {
	return tablesProblem(c) ?? rowsProblem(c);
}

function tablesProblem(c: DonationColumns): string | undefined {
	if (c.partyNames.length !== c.parties.length)
		return `partyNames has ${c.partyNames.length} entries for ${c.parties.length} parties`;
	for (let i = 1; i < c.parties.length; i++)
		if (!(c.parties[i - 1]! < c.parties[i]!)) return `parties.${i} is not after parties.${i - 1}`;
	if (c.recordDatasets.length !== c.recordFiles.length)
		return `recordDatasets has ${c.recordDatasets.length} entries for ${c.recordFiles.length} recordFiles`;
	const badDataset = c.recordDatasets.findIndex((d) => !(d >= 0 && d < c.datasets.length));
	if (badDataset >= 0) return `recordDatasets.${badDataset} is not an index into datasets`;
	for (const column of ['donorNames', 'donorKind', 'donorOffice'] as const)
		if (c[column].length !== c.donors.length)
			return `${column} has ${c[column].length} entries for ${c.donors.length} donors`;
	for (let i = 0; i < c.donors.length; i++) {
		if (!(c.donorKind[i]! >= 0 && c.donorKind[i]! < c.donorKinds.length))
			return `donorKind.${i} is not an index into donorKinds`;
		if (c.donorOffice[i] !== 0 && c.donorOffice[i] !== 1) return `donorOffice.${i} is not 0 or 1`;
	}
	return undefined;
}

function rowsProblem(c: DonationColumns): string | undefined {
	const n = rowCount(c);
	if (n < 0) return 'ids is not ids (1 to 200 characters, no space) each followed by a space';
	for (const column of ROW_COLUMNS)
		if (c[column].length !== n) return `${column} has ${c[column].length} entries for ${n} rows`;
	const limits: [column: (typeof ROW_COLUMNS)[number], size: number][] = [
		['party', c.parties.length],
		['currency', c.currencies.length],
		['kind', c.kinds.length],
		['donor', c.donors.length],
		['recordFile', c.recordFiles.length]
	];
	for (let i = 0; i < n; i++) {
		for (const [column, size] of limits) {
			const code = c[column][i]!;
			if (!(code >= 0 && code < size)) return `${column}.${i} is ${code}, not a code under ${size}`;
		}
		if (!isDate(c.date[i]!)) return `date.${i} is ${c.date[i]}, not a YYYYMMDD date`;
		if (c.refund[i] !== 0 && c.refund[i] !== 1) return `refund.${i} is not 0 or 1`;
		if (c.recordLine[i]! < 0) return `recordLine.${i} is negative`;
	}
	return undefined;
}

/** Rows in `ids`; -1 when it is not ids (no space in them) each followed by one space. */
export function rowCount(c: Pick<DonationColumns, 'ids'>): number {
	const { ids } = c;
	let rows = 0;
	let start = 0;
	for (let at = ids.indexOf(' '); at >= 0; at = ids.indexOf(' ', at + 1)) {
		if (at === start || at - start > 200) return -1;
		rows++;
		start = at + 1;
	}
	return start === ids.length ? rows : -1;
}

/** Where each row's id starts in `ids`, and one past the end (rowCount + 1 entries). */
export function rowIdStarts(ids: string, rows: number): Int32Array {
	const starts = new Int32Array(rows + 1);
	let at = 0;
	for (let i = 0; i < rows; i++) {
		starts[i] = at;
		at = ids.indexOf(' ', at) + 1;
	}
	starts[rows] = at;
	return starts;
}

function isDate(value: number): boolean {
	const year = Math.floor(value / 10_000);
	const month = Math.floor(value / 100) % 100;
	const day = value % 100;
	return year >= 1900 && year <= 2100 && month <= 12 && day <= 31 && (day === 0 || month > 0);
}

/** A partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as YYYYMMDD, 00 for what it lacks. */
export function dateCode(date: string): number {
	const [year = '0', month = '0', day = '0'] = date.split('-');
	return Number(year) * 10_000 + Number(month) * 100 + Number(day);
}

/** YYYYMMDD back as the partial date it came from. */
export function dateText(code: number): string {
	const year = String(Math.floor(code / 10_000));
	const month = Math.floor(code / 100) % 100;
	const day = code % 100;
	if (month === 0) return year;
	const mm = String(month).padStart(2, '0');
	return day === 0 ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** A row's source record, written out again: `<file>:<line>`, or the whole id at line 0. */
export function recordText(c: Pick<DonationColumns, 'recordFiles'>, file: number, line: number) {
	return line === 0 ? c.recordFiles[file]! : `${c.recordFiles[file]!}:${line}`;
}
