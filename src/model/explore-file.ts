/**
 * The explore file: one record, one line (like the graph file), holding what the explore
 * pages compute over, one field per section. A section brings its own type, schema and
 * problem check from its own file; adding one is a field here and an entry in EXPLORE_SECTIONS.
 */
import * as v from 'valibot';
import {
	DonationColumnsSchema,
	donationColumnsProblem,
	rowCount,
	type DonationColumns
} from './explore-donations';
import { FlagSchema, flagsProblem } from './explore-flags';
import type { OfficialTable, Rankings } from './explore-officials';
import {
	officialTableProblem,
	OfficialTableSchema,
	rankingsProblem,
	RankingsSchema
} from './explore-officials-check';
import type { Flag } from './flags';

/** The explore file's record as the builder writes it and the app stores it. */
export interface ExploreBody {
	donations: DonationColumns;
	flags: Flag[];
	/** Officials' declarations and rankings (explore-officials.ts); optional: absent in older files. */
	officials?: OfficialTable;
	rankings?: Rankings;
}

export const ExploreBodySchema = v.strictObject({
	donations: DonationColumnsSchema,
	flags: v.array(FlagSchema),
	officials: v.optional(OfficialTableSchema),
	rankings: v.optional(RankingsSchema)
});

/** Each section's check past its shape; the first problem found is reported, named by section. */
const EXPLORE_SECTIONS: {
	[K in keyof ExploreBody]: (section: ExploreBody[K]) => string | undefined;
} = {
	donations: donationColumnsProblem,
	flags: flagsProblem,
	officials: (section) => section && officialTableProblem(section),
	rankings: (section) => section && rankingsProblem(section)
};

/** What is wrong with an explore body of the right shape, or undefined. */
export function exploreProblem(body: ExploreBody): string | undefined {
	for (const key of Object.keys(EXPLORE_SECTIONS) as (keyof ExploreBody)[]) {
		const check = EXPLORE_SECTIONS[key] as (section: unknown) => string | undefined;
		const problem = check(body[key]);
		if (problem) return `${key}.${problem}`;
	}
	return undefined;
}

/** What the manifest counts the explore file as: its donation rows. */
export function exploreRecords(body: ExploreBody): number {
	return Math.max(0, rowCount(body.donations));
}
