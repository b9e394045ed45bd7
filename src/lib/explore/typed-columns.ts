/**
 * The explore file as the engine takes it: the donations section's row columns as typed
 * arrays of the types the engine filters over (so columns read out of the store are used as
 * they are, not copied), and the other sections behind a call, parsed only when a page asks
 * for them (the donations page needs none). Stored explore rows (storage/explore-codec.ts)
 * decode to this; a parsed explore file is turned into it by `loadedFromBody`.
 */
import { rowCount, ROW_COLUMNS, type DonationColumns } from '../../model/explore-donations';
import type { ExploreBody } from '../../model/explore-file';

type RowColumn = (typeof ROW_COLUMNS)[number];

/** Each row column's typed array: what explore-data.ts filters and sums over. */
export const ROW_TYPES = {
	party: Int32Array,
	date: Int32Array,
	cents: Float64Array,
	currency: Uint16Array,
	kind: Uint8Array,
	refund: Uint8Array,
	donor: Int32Array,
	recordFile: Int32Array,
	recordLine: Int32Array
} as const satisfies Record<RowColumn, unknown>;

export type TypedDonationColumns = Omit<DonationColumns, RowColumn> & {
	[K in RowColumn]: InstanceType<(typeof ROW_TYPES)[K]>;
};

/** The sections other than donations. */
export type ExploreSections = Omit<ExploreBody, 'donations'>;

export interface LoadedExplore {
	donations: TypedDonationColumns;
	/** The other sections; a stored row parses them on the first call. */
	sections(): ExploreSections;
}

/** A parsed explore file's donation rows copied into typed columns (the tables are shared). */
export function typedColumns(file: DonationColumns): TypedDonationColumns {
	const n = rowCount(file);
	const typed = { ...file } as unknown as TypedDonationColumns;
	for (const column of ROW_COLUMNS) {
		const array = new ROW_TYPES[column](n);
		const values = file[column];
		for (let i = 0; i < n; i++) array[i] = values[i]!;
		(typed as Record<RowColumn, unknown>)[column] = array;
	}
	return typed;
}

/** A parsed explore file as the engine takes it. */
export function loadedFromBody(body: ExploreBody): LoadedExplore {
	const { donations, ...sections } = body;
	return { donations: typedColumns(donations), sections: () => sections };
}
