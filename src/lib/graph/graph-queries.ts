/** The graph index from context when the app provides one; the page works without it (depth 1). */
import { getGraphQueries, type GraphQueries } from './graph-types';

export function optionalGraphQueries(): GraphQueries | undefined {
	try {
		return getGraphQueries();
	} catch {
		return undefined;
	}
}
