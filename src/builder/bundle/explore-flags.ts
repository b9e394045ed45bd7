/**
 * The explore file's flags section: every red flag (model/flags.ts) of the bundle, as
 * src/builder/flags/ computed them once for the whole build (the fact groups carry the same).
 */
import type { Flag } from '../../model/flags';
import type { ResolvedData } from '../resolve/resolve';
import { computeFlags } from '../flags/index';

export function exploreFlags(data: ResolvedData, flags?: readonly Flag[]): Flag[] {
	return [...(flags ?? computeFlags(data))];
}
