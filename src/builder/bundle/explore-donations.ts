/** The explore file's donations section (model/explore-donations.ts) from resolved data. */
import {
	DONOR_KIND_CODES,
	dateCode,
	type DonationColumns,
	type DonorKindCode
} from '../../model/explore-donations';
import { DONATION_KINDS, type Confidence, type Donation } from '../../model/types';
import type { ResolvedData } from '../resolve/resolve';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A code table: each distinct key once, sorted, and each key's code. */
function table(keys: Iterable<string>): { list: string[]; code: Map<string, number> } {
	const list = [...new Set(keys)].sort(compare);
	return { list, code: new Map(list.map((key, i) => [key, i])) };
}

/** `<file>:<line>` as file and line; any other record id whole, at line 0. */
function splitRecord(record: string): [file: string, line: number] {
	const match = /^(.+):([1-9]\d{0,8})$/.exec(record);
	return match ? [match[1]!, Number(match[2])] : [record, 0];
}

/**
 * A row's office: its donor is a person holding a public office (`holds-post`, confirmed or
 * probable) and the donation's own link to that person (`donated-to` or a fee's `member-of`)
 * is not a possible namesake's.
 */
function officeOf(data: ResolvedData) {
	const people = new Set(data.people.map((p) => p.id));
	const officials = new Set(
		data.relations
			.filter((r) => r.kind === 'holds-post' && r.confidence !== 'possible')
			.map((r) => r.from)
	);
	const link = new Map<string, Confidence>();
	for (const r of data.relations)
		if (r.kind === 'donated-to' || r.kind === 'member-of')
			for (const fact of r.facts) link.set(fact, r.confidence);
	return {
		kind: (d: Donation): DonorKindCode =>
			!d.donor ? 'anonymous' : people.has(d.donor) ? 'person' : 'organisation',
		office: (d: Donation): number =>
			d.donor && people.has(d.donor) && officials.has(d.donor) && link.get(d.id) !== 'possible'
				? 1
				: 0
	};
}

/** Rows sortable by one packed number: (date, position) as date · 2^24 + position. */
const POSITIONS = 2 ** 24;

/**
 * Donation indexes in date order, then id order. Resolved donations come in id order; then the
 * dates alone decide, with ties kept in place: each row's date and position are packed into one
 * number and sorted natively, without a comparator or an object per row (a national set has
 * 700,000 rows, and an object each was that much more for the collector).
 */
function dateOrder(donations: readonly Donation[], dates: Float64Array): Uint32Array {
	const n = donations.length;
	let byId = Uint32Array.from({ length: n }, (_, i) => i);
	if (!donations.every((d, i) => i === 0 || compare(donations[i - 1]!.id, d.id) <= 0))
		byId = Uint32Array.from([...byId].sort((a, b) => compare(donations[a]!.id, donations[b]!.id)));
	if (n >= POSITIONS) {
		const order = [...byId];
		order.sort((a, b) => dates[a]! - dates[b]!);
		return Uint32Array.from(order);
	}
	const keys = new Float64Array(n);
	for (let k = 0; k < n; k++) keys[k] = dates[byId[k]!]! * POSITIONS + k;
	keys.sort();
	return byId.map((_, k) => byId[keys[k]! % POSITIONS]!);
}

/**
 * A code per distinct combination of string parts, made without a key string per row: parts
 * are looked up level by level, and only each distinct combination is joined, for the sort.
 * Codes are the sorted joined keys' positions, as `table` gives them.
 */
class KeyCodes {
	private readonly root = new Map<string, unknown>();
	readonly keys: string[] = [];

	/** The combination's provisional number (its first appearance), made on first sight. */
	number(parts: readonly string[]): number {
		let level = this.root;
		for (let i = 0; i < parts.length - 1; i++) {
			let next = level.get(parts[i]!) as Map<string, unknown> | undefined;
			if (!next) level.set(parts[i]!, (next = new Map()));
			level = next;
		}
		const last = parts[parts.length - 1]!;
		let found = level.get(last) as number | undefined;
		if (found === undefined) {
			found = this.keys.push(parts.join('\n')) - 1;
			level.set(last, found);
		}
		return found;
	}

	/** Sorted joined keys, once each, and each provisional number's code in them. */
	sorted(): { list: string[]; code: Int32Array } {
		const { keys } = this;
		const order = keys.map((_, i) => i).sort((a, b) => compare(keys[a]!, keys[b]!));
		const code = new Int32Array(keys.length);
		const list: string[] = [];
		for (const number of order) {
			// Parts that hold a line break can join to another combination's key: one code, as one key.
			if (list.at(-1) !== keys[number]) list.push(keys[number]!);
			code[number] = list.length - 1;
		}
		return { list, code };
	}
}

export function donationColumns(data: ResolvedData): DonationColumns {
	const { donations } = data;
	const n = donations.length;
	// Dates come as shared strings: each one's code is worked out once.
	const dateCodes = new Map<string, number>();
	const dates = new Float64Array(n);
	donations.forEach((d, i) => {
		let code = dateCodes.get(d.date);
		if (code === undefined) dateCodes.set(d.date, (code = dateCode(d.date)));
		dates[i] = code;
	});
	const order = dateOrder(donations, dates);
	const names = new Map(data.organisations.map((o) => [o.id, o.name]));
	const parties = table(donations.map((d) => d.party));
	const currencies = table(donations.map((d) => d.amount.currency));
	const datasets = table(donations.map((d) => d.source.dataset));
	// Each row's record file and line, and its donor: a provisional number per distinct value.
	const { kind, office } = officeOf(data);
	const records = new KeyCodes();
	const donors = new KeyCodes();
	const recordNumbers = new Int32Array(n);
	const donorNumbers = new Int32Array(n);
	const recordLine: number[] = [];
	const donorKinds: DonorKindCode[] = [];
	const partyNames = new Map<string, string>();
	for (let k = 0; k < n; k++) {
		const d = donations[order[k]!]!;
		const [file, line] = splitRecord(d.source.record);
		recordNumbers[k] = records.number([d.source.dataset, file]);
		recordLine.push(line);
		const donor = donors.number([d.donor ?? '', d.donorName, String(office(d))]);
		donorNumbers[k] = donor;
		// The last row's kind, as rows come in date order.
		donorKinds[donor] = kind(d);
		if (!partyNames.has(d.party)) partyNames.set(d.party, d.partyName);
	}
	const recordCodes = records.sorted();
	const donorCodes = donors.sorted();
	const donorRows = donorCodes.list.map((key) => key.split('\n'));
	const rows = Array.from(order, (i) => donations[i]!);
	return {
		parties: parties.list,
		partyNames: parties.list.map((id) => names.get(id) ?? partyNames.get(id)!),
		currencies: currencies.list,
		kinds: [...DONATION_KINDS],
		donorKinds: [...DONOR_KIND_CODES],
		datasets: datasets.list,
		recordFiles: recordCodes.list.map((key) => key.split('\n')[1]!),
		recordDatasets: recordCodes.list.map((key) => datasets.code.get(key.split('\n')[0]!)!),
		donors: donorRows.map(([id]) => id!),
		donorNames: donorRows.map(([, name]) => name!),
		donorKind: sortedByCode(donorKinds, donorCodes).map((k) => DONOR_KIND_CODES.indexOf(k)),
		donorOffice: donorRows.map(([, , isOffice]) => Number(isOffice)),
		ids: rows.map((d) => `${d.id} `).join(''),
		party: rows.map((d) => parties.code.get(d.party)!),
		date: Array.from(order, (i) => dates[i]!),
		cents: rows.map((d) => d.amount.cents),
		currency: rows.map((d) => currencies.code.get(d.amount.currency)!),
		kind: rows.map((d) => DONATION_KINDS.indexOf(d.kind)),
		refund: rows.map((d) => (d.isRefund ? 1 : 0)),
		donor: Array.from(donorNumbers, (number) => donorCodes.code[number]!),
		recordFile: Array.from(recordNumbers, (number) => recordCodes.code[number]!),
		recordLine
	};
}

/** Values kept by provisional number, in code order (where two share a code, the later number's). */
function sortedByCode<T>(values: readonly T[], codes: { list: string[]; code: Int32Array }): T[] {
	const out = new Array<T>(codes.list.length);
	values.forEach((value, number) => (out[codes.code[number]!] = value));
	return out;
}
