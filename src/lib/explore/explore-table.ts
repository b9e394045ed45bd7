/**
 * The table under the charts: the selected donations, or one row per donor, sorted by any
 * column and cut to a page. Donation orders are computed once per column and kept, so a
 * filter click walks a ready order and stops at the page's end.
 */
import { rowId, type ExploreData } from './explore-data';
import { donationRow } from './explore-rows';
import { donorTable } from './explore-donors';
import type { DonationRow, DonorRow, TablePage, TableQuery } from './explore-protocol';
import { orderBy, ranks } from './sort-order';

/** The donations view's columns (DonationRow's fields); rows are filed in date order. */
export const DONATION_SORTS = [
	'date',
	'id',
	'party',
	'partyName',
	'donor',
	'donorName',
	'kind',
	'cents',
	'currency',
	'isRefund',
	'office'
] as const;

export class DonationOrders {
	readonly #data: ExploreData;
	readonly #orders = new Map<string, Int32Array>();
	constructor(data: ExploreData) {
		this.#data = data;
	}

	/** Row indexes in the column's ascending order, ties in date order. */
	get(column: string): Int32Array {
		let order = this.#orders.get(column);
		if (!order) {
			order = this.#make(column);
			this.#orders.set(column, order);
		}
		return order;
	}

	#make(column: string): Int32Array {
		const data = this.#data;
		const c = data.columns;
		const n = data.rows;
		const byCode = (codes: ArrayLike<number>, rank: Int32Array) =>
			orderBy(n, (i) => rank[codes[i]!]!);
		switch (column) {
			case 'date':
				return identity(n);
			case 'id':
				return byCode(identity(n), ranks(Array.from({ length: n }, (_, i) => rowId(data, i))));
			case 'party':
				return byCode(data.party, ranks(c.parties));
			case 'partyName':
				return byCode(data.party, ranks(c.partyNames));
			case 'donor':
				return byCode(data.donor, ranks(c.donors));
			case 'donorName':
				return byCode(data.donor, ranks(c.donorNames));
			case 'kind':
				return byCode(data.kind, ranks(c.kinds));
			case 'cents':
				return orderBy(n, (i) => data.cents[i]!);
			case 'currency':
				return byCode(c.currency, ranks(c.currencies));
			case 'isRefund':
				return orderBy(n, (i) => c.refund[i]!);
			case 'office':
				return orderBy(n, (i) => c.donorOffice[c.donor[i]!]!);
			default:
				throw new Error(`no column ${column} in the donations table`);
		}
	}
}

function identity(n: number): Int32Array {
	const order = new Int32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	return order;
}

/** A page of the selected donations in the query's order. */
export function donationPage(
	data: ExploreData,
	bits: Uint8Array,
	orders: DonationOrders,
	query: Pick<TableQuery, 'sort' | 'descending' | 'offset' | 'limit'>
): TablePage<DonationRow> {
	const order = orders.get(query.sort);
	const rows: DonationRow[] = [];
	let total = 0;
	const n = order.length;
	const end = query.offset + query.limit;
	for (let k = 0; k < n; k++) {
		const i = order[query.descending ? n - 1 - k : k]!;
		if (bits[i] !== 0) continue;
		if (total >= query.offset && total < end) rows.push(donationRow(data, i));
		total++;
	}
	return { total, rows };
}

/** A page of the selection's donors in the query's order. */
export function donorPage(
	data: ExploreData,
	bits: Uint8Array,
	query: Pick<TableQuery, 'sort' | 'descending' | 'offset' | 'limit'>
): TablePage<DonorRow> {
	const table = donorTable(data, bits);
	const order = table.order(query.sort);
	const from = query.offset;
	const to = Math.min(order.length, query.offset + query.limit);
	const picked: number[] = [];
	for (let k = from; k < to; k++) picked.push(order[query.descending ? order.length - 1 - k : k]!);
	return { total: order.length, rows: table.rows(picked) };
}
