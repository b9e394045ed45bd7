/**
 * The explore file (model/explore-file.ts) from resolved data: each section built by its own
 * module, so a new section is one more line here.
 */
import type { ExploreBody } from '../../model/explore-file';
import type { ResolvedData } from '../resolve/resolve';
import { donationColumns } from './explore-donations';
import { exploreFlags } from './explore-flags';

export function exploreBody(data: ResolvedData): ExploreBody {
	return {
		donations: donationColumns(data),
		flags: exploreFlags(data)
	};
}
