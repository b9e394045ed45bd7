/**
 * Every list in a fact group names each fact once: the views key their rows on fact ids, and a
 * repeated id (which the builder never writes, issue 18) would stop the page from drawing.
 */
import type { FactGroup } from './bundle-format';

/** A fact group's lists of facts (each item with an id), in FactGroup's order. */
export const FACT_LISTS = [
	'declarations',
	'donations',
	'taxTotals',
	'relations',
	'refs',
	'partyFinances',
	'partyReports'
] as const;

/** How many of FACT_LISTS, from the first, every group has (the others only when not empty). */
export const REQUIRED_FACT_LISTS = 5;

/** The first id listed twice in one of the group's lists, as `list id`; undefined when none is. */
export function repeatedFactId(group: FactGroup): string | undefined {
	for (const list of FACT_LISTS) {
		const seen = new Set<string>();
		for (const { id } of group[list] ?? []) {
			if (seen.has(id)) return `${list} ${id}`;
			seen.add(id);
		}
	}
	return undefined;
}
