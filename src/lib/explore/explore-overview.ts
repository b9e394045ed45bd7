/**
 * The overview of a selection in one pass over the rows: the summary with every filter, and
 * each chart's bars with every filter but its own (explore-selection.ts).
 */
import { isFeeKind } from '../../model/money-kinds';
import { SLOT_GIFT, SLOT_REFUND, type ExploreData } from './explore-data';
import { DIMENSIONS } from './explore-selection';
import {
	AMOUNT_BANDS,
	OFFICE_KEYS,
	type Bar,
	type DonationOverview,
	type MoneyMeasure,
	type Tally
} from './explore-protocol';

/** Tallies per code, column-wise: five Float64Arrays (sums of cents stay exact below 2^53). */
class Tallies {
	readonly count: Float64Array;
	readonly cents: Float64Array;
	readonly refunds: Float64Array;
	readonly refundCents: Float64Array;
	readonly other: Float64Array;
	constructor(size: number) {
		this.count = new Float64Array(size);
		this.cents = new Float64Array(size);
		this.refunds = new Float64Array(size);
		this.refundCents = new Float64Array(size);
		this.other = new Float64Array(size);
	}
	add(code: number, slot: number, cents: number): void {
		if (slot === SLOT_GIFT) {
			this.count[code]!++;
			this.cents[code]! += cents;
		} else if (slot === SLOT_REFUND) {
			this.refunds[code]!++;
			this.refundCents[code]! += cents;
		} else this.other[code]!++;
	}
	tally(code: number): Tally {
		return {
			count: this.count[code]!,
			cents: this.cents[code]!,
			refunds: this.refunds[code]!,
			refundCents: this.refundCents[code]!,
			otherCurrency: this.other[code]!
		};
	}
}

/** Counts distinct donor groups without clearing a mark per group: each count has its own mark. */
export class DistinctGroups {
	readonly seen: Uint32Array;
	#epoch = 0;
	constructor(groups: number) {
		this.seen = new Uint32Array(groups);
	}
	next(): number {
		if (++this.#epoch === 2 ** 32) {
			this.seen.fill(0);
			this.#epoch = 1;
		}
		return this.#epoch;
	}
}

/** The chart dimensions, as bit positions in the selection's bits. */
const CHART = {
	party: 1 << DIMENSIONS.indexOf('party'),
	month: 1 << DIMENSIONS.indexOf('month'),
	band: 1 << DIMENSIONS.indexOf('band'),
	kind: 1 << DIMENSIONS.indexOf('kind'),
	donors: 1 << DIMENSIONS.indexOf('donors'),
	office: 1 << DIMENSIONS.indexOf('office')
};

export function overview(
	data: ExploreData,
	bits: Uint8Array,
	measure: MoneyMeasure,
	distinct: DistinctGroups
): DonationOverview {
	const c = data.columns;
	const total = new Tallies(1);
	const party = new Tallies(c.parties.length);
	const month = new Tallies(data.months.length);
	const band = new Tallies(AMOUNT_BANDS.length);
	const kind = new Tallies(c.kinds.length);
	const donors = new Tallies(data.donorKinds.length);
	const office = new Tallies(OFFICE_KEYS.length);
	const { slot, cents } = data;
	const { seen } = distinct;
	const epoch = distinct.next();
	let donorCount = 0;
	for (let i = 0; i < data.rows; i++) {
		const b = bits[i]!;
		if (b !== 0 && (b & (b - 1)) !== 0) continue;
		const s = slot[i]!;
		const amount = cents[i]!;
		if (b === 0) {
			total.add(0, s, amount);
			const g = data.donorGroup[data.donor[i]!]!;
			if (seen[g] !== epoch && !data.groupIsAnonymous[g]) {
				seen[g] = epoch;
				donorCount++;
			}
		}
		if ((b & ~CHART.party) === 0) party.add(data.party[i]!, s, amount);
		if ((b & ~CHART.month) === 0) month.add(data.month[i]!, s, amount);
		if ((b & ~CHART.band) === 0) band.add(data.band[i]!, s, amount);
		if ((b & ~CHART.kind) === 0) kind.add(data.kind[i]!, s, amount);
		if ((b & ~CHART.donors) === 0) donors.add(data.donorKind[i]!, s, amount);
		if ((b & ~CHART.office) === 0) office.add(data.office[i]!, s, amount);
	}
	const bars = (tallies: Tallies, keys: readonly string[], labels = keys): Bar[] =>
		keys.map((key, i) => ({ key, label: labels[i]!, ...tallies.tally(i) }));
	const kindBars = bars(kind, c.kinds).filter(
		(bar) => measure === 'both' || isFeeKind(bar.key as never) === (measure === 'fees')
	);
	return {
		...total.tally(0),
		donorCount,
		parties: bars(party, c.parties, c.partyNames).sort(
			(a, b) =>
				b.cents - a.cents ||
				b.count - a.count ||
				b.otherCurrency - a.otherCurrency ||
				(a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
		),
		months: bars(month, data.months),
		bands: bars(
			band,
			AMOUNT_BANDS.map((b) => b.id)
		),
		kinds: kindBars,
		donors: bars(donors, data.donorKinds),
		office: bars(office, OFFICE_KEYS)
	};
}
