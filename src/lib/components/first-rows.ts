/**
 * Long tables draw their first rows with the page and the rest on request: a party's page
 * with every member drawn took several frames before its first one.
 */
export const FIRST_ROWS = 25;

/** The rows to draw: all when asked for, else the first `limit`. */
export function firstRows<T>(rows: readonly T[], isAll: boolean, limit = FIRST_ROWS): readonly T[] {
	return isAll || rows.length <= limit ? rows : rows.slice(0, limit);
}
