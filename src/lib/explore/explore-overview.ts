/**
 * The overview of a selection, read from the kept sums (explore-tallies.ts): the summary
 * with every filter, each chart's bars with every filter but its own.
 */
import { isFeeKind } from '../../model/money-kinds';
import type { ExploreData } from './explore-data';
import {
	AMOUNT_BANDS,
	OFFICE_KEYS,
	type Bar,
	type DonationOverview,
	type MoneyMeasure
} from './explore-protocol';
import { tallyAt, type CrossTallies } from './explore-tallies';

export function overview(
	data: ExploreData,
	tallies: CrossTallies,
	measure: MoneyMeasure
): DonationOverview {
	const c = data.columns;
	const bars = (sums: Float64Array, keys: readonly string[], labels = keys): Bar[] =>
		keys.map((key, i) => ({ key, label: labels[i]!, ...tallyAt(sums, i) }));
	const kindBars = bars(tallies.kind, c.kinds).filter(
		(bar) => measure === 'both' || isFeeKind(bar.key as never) === (measure === 'fees')
	);
	return {
		...tallyAt(tallies.total, 0),
		donorCount: tallies.donorCount,
		parties: bars(tallies.party, c.parties, c.partyNames).sort(
			(a, b) =>
				b.cents - a.cents ||
				b.count - a.count ||
				b.otherCurrency - a.otherCurrency ||
				(a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
		),
		months: bars(tallies.month, data.months),
		bands: bars(
			tallies.band,
			AMOUNT_BANDS.map((b) => b.id)
		),
		kinds: kindBars,
		donors: bars(tallies.donors, data.donorKinds),
		office: bars(tallies.office, OFFICE_KEYS)
	};
}
