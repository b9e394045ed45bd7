/** One donation row of the explore data as the table and the download show it. */
import { dateText, recordText } from '../../model/explore-donations';
import { rowId, type ExploreData } from './explore-data';
import type { DonationRow } from './explore-protocol';

export function donationRow(data: ExploreData, i: number): DonationRow {
	const c = data.columns;
	const d = c.donor[i]!;
	const file = c.recordFile[i]!;
	return {
		id: rowId(data, i),
		date: dateText(c.date[i]!),
		party: c.parties[c.party[i]!]!,
		partyName: c.partyNames[c.party[i]!]!,
		...(c.donors[d] && { donor: c.donors[d] }),
		donorName: c.donorNames[d]!,
		kind: c.kinds[c.kind[i]!]!,
		cents: c.cents[i]!,
		currency: c.currencies[c.currency[i]!]!,
		isRefund: c.refund[i] === 1,
		office: c.donorOffice[d] === 1,
		source: {
			dataset: c.datasets[c.recordDatasets[file]!]!,
			record: recordText(c, file, c.recordLine[i]!)
		}
	};
}
