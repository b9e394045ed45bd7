/**
 * The explore engine over one version's explore file: the answers of explore-protocol.ts,
 * from typed columns and per-dimension filter bits. One engine keeps the last selection, so
 * a click that changes one filter recomputes that dimension only.
 */
import type { ExploreBody } from '../../model/explore-file';
import type { Flag } from '../../model/flags';
import { loadExploreData, type ExploreData } from './explore-data';
import { loadedFromBody, type LoadedExplore } from './typed-columns';
import { donationRow } from './explore-rows';
import { overview } from './explore-overview';
import { CrossTallies } from './explore-tallies';
import { createSelection } from './explore-selection';
import { DonationOrders, donationPage, donorPage } from './explore-table';
import type {
	DonationFilter,
	DonationOverview,
	DonationRow,
	DonorRow,
	TablePage,
	TableQuery,
	TableView
} from './explore-protocol';

export interface ExploreEngine {
	overview(filter: DonationFilter): DonationOverview;
	table(query: TableQuery): TablePage<DonationRow> | TablePage<DonorRow>;
	/** Every selected row: donations in date order, donors by EUR gifts, largest first. */
	rows(filter: DonationFilter, view: TableView): TablePage<DonationRow> | TablePage<DonorRow>;
	flags(): Flag[];
	/**
	 * Work done ahead of the calls that need it: the donor names folded, and `filter` (the
	 * page's likely first) applied, so its overview is a read of kept sums.
	 */
	warm(filter: DonationFilter): void;
	/** Bytes of the typed columns the engine filters over (its tables and strings not counted). */
	columnBytes(): number;
	data: ExploreData;
}

/** Over a stored explore row as read (typed-columns.ts), or a parsed explore file (tests). */
export function createExploreEngine(file: LoadedExplore | ExploreBody): ExploreEngine {
	const body = 'sections' in file ? file : loadedFromBody(file);
	const data = loadExploreData(body.donations);
	const tallies = new CrossTallies(data);
	const selection = createSelection(data, tallies);
	const orders = new DonationOrders(data);
	return {
		data,
		overview(filter) {
			selection.apply(filter);
			return overview(data, tallies, filter.measure);
		},
		table(query) {
			const bits = selection.apply(query.filter);
			return query.view === 'donors'
				? donorPage(data, bits, query)
				: donationPage(bits, tallies.selected, orders, query, (i) => donationRow(data, i));
		},
		rows(filter, view) {
			const bits = selection.apply(filter);
			if (view === 'donors')
				return donorPage(data, bits, {
					sort: 'cents',
					descending: true,
					offset: 0,
					limit: 2 ** 31
				});
			const rows: DonationRow[] = [];
			for (let i = 0; i < data.rows; i++) if (bits[i] === 0) rows.push(donationRow(data, i));
			return { total: rows.length, rows };
		},
		flags: () => body.sections().flags,
		warm(filter) {
			selection.foldNames();
			selection.apply(filter);
			orders.get('date');
		},
		columnBytes() {
			const c = data.columns;
			const arrays = [
				c.date,
				c.currency,
				c.refund,
				c.recordFile,
				c.recordLine,
				data.party,
				data.month,
				data.band,
				data.kind,
				data.donorKind,
				data.office,
				data.donor,
				data.donorGroup,
				data.groupIsAnonymous,
				data.cents,
				data.slot,
				selection.bits,
				tallies.groupRows
			];
			return arrays.reduce((sum, a) => sum + a.byteLength, 0);
		}
	};
}
