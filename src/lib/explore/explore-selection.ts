/**
 * Cross-filtering as crossfilter does it: each dimension (measure, party, month, band, kind,
 * donor kind, office, name) has one bit per row, set where the row fails that dimension's
 * filter. A row is selected when its bits are 0; a chart counts the rows whose only failing
 * dimension is its own, so a click keeps the clicked chart's other bars. A filter change
 * recomputes only the dimensions whose filter changed.
 */
import { foldText } from '../../model/fold-name';
import { isFeeKind } from '../../model/money-kinds';
import type { DonationKind } from '../../model/types';
import type { ExploreData } from './explore-data';
import {
	AMOUNT_BANDS,
	OFFICE_KEYS,
	type DonationFilter,
	type MoneyMeasure
} from './explore-protocol';

export const DIMENSIONS = [
	'measure',
	'party',
	'month',
	'band',
	'kind',
	'donors',
	'office',
	'name'
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** For each dimension: its per-row codes, and the filter (as a key) its bits were computed for. */
interface DimensionState {
	codes: ArrayLike<number>;
	key: string;
}

export interface Selection {
	/** Per row: bit d set where the row fails dimension d. */
	bits: Uint8Array;
	/** Applies a filter; returns the bits. */
	apply(filter: DonationFilter): Uint8Array;
	/** Folds the donor names ahead of the first name typed. */
	foldNames(): void;
}

export function createSelection(data: ExploreData): Selection {
	const bits = new Uint8Array(data.rows);
	let folded: string[] | undefined;
	const foldNames = () => (folded ??= c.donorNames.map(foldText));
	const states = new Map<Dimension, DimensionState>([
		['measure', { codes: data.kind, key: '' }],
		['party', { codes: data.party, key: '' }],
		['month', { codes: data.month, key: '' }],
		['band', { codes: data.band, key: '' }],
		['kind', { codes: data.kind, key: '' }],
		['donors', { codes: data.donorKind, key: '' }],
		['office', { codes: data.office, key: '' }],
		['name', { codes: data.donor, key: '' }]
	]);
	const c = data.columns;

	/** Which codes pass; undefined when every one does. */
	function passing(dimension: Dimension, filter: DonationFilter): Uint8Array | undefined {
		switch (dimension) {
			case 'measure':
				return measurePass(c.kinds, filter.measure);
			case 'party':
				return listPass(c.parties, filter.parties);
			case 'month':
				return monthPass(data.months, filter.from, filter.to);
			case 'band':
				return listPass(
					AMOUNT_BANDS.map((b) => b.id),
					filter.bands
				);
			case 'kind':
				return listPass(c.kinds, filter.kinds);
			case 'donors':
				return listPass(data.donorKinds, filter.donors);
			case 'office':
				return listPass(OFFICE_KEYS, filter.office);
			case 'name': {
				const query = foldText(filter.name);
				if (query === '') return undefined;
				return Uint8Array.from(foldNames(), (name) => (name.includes(query) ? 1 : 0));
			}
		}
	}

	/** Recomputes the bits of the dimensions whose filter changed, in one pass over the rows. */
	function apply(filter: DonationFilter): Uint8Array {
		const changed: { codes: ArrayLike<number>; pass: Uint8Array; bit: number }[] = [];
		let keep = 0xff;
		for (const [d, dimension] of DIMENSIONS.entries()) {
			const state = states.get(dimension)!;
			const key = keyOf(dimension, filter);
			if (key === state.key) continue;
			state.key = key;
			keep &= ~(1 << d);
			const pass = passing(dimension, filter);
			if (pass) changed.push({ codes: state.codes, pass, bit: 1 << d });
		}
		if (keep === 0xff) return bits;
		const n = bits.length;
		if (changed.length === 1) {
			const { codes, pass, bit } = changed[0]!;
			for (let i = 0; i < n; i++) bits[i] = (bits[i]! & keep) | (pass[codes[i]!] ? 0 : bit);
			return bits;
		}
		for (let i = 0; i < n; i++) {
			let b = bits[i]! & keep;
			for (const { codes, pass, bit } of changed) if (!pass[codes[i]!]) b |= bit;
			bits[i] = b;
		}
		return bits;
	}

	return { bits, apply, foldNames };
}

function keyOf(dimension: Dimension, filter: DonationFilter): string {
	switch (dimension) {
		case 'measure':
			return filter.measure === 'both' ? '' : filter.measure;
		case 'party':
			return [...filter.parties].sort().join('\n');
		case 'month':
			return filter.from || filter.to ? `${filter.from ?? ''}..${filter.to ?? ''}` : '';
		case 'band':
			return [...filter.bands].sort().join('\n');
		case 'kind':
			return [...filter.kinds].sort().join('\n');
		case 'donors':
			return [...filter.donors].sort().join('\n');
		case 'office':
			return [...filter.office].sort().join('\n');
		case 'name':
			return foldText(filter.name);
	}
}

/** An empty list passes everything. */
function listPass(table: readonly string[], chosen: readonly string[]): Uint8Array | undefined {
	if (chosen.length === 0) return undefined;
	const wanted = new Set<string>(chosen);
	return Uint8Array.from(table, (key) => (wanted.has(key) ? 1 : 0));
}

function measurePass(
	kinds: readonly DonationKind[],
	measure: MoneyMeasure
): Uint8Array | undefined {
	if (measure === 'both') return undefined;
	return Uint8Array.from(kinds, (k) => (isFeeKind(k) === (measure === 'fees') ? 1 : 0));
}

/**
 * Inclusive months. A row dated by year only (`YYYY`) passes when the whole year lies inside
 * the range, so a period inside one year never takes in gifts that may lie outside it.
 */
function monthPass(months: readonly string[], from?: string, to?: string): Uint8Array | undefined {
	if (!from && !to) return undefined;
	const low = from ?? '';
	const high = to ?? '\uffff';
	return Uint8Array.from(months, (m) => {
		const [first, last] = m.length === 4 ? [`${m}-01`, `${m}-12`] : [m, m];
		return first >= low && last <= high ? 1 : 0;
	});
}
