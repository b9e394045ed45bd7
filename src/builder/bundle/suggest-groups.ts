/**
 * Which groups a first visit keeps unless the person chooses otherwise. A bundle that fits
 * the budget is kept whole, without asking (the demo and national sets). A bigger one (ten
 * years of every official's declarations) is offered as a choice, with what fits ticked:
 * donations and party finances first, then declarations from the newest year back, then the
 * register and the tax totals. Once a group of a dataset does not fit, no later one of it is
 * ticked (another dataset's may be), so of the declarations the newest years are kept.
 */
import type { ManifestGroup } from '../../model/bundle-format';

/** Bytes of optional files a first visit keeps by default: a phone's share, beside the core. */
export const SUGGEST_BYTES = 300_000_000;

const ORDER = ['donations', 'party-finances', 'declarations', 'register', 'tax-totals'];

export function suggestGroups(
	groups: readonly Omit<ManifestGroup, 'suggested'>[],
	budget = SUGGEST_BYTES
): ManifestGroup[] {
	const total = groups.reduce((sum, g) => sum + g.bytes, 0);
	if (total <= budget) return groups.map((g) => ({ ...g, suggested: true }));
	const rank = (dataset: string) => {
		const at = ORDER.indexOf(dataset);
		return at < 0 ? ORDER.length : at;
	};
	const byPriority = [...groups].sort(
		(a, b) =>
			rank(a.dataset) - rank(b.dataset) ||
			(a.dataset < b.dataset ? -1 : a.dataset > b.dataset ? 1 : 0) ||
			(b.year ?? 0) - (a.year ?? 0)
	);
	const suggested = new Set<string>();
	const full = new Set<string>();
	let left = budget;
	for (const group of byPriority) {
		if (full.has(group.dataset)) continue;
		if (group.bytes > left) {
			full.add(group.dataset);
			continue;
		}
		suggested.add(group.id);
		left -= group.bytes;
	}
	return groups.map((g) => ({ ...g, suggested: suggested.has(g.id) }));
}
