/**
 * What the three KNAB donation adapters share: the donation types, the provenance, and the
 * reading of one donation once a format has pulled its fields out as text.
 */
import { ValueError } from '../../model/errors';
import { foldText } from '../../model/fold-name';
import { isFeeKind } from '../../model/money-kinds';
import { parseDate, type DayMonthOrder } from '../../model/parse-date';
import { parseMoney } from '../../model/parse-money';
import type { DonationKind, SourceRef } from '../../model/types';
import type { AdapterResult, DonationRecord, RejectedRow } from '../sources/source-records';
import { decideFileDateOrder } from './file-date-order';
import { previewLines } from './header-columns';
import { readDonor } from './knab-donor';

export const KNAB_PUBLISHER = 'Korupcijas novēršanas un apkarošanas birojs (KNAB)';
export const KNAB_TITLE = 'Politisko partiju finansēšana: dāvinājumi';
export const KNAB_URL = 'https://info.knab.gov.lv/lv/db/ziedojumi/';

/** Most rows carry no marker: they share one empty list. */
const NO_FLAGS: string[] = Object.freeze([]) as unknown as string[];

const TITLE_PARTS: [DonationKind[], string][] = [
	[['money', 'goods-services'], 'dāvinājumi'],
	[['membership-fee'], 'biedru naudas'],
	[['entry-fee'], 'iestāšanās naudas']
];

/** The title for a file by what it holds (a2.csv holds fees, no donations); none for donations only. */
export function knabTitleOf(kinds: Iterable<DonationKind>): string | undefined {
	const held = new Set(kinds);
	if (![...held].some(isFeeKind)) return undefined;
	const parts = TITLE_PARTS.filter(([of]) => of.some((k) => held.has(k))).map(([, part]) => part);
	return `Politisko partiju finansēšana: ${parts.join(', ')}`;
}

// A Map, not an object literal: a type such as "constructor" must not hit Object.prototype.
const KINDS_BY_TEXT = new Map<string, DonationKind>([
	['nauda', 'money'],
	['manta vai pakalpojums', 'goods-services'],
	['biedra nauda', 'membership-fee'],
	['biedru nauda', 'membership-fee'],
	['iestasanas maksa', 'entry-fee'],
	['iestasanas nauda', 'entry-fee']
]);

/** KNAB's numeric type ids (3 is not used for donations). */
export const KINDS_BY_ID = new Map<number, DonationKind>([
	[1, 'money'],
	[2, 'goods-services'],
	[4, 'entry-fee'],
	[5, 'membership-fee']
]);

/** The donation kind for a published type name, folded (`Iestāšanās maksa`, `NAUDA`). */
export function donationKindOf(text: string): DonationKind | undefined {
	return KINDS_BY_TEXT.get(foldText(text));
}

/** One donation's fields as the source printed them. */
export interface RawDonation {
	party: string;
	typeText: string;
	/** A kind the format already decided (the JSON API's typeId); wins over typeText. */
	kind?: DonationKind;
	/** `EUR 5.00`, or a bare `3900.00` with `currency` beside it. */
	amount: string;
	currency?: string;
	donorName: string;
	code: string;
	date: string;
	flags: string[];
}

export interface DonationRow {
	line: number;
	/** How warnings name the row: `line 12`, `record 3`. */
	where: string;
	raw: RawDonation;
	source: SourceRef;
}

/**
 * Reads a file's donation rows: decides its day/month order once, then each row. Rows that
 * cannot be read are rejected with their line; an undecidable file rejects every row.
 */
export function readDonationRows(
	rows: readonly DonationRow[],
	override: DayMonthOrder | undefined
): AdapterResult {
	const records: DonationRecord[] = [];
	const rejected: RejectedRow[] = [];
	const warnings: string[] = [];
	const decision = decideFileDateOrder(
		rows.map((row) => row.raw.date),
		override
	);
	if (!decision.order) {
		for (const row of rows) rejected.push({ line: row.line, reason: decision.reason });
		return { records, rejected, warnings, rowsRead: rows.length };
	}
	warnings.push(decision.note);
	const codeless: number[] = [];
	const repeats = new RepeatedRows();
	for (const row of rows) {
		const reading = readDonation(row, decision.order);
		if (typeof reading === 'string') {
			rejected.push({ line: row.line, reason: reading });
			continue;
		}
		// Reported, never dropped: two equal gifts on one day can be real.
		repeats.add(row);
		records.push(reading.record);
		if (reading.warning) warnings.push(reading.warning);
		if (reading.isCodeless) codeless.push(row.line);
	}
	if (codeless.length > 0) {
		warnings.push(
			`${codeless.length} named donor(s) published without a code, read without one (${previewLines(codeless)})`
		);
	}
	const repeated = repeats.found;
	if (repeated.length > 0) {
		warnings.push(
			`${repeated.length} row(s) repeat an earlier row's values exactly; all kept, each a fact of its own (${repeated.slice(0, 5).join(', ')}${repeated.length > 5 ? ', …' : ''})`
		);
	}
	const title = knabTitleOf(records.map((r) => r.kind));
	return { records, rejected, warnings, rowsRead: rows.length, ...(title && { title }) };
}

/**
 * Rows whose published values repeat an earlier row's, as `line 9 = line 4`. Each row is
 * keyed by a 32-bit hash of its values, not by them: a big file's rows as JSON would be a
 * copy of the file in the map. Rows with the same hash are compared whole, so a collision
 * never reports a repeat.
 */
class RepeatedRows {
	readonly found: string[] = [];
	private readonly byHash = new Map<number, DonationRow[]>();

	add(row: DonationRow): void {
		const text = JSON.stringify(row.raw);
		const hash = fnv1a(text);
		const earlier = this.byHash.get(hash);
		const same = earlier?.find((other) => JSON.stringify(other.raw) === text);
		if (same) this.found.push(`${row.where} = ${same.where}`);
		else if (earlier) earlier.push(row);
		else this.byHash.set(hash, [row]);
	}
}

/** FNV-1a over a text's UTF-16 code units. */
export function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return hash >>> 0;
}

type DonationReading = { record: DonationRecord; warning?: string; isCodeless: boolean };

/** One row: a record, or the reason it cannot be read. */
function readDonation(
	{ raw, where, source }: DonationRow,
	order: DayMonthOrder
): DonationReading | string {
	const party = raw.party.trim();
	if (!party) return 'no party';
	const kind = raw.kind ?? donationKindOf(raw.typeText);
	if (!kind) return `unknown donation type ${JSON.stringify(raw.typeText)}`;
	const donorName = raw.donorName.trim();
	if (!donorName) return 'no donor name (anonymous donors are published as ANONĪMS)';
	let amount;
	let date;
	try {
		amount = parseMoney(raw.amount, { decimal: '.', currency: raw.currency });
		date = parseDate(raw.date, order);
	} catch (error) {
		if (error instanceof ValueError) return error.message;
		throw error;
	}
	// The JSON API's `currency` field is used as given: a bundle holds only ISO 4217 codes.
	if (!/^[A-Z]{3}$/.test(amount.currency)) {
		return `not a currency code: ${JSON.stringify(amount.currency)}`;
	}
	const code = raw.code.trim();
	const donor = readDonor(donorName, code, where);
	const record: DonationRecord = {
		type: 'donation',
		donor: donor.mention,
		donorName,
		...(code ? { donorCode: code } : {}),
		party: { type: 'organisation', name: party, kind: 'party' },
		date,
		amount,
		kind,
		// KNAB publishes a returned donation as a negative amount; it stays negative here.
		isRefund: amount.cents < 0,
		flags: raw.flags.length > 0 ? raw.flags : NO_FLAGS,
		source
	};
	return { record, warning: donor.warning, isCodeless: donor.isCodeless };
}

/** Every row rejected for one reason (a file whose header lacks a column it needs). */
export function rejectAll(lines: readonly number[], reason: string): AdapterResult {
	return {
		records: [],
		rejected: lines.map((line) => ({ line, reason })),
		warnings: [],
		rowsRead: lines.length
	};
}
