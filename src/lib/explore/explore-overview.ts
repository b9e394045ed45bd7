/**
 * The overview of a selection in one pass over the rows: the summary with every filter, and
 * each chart's bars with every filter but its own (explore-selection.ts).
 */
import { isFeeKind } from '../../model/money-kinds';
import { SLOT_OTHER, type ExploreData } from './explore-data';
import { DIMENSIONS } from './explore-selection';
import {
	AMOUNT_BANDS,
	OFFICE_KEYS,
	type Bar,
	type DonationOverview,
	type MoneyMeasure,
	type Tally
} from './explore-protocol';

/**
 * Tallies per code in one Float64Array, five numbers a code: gifts, their cents, refunds,
 * their cents, rows in another currency (sums of cents stay exact below 2^53). A row's slot
 * (explore-data.ts) picks its pair: slot × 2 from the code's start.
 */
const WIDTH = 5;

function add(tallies: Float64Array, code: number, slot: number, cents: number, other: number) {
	const at = code * WIDTH + slot * 2;
	tallies[at]!++;
	if (slot !== other) tallies[at + 1]! += cents;
}

function tallyAt(tallies: Float64Array, code: number): Tally {
	const at = code * WIDTH;
	return {
		count: tallies[at]!,
		cents: tallies[at + 1]!,
		refunds: tallies[at + 2]!,
		refundCents: tallies[at + 3]!,
		otherCurrency: tallies[at + 4]!
	};
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
	const tallies = (codes: number) => new Float64Array(codes * WIDTH);
	const total = tallies(1);
	const party = tallies(c.parties.length);
	const month = tallies(data.months.length);
	const band = tallies(AMOUNT_BANDS.length);
	const kind = tallies(c.kinds.length);
	const donors = tallies(data.donorKinds.length);
	const office = tallies(OFFICE_KEYS.length);
	const { slot, cents, donor, donorGroup, groupIsAnonymous } = data;
	const other = SLOT_OTHER;
	const [notParty, notMonth, notBand, notKind, notDonors, notOffice] = [
		CHART.party,
		CHART.month,
		CHART.band,
		CHART.kind,
		CHART.donors,
		CHART.office
	].map((bit) => ~bit);
	const { seen } = distinct;
	const epoch = distinct.next();
	let donorCount = 0;
	for (let i = 0; i < data.rows; i++) {
		const b = bits[i]!;
		if (b !== 0 && (b & (b - 1)) !== 0) continue;
		const s = slot[i]!;
		const amount = cents[i]!;
		if (b === 0) {
			add(total, 0, s, amount, other);
			const g = donorGroup[donor[i]!]!;
			if (seen[g] !== epoch && !groupIsAnonymous[g]) {
				seen[g] = epoch;
				donorCount++;
			}
		}
		if ((b & notParty!) === 0) add(party, data.party[i]!, s, amount, other);
		if ((b & notMonth!) === 0) add(month, data.month[i]!, s, amount, other);
		if ((b & notBand!) === 0) add(band, data.band[i]!, s, amount, other);
		if ((b & notKind!) === 0) add(kind, data.kind[i]!, s, amount, other);
		if ((b & notDonors!) === 0) add(donors, data.donorKind[i]!, s, amount, other);
		if ((b & notOffice!) === 0) add(office, data.office[i]!, s, amount, other);
	}
	const bars = (tallies: Float64Array, keys: readonly string[], labels = keys): Bar[] =>
		keys.map((key, i) => ({ key, label: labels[i]!, ...tallyAt(tallies, i) }));
	const kindBars = bars(kind, c.kinds).filter(
		(bar) => measure === 'both' || isFeeKind(bar.key as never) === (measure === 'fees')
	);
	return {
		...tallyAt(total, 0),
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
