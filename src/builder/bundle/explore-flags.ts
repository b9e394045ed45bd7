/**
 * The explore file's flags section: the red flags (model/flags.ts) computed from resolved
 * data. None yet: the flag rules fill this in (issue #16).
 */
import type { Flag } from '../../model/flags';
import type { ResolvedData } from '../resolve/resolve';

export function exploreFlags(_data: ResolvedData): Flag[] {
	return [];
}
