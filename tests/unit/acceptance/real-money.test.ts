// @vitest-environment node
/**
 * Issue 12's acceptance test: donations and fees per year (count and EUR, refunds apart),
 * computed here straight from the KNAB CSVs (a1.csv donations, a2.csv membership fees), equal
 * to what the app reads (the party page's figures, a person's donations and fees) and to what
 * the CSV exports hold, for five parties and five people chosen across the data by rule.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/builder/adapters';
import { readSource } from '../../../src/builder/sources/read-source';
import type { SourceRecord } from '../../../src/builder/sources/source-records';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import { readPartyGroups } from '../../../src/lib/export/party-groups';
import type { Profile } from '../../../src/lib/reads/profile';
import { BundleStore } from '../../../src/lib/reads/store';
import { partyLedger } from '../../../src/lib/export/party-ledger';
import { personTable } from '../../../src/lib/export/rows';
import type { ExportTable } from '../../../src/lib/export/table';
import { moneyGroupOf } from '../../../src/model/money-kinds';
import { groupDonationsMade } from '../../../src/views/profile/donations';
import { partyDonations } from '../../../src/views/party/party-donations';
import { buildBundle, freshDb, memorySource } from '../../fixtures/bundle-fixture';
import { describeRealData, realPath } from '../../fixtures/realdata';

type Group = 'donations' | 'fees';
interface Tally {
	count: number;
	cents: number;
	refunds: number;
	refundCents: number;
}
/** `group|year` → tally; a missing key means nothing of that group in that year. */
type Figures = Map<string, Tally>;

interface CsvRow {
	party: string;
	group: Group;
	/** Folded name + the code's birth-date fragment; undefined for an organisation or no code. */
	person?: string;
	year: string;
	cents: number;
}

const KNAB = 'lv-knab-donations-delna-iw';

/** Independent of the app's helpers: NFKD, marks dropped, lower case, spaces squeezed. */
const fold = (text: string) =>
	text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

function readCsvRows(file: string, group: Group): CsvRow[] {
	const records = parse(readFileSync(realPath(KNAB, file)), { columns: true }) as Record<
		string,
		string
	>[];
	return records.map((r) => {
		const amount = /^EUR (-?)(\d+)\.(\d{2})$/.exec(r['Vērtība']!);
		if (!amount) throw new Error(`${file}: amount ${r['Vērtība']} is not EUR n.nn`);
		const cents = (Number(amount[2]) * 100 + Number(amount[3])) * (amount[1] ? -1 : 1);
		const code = /^(\d{6})-?\*+$/.exec(r['Personas Kods']!.trim());
		return {
			party: r['Partija']!,
			group,
			...(code && { person: `${fold(r['Name']!)}|${code[1]}` }),
			year: r['Datums']!.slice(-4),
			cents
		};
	});
}

function add(figures: Figures, group: Group, year: string, cents: number, isRefund: boolean) {
	const key = `${group}|${year}`;
	const t = figures.get(key) ?? { count: 0, cents: 0, refunds: 0, refundCents: 0 };
	figures.set(key, t);
	if (isRefund) {
		t.refunds++;
		t.refundCents += cents;
	} else {
		t.count++;
		t.cents += cents;
	}
}

function figuresOf(rows: readonly CsvRow[]): Figures {
	const figures: Figures = new Map();
	for (const r of rows) add(figures, r.group, r.year, r.cents, r.cents < 0);
	return figures;
}

/** The payment rows of an export (party or person), summed the same way. */
function exportFigures(table: ExportTable, facts: Record<string, Group>): Figures {
	const figures: Figures = new Map();
	for (const { values } of table.rows) {
		const group = facts[String(values.fact)];
		if (!group) continue;
		const [whole, part] = String(values.amount).replace('-', '').split('.');
		const cents =
			(Number(whole) * 100 + Number(part)) * (String(values.amount)[0] === '-' ? -1 : 1);
		add(figures, group, String(values.date).slice(0, 4), cents, values.refund === true);
	}
	return figures;
}

const sorted = (figures: Figures) => [...figures].sort(([a], [b]) => (a < b ? -1 : 1));

describeRealData('donations and fees per year, against the KNAB CSVs', () => {
	const csv = [...readCsvRows('a1.csv', 'donations'), ...readCsvRows('a2.csv', 'fees')];
	const files = [
		[realPath(KNAB, 'a1.csv'), 'a1'],
		[realPath(KNAB, 'a2.csv'), 'a2'],
		[realPath('lv-saeima-deputies-delna-iw', 'groups.csv'), 'groups']
	] as const;
	const records: SourceRecord[] = files.flatMap(([path, dataset]) => {
		const file = readSource(path);
		const adapter = ADAPTERS.find((a) => a.detect(file))!;
		return adapter.read(file, { dataset }).records;
	});
	const bundle = buildBundle(records);
	const db = freshDb();
	const store = new BundleStore(db);

	beforeAll(async () => {
		await ingestBundle({ source: memorySource(bundle), db });
	}, 240_000);

	// Parties whose a1 name a2 uses unchanged, by row count: smallest, quartiles, largest.
	const a2Parties = new Set(csv.filter((r) => r.group === 'fees').map((r) => r.party));
	const counts = new Map<string, number>();
	for (const r of csv)
		if (a2Parties.has(r.party)) counts.set(r.party, (counts.get(r.party) ?? 0) + 1);
	const byCount = [...counts].sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1));
	const parties = [0, 1, 2, 3, 4].map(
		(k) => byCount[Math.round((k * (byCount.length - 1)) / 4)]![0]
	);

	// People by folded name + birth-date fragment: one with donations and fees, one with refunds,
	// the largest donor, the one in the middle by rows, and one with a single row.
	const people = new Map<string, CsvRow[]>();
	for (const r of csv) if (r.person) people.set(r.person, [...(people.get(r.person) ?? []), r]);
	const keys = [...people.keys()].sort();
	const rowsOf = (key: string) => people.get(key)!;
	const byRows = [...keys].sort((a, b) => rowsOf(b).length - rowsOf(a).length || (a < b ? -1 : 1));
	const net = (key: string) => rowsOf(key).reduce((s, r) => s + r.cents, 0);
	const chosen: string[] = [];
	const choose = (candidates: readonly string[]) => {
		const key = candidates.find((k) => !chosen.includes(k));
		if (key) chosen.push(key);
	};
	choose(byRows.filter((k) => new Set(rowsOf(k).map((r) => r.group)).size === 2));
	choose(byRows.filter((k) => rowsOf(k).some((r) => r.cents < 0)));
	choose([...keys].sort((a, b) => net(b) - net(a)));
	choose([byRows[Math.floor(byRows.length / 2)]!]);
	choose(keys.filter((k) => rowsOf(k).length === 1));

	it('chose five parties and five people, one with donations and fees, one with refunds', () => {
		expect(new Set(parties).size).toBe(5);
		expect(chosen).toHaveLength(5);
		expect(new Set(rowsOf(chosen[0]!).map((r) => r.group))).toEqual(new Set(['donations', 'fees']));
		expect(rowsOf(chosen[1]!).some((r) => r.cents < 0)).toBe(true);
	});

	const partyEntity = (name: string) => {
		const found = bundle.data.organisations.filter(
			(o) => o.kind === 'party' && (o.name === name || o.otherNames.includes(name))
		);
		expect(found, `one party entity named as in a1.csv (#${parties.indexOf(name)})`).toHaveLength(
			1
		);
		return found[0]!;
	};

	it.each([0, 1, 2, 3, 4])('party #%i: the page and the CSV export equal the CSVs', async (i) => {
		const party = partyEntity(parties[i]!);
		const names = new Set([party.name, ...party.otherNames]);
		const expected = figuresOf(csv.filter((r) => names.has(r.party)));
		const profile = (await store.loadProfile(party.id)) as Profile;
		const page = partyDonations(profile);
		const shown: Figures = new Map();
		for (const [group, rows] of [
			['donations', page.received],
			['fees', page.fees]
		] as const) {
			for (const row of rows) {
				if (row.currency !== 'EUR') continue;
				const { count, cents, refunds, refundCents } = row;
				const key = `${group}|${row.period}`;
				const t = shown.get(key) ?? { count: 0, cents: 0, refunds: 0, refundCents: 0 };
				shown.set(key, {
					count: t.count + count,
					cents: t.cents + cents,
					refunds: t.refunds + refunds,
					refundCents: t.refundCents + refundCents
				});
			}
		}
		expect(profile.group.donationSummary, 'the builder’s summary, read by the page').toBeDefined();
		expect(sorted(shown)).toEqual(sorted(expected));
		const exported = partyLedger(party.id, await readPartyGroups(db, party.id));
		expect(sorted(exportFigures(exported, { donation: 'donations', fee: 'fees' }))).toEqual(
			sorted(expected)
		);
	});

	it.each([0, 1, 2, 3, 4])('person #%i: the page and the CSV export equal the CSVs', async (i) => {
		const key = chosen[i]!;
		const [name, fragment] = key.split('|') as [string, string];
		const found = bundle.data.people.filter(
			(p) =>
				[p.name, ...p.otherNames].some((n) => fold(n) === name) &&
				p.maskedCodes.some((c) => c.startsWith(fragment))
		);
		expect(found, `one person for chosen #${i}`).toHaveLength(1);
		const profile = (await store.loadProfile(found[0]!.id)) as Profile;
		const expected = figuresOf(rowsOf(key));
		const own = profile.group.donations.filter((d) => d.donor === profile.entity.id);
		const shown: Figures = new Map();
		for (const group of ['donations', 'fees'] as const) {
			const made = groupDonationsMade(own.filter((d) => moneyGroupOf(d.kind) === group));
			for (const party of made.parties) {
				for (const year of party.years) {
					const k = `${group}|${year.year}`;
					const t = shown.get(k) ?? { count: 0, cents: 0, refunds: 0, refundCents: 0 };
					const eur = (list: typeof year.totals) =>
						list.find((m) => m.currency === 'EUR')?.cents ?? 0;
					shown.set(k, {
						count: t.count + year.count,
						cents: t.cents + eur(year.totals),
						refunds: t.refunds + year.refunds,
						refundCents: t.refundCents + eur(year.refundTotals)
					});
				}
			}
		}
		expect(sorted(shown)).toEqual(sorted(expected));
		const facts = { donation: 'donations', fee: 'fees' } as const;
		const exported = personTable(profile);
		const rows = exported.rows.filter((r) => r.values.fact === 'donation');
		const byKind: ExportTable = {
			columns: exported.columns,
			rows: rows.map((r) => ({
				...r,
				values: {
					...r.values,
					fact: moneyGroupOf(r.values.kind as never) === 'fees' ? 'fee' : 'donation'
				}
			}))
		};
		expect(sorted(exportFigures(byKind, facts))).toEqual(sorted(expected));
	});
});
