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

export function donationColumns(data: ResolvedData): DonationColumns {
	const rows = data.donations.map((d) => ({ d, date: dateCode(d.date) }));
	// In date order, then id order. Resolved donations come in id order, and a sort is stable:
	// then the dates alone decide, without comparing 700,000 ids on every tie.
	if (!rows.every((row, i) => i === 0 || compare(rows[i - 1]!.d.id, row.d.id) <= 0))
		rows.sort((a, b) => compare(a.d.id, b.d.id));
	rows.sort((a, b) => a.date - b.date);
	const names = new Map(data.organisations.map((o) => [o.id, o.name]));
	const parties = table(rows.map(({ d }) => d.party));
	const currencies = table(rows.map(({ d }) => d.amount.currency));
	const datasets = table(rows.map(({ d }) => d.source.dataset));
	// Each row's record file, line and donor key made once: a national set has 700,000 rows.
	const recordKeys: string[] = [];
	const recordLines: number[] = [];
	for (const { d } of rows) {
		const [file, line] = splitRecord(d.source.record);
		recordKeys.push(`${d.source.dataset}\n${file}`);
		recordLines.push(line);
	}
	const records = table(recordKeys);
	const { kind, office } = officeOf(data);
	const donorKeys = rows.map(({ d }) => `${d.donor ?? ''}\n${d.donorName}\n${office(d)}`);
	const donors = table(donorKeys);
	const donorRows = donors.list.map((key) => key.split('\n'));
	const donorKinds = new Map<string, DonorKindCode>();
	rows.forEach(({ d }, i) => donorKinds.set(donorKeys[i]!, kind(d)));
	return {
		parties: parties.list,
		partyNames: parties.list.map(
			(id) => names.get(id) ?? rows.find(({ d }) => d.party === id)!.d.partyName
		),
		currencies: currencies.list,
		kinds: [...DONATION_KINDS],
		donorKinds: [...DONOR_KIND_CODES],
		datasets: datasets.list,
		recordFiles: records.list.map((key) => key.split('\n')[1]!),
		recordDatasets: records.list.map((key) => datasets.code.get(key.split('\n')[0]!)!),
		donors: donorRows.map(([id]) => id!),
		donorNames: donorRows.map(([, name]) => name!),
		donorKind: donors.list.map((key) => DONOR_KIND_CODES.indexOf(donorKinds.get(key)!)),
		donorOffice: donorRows.map(([, , isOffice]) => Number(isOffice)),
		ids: rows.map(({ d }) => `${d.id} `).join(''),
		party: rows.map(({ d }) => parties.code.get(d.party)!),
		date: rows.map(({ date }) => date),
		cents: rows.map(({ d }) => d.amount.cents),
		currency: rows.map(({ d }) => currencies.code.get(d.amount.currency)!),
		kind: rows.map(({ d }) => DONATION_KINDS.indexOf(d.kind)),
		refund: rows.map(({ d }) => (d.isRefund ? 1 : 0)),
		donor: donorKeys.map((key) => donors.code.get(key)!),
		recordFile: recordKeys.map((key) => records.code.get(key)!),
		recordLine: recordLines
	};
}
