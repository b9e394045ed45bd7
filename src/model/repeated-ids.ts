/**
 * Every list in a fact group names each fact once: the views key their rows on fact ids, and a
 * repeated id (which the builder never writes, issue 18) would stop the page from drawing.
 */
import type { FactGroup } from './bundle-format';

const LISTS = [
	'declarations',
	'donations',
	'taxTotals',
	'relations',
	'refs',
	'partyFinances',
	'partyReports'
] as const;

/** The first id listed twice in one of the group's lists, as `list id`; undefined when none is. */
export function repeatedFactId(group: FactGroup): string | undefined {
	for (const list of LISTS) {
		const seen = new Set<string>();
		for (const { id } of group[list] ?? []) {
			if (seen.has(id)) return `${list} ${id}`;
			seen.add(id);
		}
	}
	return undefined;
}
