/**
 * A party's full export: every donation and fee it received, each with its source record, and
 * every payer (donors and fee payers apart, gifts and refunds apart). A party's donations live
 * in its payers' fact groups (anonymous ones in its own), so the caller hands in all of those.
 * Pure, so it runs in a worker and in Node tests.
 */
import type { FactGroup } from '../../model/bundle-format';
import { decodeEdge, type GraphBody } from '../../model/graph-codes';
import { isFeeRelation, moneyGroupOf, type MoneyGroup } from '../../model/money-kinds';
import type { Confidence, Donation, Money, SourceRef } from '../../model/types';
import type { ExportRow, ExportTable } from './table';

export const PARTY_COLUMNS = [
	'fact',
	'id',
	'date',
	'kind',
	'counterparty',
	'counterparty_id',
	'count',
	'amount',
	'currency',
	'refund',
	'confidence'
];

/** Fact names in the export: a payment row, and a payer's totals, per money group. */
const FACT: Record<MoneyGroup, { row: string; payer: string }> = {
	donations: { row: 'donation', payer: 'donor' },
	fees: { row: 'fee', payer: 'fee-payer' }
};

/**
 * Ids of the entities with a `donated-to` or `member-of` edge into the party: the groups that
 * may hold its donations and fees (a list's membership has no fee; reading its group is harmless).
 */
export function payersInGraph(body: GraphBody, party: string): string[] {
	const node = body.nodes.indexOf(party);
	if (node < 0) return [];
	const ids = new Set<string>();
	for (let e = 0; e < body.edges.length; e += 3) {
		if (body.edges[e + 1] !== node) continue;
		const { kind } = decodeEdge(body, body.edges[e + 2]!);
		if (kind === 'donated-to' || kind === 'member-of') ids.add(body.nodes[body.edges[e]!]!);
	}
	return [...ids].sort();
}

interface PayerTotals {
	id?: string;
	name: string;
	group: MoneyGroup;
	currency: string;
	isRefund: boolean;
	count: number;
	cents: number;
	sources: SourceRef[];
	confidence?: Confidence;
}

/** The party's rows from the groups given (duplicates by id are read once), in date order. */
export function partyLedger(party: string, groups: Iterable<FactGroup>): ExportTable {
	const donations = new Map<string, Donation>();
	const confidence = new Map<string, Confidence>();
	for (const group of groups) {
		for (const d of group.donations) if (d.party === party) donations.set(d.id, d);
		for (const r of group.relations) {
			if (r.to !== party || (r.kind !== 'donated-to' && !isFeeRelation(r))) continue;
			confidence.set(`${r.from}|${isFeeRelation(r) ? 'fees' : 'donations'}`, r.confidence);
		}
	}
	const sorted = [...donations.values()].sort(
		(a, b) => a.date.localeCompare(b.date) || (a.id < b.id ? -1 : 1)
	);
	const rows: ExportRow[] = [];
	const payers = new Map<string, PayerTotals>();
	for (const d of sorted) {
		const group = moneyGroupOf(d.kind);
		rows.push({
			values: {
				fact: FACT[group].row,
				id: d.id,
				date: d.date,
				kind: d.kind,
				counterparty: d.donorName,
				counterparty_id: d.donor,
				...money(d.amount),
				refund: d.isRefund
			},
			sources: [d.source]
		});
		const who = d.donor ?? `name:${d.donorName}`;
		const key = [who, group, d.amount.currency, d.isRefund].join('|');
		const payer = payers.get(key) ?? {
			...(d.donor && { id: d.donor }),
			name: d.donorName,
			group,
			currency: d.amount.currency,
			isRefund: d.isRefund,
			count: 0,
			cents: 0,
			sources: [],
			...(d.donor && { confidence: confidence.get(`${d.donor}|${group}`) })
		};
		payers.set(key, payer);
		payer.count++;
		payer.cents += d.amount.cents;
		payer.sources.push(d.source);
	}
	const payerRows = [...payers.values()]
		.sort(
			(a, b) =>
				(a.group < b.group ? -1 : a.group > b.group ? 1 : 0) ||
				b.cents - a.cents ||
				a.name.localeCompare(b.name, 'lv') ||
				(a.id ?? '').localeCompare(b.id ?? '')
		)
		.map((p): ExportRow => ({
			values: {
				fact: FACT[p.group].payer,
				counterparty: p.name,
				counterparty_id: p.id,
				count: p.count,
				...money({ cents: p.cents, currency: p.currency }),
				refund: p.isRefund,
				confidence: p.confidence
			},
			sources: p.sources
		}));
	return { columns: PARTY_COLUMNS, rows: [...rows, ...payerRows] };
}

/** Exact decimal from integer cents: no float rounding on the way out. */
export function money({ cents, currency }: Money): { amount: string; currency: string } {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(cents);
	return {
		amount: `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`,
		currency
	};
}
