/**
 * The donors view: the selected rows summed per donor group (explore-data.ts: an entity, a
 * name published with no entity, or all anonymous gifts as one row), gifts and refunds apart,
 * other currencies counted.
 */
import { SLOT_GIFT, SLOT_REFUND, type ExploreData } from './explore-data';
import type { DonorRow } from './explore-protocol';
import { orderBy, ranks } from './sort-order';

/** The donors view's columns (DonorRow's fields; `parties` sorts by how many). */
export const DONOR_SORTS = [
	'name',
	'donor',
	'count',
	'cents',
	'refunds',
	'refundCents',
	'otherCurrency',
	'parties',
	'office'
] as const;

interface GroupTables {
	/** A donor entry of each group: its first in the file's donor order. */
	entry: Int32Array;
	nameRank: Int32Array;
	idRank: Int32Array;
}

const tables = new WeakMap<ExploreData, GroupTables>();

function groupTables(data: ExploreData): GroupTables {
	let found = tables.get(data);
	if (found) return found;
	const c = data.columns;
	const entry = new Int32Array(data.groups).fill(-1);
	for (let d = 0; d < c.donors.length; d++) {
		const g = data.donorGroup[d]!;
		if (entry[g] === -1) entry[g] = d;
	}
	const names = Array.from(entry, (d) => c.donorNames[d]!);
	const ids = Array.from(entry, (d) => c.donors[d]!);
	found = { entry, nameRank: ranks(names), idRank: ranks(ids) };
	tables.set(data, found);
	return found;
}

export function donorTable(data: ExploreData, bits: Uint8Array) {
	const g = data.groups;
	const count = new Float64Array(g);
	const cents = new Float64Array(g);
	const refunds = new Float64Array(g);
	const refundCents = new Float64Array(g);
	const other = new Float64Array(g);
	const office = new Uint8Array(g);
	const rowsIn = new Uint32Array(g);
	const [gift, refund] = [SLOT_GIFT, SLOT_REFUND];
	for (let i = 0; i < data.rows; i++) {
		if (bits[i] !== 0) continue;
		const group = data.donorGroup[data.donor[i]!]!;
		const s = data.slot[i]!;
		if (s === gift) {
			count[group]!++;
			cents[group]! += data.cents[i]!;
		} else if (s === refund) {
			refunds[group]!++;
			refundCents[group]! += data.cents[i]!;
		} else other[group]!++;
		rowsIn[group]!++;
		if (data.office[i] === 0) office[group] = 1;
	}
	const selected: number[] = [];
	for (let group = 0; group < g; group++) if (rowsIn[group]! > 0) selected.push(group);
	const { entry, nameRank, idRank } = groupTables(data);

	/** Selected groups in the column's ascending order, ties by name then group. */
	function order(column: string): Int32Array {
		const by = (key: (group: number) => number) => {
			const sorted = orderBy(selected.length, (k) => nameRank[selected[k]!]!);
			const keyed = orderBy(sorted.length, (k) => key(selected[sorted[k]!]!));
			return Int32Array.from(keyed, (k) => selected[sorted[k]!]!);
		};
		switch (column) {
			case 'name':
				return by((group) => nameRank[group]!);
			case 'donor':
				return by((group) => idRank[group]!);
			case 'count':
				return by((group) => count[group]!);
			case 'cents':
				return by((group) => cents[group]!);
			case 'refunds':
				return by((group) => refunds[group]!);
			case 'refundCents':
				return by((group) => refundCents[group]!);
			case 'otherCurrency':
				return by((group) => other[group]!);
			case 'parties': {
				const partyCount = partiesPerGroup(data, bits);
				return by((group) => partyCount[group]!);
			}
			case 'office':
				return by((group) => office[group]!);
			default:
				throw new Error(`no column ${column} in the donors table`);
		}
	}

	/** The rows of these groups, each with the parties its selected rows went to. */
	function rows(groups: readonly number[]): DonorRow[] {
		const at = new Map(groups.map((group, k) => [group, k]));
		const parties = groups.map(() => new Set<number>());
		for (let i = 0; i < data.rows; i++) {
			if (bits[i] !== 0) continue;
			const k = at.get(data.donorGroup[data.donor[i]!]!);
			if (k !== undefined) parties[k]!.add(data.party[i]!);
		}
		const c = data.columns;
		return groups.map((group, k) => ({
			...(c.donors[entry[group]!] && { donor: c.donors[entry[group]!]! }),
			name: c.donorNames[entry[group]!]!,
			count: count[group]!,
			cents: cents[group]!,
			refunds: refunds[group]!,
			refundCents: refundCents[group]!,
			otherCurrency: other[group]!,
			parties: [...parties[k]!].sort((a, b) => a - b).map((p) => c.parties[p]!),
			office: office[group] === 1
		}));
	}

	return { order, rows };
}

/** How many parties each group's selected rows went to. */
function partiesPerGroup(data: ExploreData, bits: Uint8Array): Int32Array {
	const counts = new Int32Array(data.groups);
	const parties = data.columns.parties.length;
	const seen = new Set<number>();
	for (let i = 0; i < data.rows; i++) {
		if (bits[i] !== 0) continue;
		const group = data.donorGroup[data.donor[i]!]!;
		const pair = group * parties + data.party[i]!;
		if (seen.has(pair)) continue;
		seen.add(pair);
		counts[group]!++;
	}
	return counts;
}
