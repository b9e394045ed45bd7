/**
 * The explore file (model/explore-file.ts) from resolved data: each section built by its own
 * module, so a new section is one more line here.
 */
import type { ExploreBody } from '../../model/explore-file';
import type { Flag } from '../../model/flags';
import type { ResolvedData } from '../resolve/resolve';
import { donationColumns } from './explore-donations';
import { exploreFlags } from './explore-flags';
import { officialTable } from './explore-officials';
import { rankings } from './explore-rankings';

export function exploreBody(data: ResolvedData, flags?: readonly Flag[]): ExploreBody {
	return {
		donations: donationColumns(data),
		flags: exploreFlags(data, flags),
		officials: officialTable(data),
		rankings: rankings(data)
	};
}
