/**
 * The overview's sums, kept up to date as crossfilter keeps them: when a click changes a
 * row's filter bits (explore-selection.ts), the row's old share is taken out and its new
 * share put in, so a click costs the rows it changes, not every row. A row counts in the
 * summary when its bits are 0, and in a chart when its only failing dimension is the chart's.
 * Sums are of whole cents in Float64Arrays: exact below 2^53, in and out alike.
 */
import { SLOT_OTHER, type ExploreData } from './explore-data';
import { DIMENSIONS } from './explore-selection';
import { AMOUNT_BANDS, OFFICE_KEYS, type Tally } from './explore-protocol';

/**
 * Six numbers a code: gifts, their cents, refunds, their cents, rows in another currency and
 * an unused 0 (those rows are not summed). A row's slot (explore-data.ts) picks its pair:
 * slot × 2 from the code's start.
 */
const WIDTH = 6;

const bit = (dimension: (typeof DIMENSIONS)[number]) => 1 << DIMENSIONS.indexOf(dimension);

export class CrossTallies {
	readonly total = new Float64Array(WIDTH);
	readonly party: Float64Array;
	readonly month: Float64Array;
	readonly band: Float64Array;
	readonly kind: Float64Array;
	readonly donors: Float64Array;
	readonly office: Float64Array;
	/** Selected rows per donor group, and the groups (not the anonymous one) with any. */
	readonly groupRows: Int32Array;
	donorCount = 0;
	/** Rows whose bits are 0. */
	selected = 0;
	readonly #data: ExploreData;
	readonly #masks: number[];

	constructor(data: ExploreData) {
		this.#data = data;
		const tallies = (codes: number) => new Float64Array(codes * WIDTH);
		this.party = tallies(data.columns.parties.length);
		this.month = tallies(data.months.length);
		this.band = tallies(AMOUNT_BANDS.length);
		this.kind = tallies(data.columns.kinds.length);
		this.donors = tallies(data.donorKinds.length);
		this.office = tallies(OFFICE_KEYS.length);
		this.groupRows = new Int32Array(data.groups);
		this.#masks = (['party', 'month', 'band', 'kind', 'donors', 'office'] as const).map(
			(d) => ~bit(d)
		);
		// No filter yet: every row counts everywhere.
		this.recount(new Uint8Array(data.rows));
	}

	/** A copy of every sum, to come back to (Reset) without a pass over the rows. */
	snapshot(): () => void {
		const sums = this.#sums().map((s) => s.slice());
		const groupRows = this.groupRows.slice();
		const { donorCount, selected } = this;
		return () => {
			this.#sums().forEach((s, k) => s.set(sums[k]!));
			this.groupRows.set(groupRows);
			this.donorCount = donorCount;
			this.selected = selected;
		};
	}

	#sums(): Float64Array[] {
		return [this.total, this.party, this.month, this.band, this.kind, this.donors, this.office];
	}

	/** Every sum from nothing, for these bits. */
	recount(bits: Uint8Array): void {
		for (const sums of this.#sums()) sums.fill(0);
		this.groupRows.fill(0);
		this.donorCount = 0;
		this.selected = 0;
		for (let i = 0; i < bits.length; i++) this.share(i, bits[i]!, 1);
	}

	/** Row i's bits change from `from` to `to`. */
	move(i: number, from: number, to: number): void {
		this.share(i, from, -1);
		this.share(i, to, 1);
	}

	/** Adds (sign 1) or takes out (−1) row i's share for bits `b`. */
	share(i: number, b: number, sign: number): void {
		if (b !== 0 && (b & (b - 1)) !== 0) return;
		const data = this.#data;
		const slot = data.slot[i]!;
		const cents = slot === SLOT_OTHER ? 0 : data.cents[i]! * sign;
		const offset = slot * 2;
		if (b === 0) {
			this.selected += sign;
			add(this.total, offset, sign, cents);
			const group = data.donorGroup[data.donor[i]!]!;
			if (!data.groupIsAnonymous[group]) {
				const before = this.groupRows[group]!;
				this.groupRows[group] = before + sign;
				if (before === 0) this.donorCount++;
				else if (before === 1 && sign < 0) this.donorCount--;
			}
		}
		const [party, month, band, kind, donors, office] = this.#masks as [
			number,
			number,
			number,
			number,
			number,
			number
		];
		if ((b & party) === 0) add(this.party, data.party[i]! * WIDTH + offset, sign, cents);
		if ((b & month) === 0) add(this.month, data.month[i]! * WIDTH + offset, sign, cents);
		if ((b & band) === 0) add(this.band, data.band[i]! * WIDTH + offset, sign, cents);
		if ((b & kind) === 0) add(this.kind, data.kind[i]! * WIDTH + offset, sign, cents);
		if ((b & donors) === 0) add(this.donors, data.donorKind[i]! * WIDTH + offset, sign, cents);
		if ((b & office) === 0) add(this.office, data.office[i]! * WIDTH + offset, sign, cents);
	}
}

function add(tallies: Float64Array, at: number, sign: number, cents: number): void {
	tallies[at]! += sign;
	tallies[at + 1]! += cents;
}

/** A code's tally. */
export function tallyAt(tallies: Float64Array, code: number): Tally {
	const at = code * WIDTH;
	return {
		count: tallies[at]!,
		cents: tallies[at + 1]!,
		refunds: tallies[at + 2]!,
		refundCents: tallies[at + 3]!,
		otherCurrency: tallies[at + 4]!
	};
}
