/**
 * Compares two clusters that share a folded name: what conflicts (blocks a merge for good)
 * and what corroborates (birth year, institution, party, company).
 */
import type { Evidence, SourceRef } from '../../model/types';
import type { Cluster } from './clusters';

export type Conflict = 'different-birth-date' | 'different-birth-year';

export interface Comparison {
	conflict?: Conflict;
	evidence: Evidence[];
}

export function conflictOf(a: Cluster, b: Cluster): Conflict | undefined {
	if (a.fragments.size > 0 && b.fragments.size > 0 && !overlaps(a.fragments, b.fragments))
		return 'different-birth-date';
	if (a.years.size > 0 && b.years.size > 0 && !overlaps(a.years, b.years))
		return 'different-birth-year';
	if (!yearsFitCodes(a, b) || !yearsFitCodes(b, a)) return 'different-birth-year';
	return undefined;
}

/** A code's masked century leaves its two-digit year; a known birth year must end in it. */
function yearsFitCodes(coded: Cluster, dated: Cluster): boolean {
	if (coded.yys.size === 0 || dated.years.size === 0) return true;
	return [...dated.years].some((year) => coded.yys.has(String(year % 100).padStart(2, '0')));
}

export function compareClusters(
	a: Cluster,
	b: Cluster,
	sources: (c: Cluster) => SourceRef[]
): Comparison {
	const conflict = conflictOf(a, b);
	if (conflict) return { conflict, evidence: [] };
	const evidence: Evidence[] = [];
	const both = [...sources(a), ...sources(b)];
	const name = a.name;
	const year = sharedYear(a, b);
	if (year)
		evidence.push({
			rule: 'same-name-birth-year',
			values: { name, birthYear: year },
			sources: both
		});
	const institution = firstShared(a.institutions, b.institutions);
	if (institution)
		evidence.push({ rule: 'same-name-context', values: { name, institution }, sources: both });
	const party = firstShared(a.parties, b.parties);
	if (party) evidence.push({ rule: 'same-name-context', values: { name, party }, sources: both });
	const company = [...a.companies].sort().find((regNo) => b.companies.has(regNo));
	if (company)
		evidence.push({ rule: 'same-name-context', values: { name, company }, sources: both });
	return { evidence };
}

function sharedYear(a: Cluster, b: Cluster): string | undefined {
	const years = [...a.years, ...b.years].sort();
	for (const year of years) {
		const yy = String(year % 100).padStart(2, '0');
		const inA = a.years.has(year) || a.yys.has(yy);
		const inB = b.years.has(year) || b.yys.has(yy);
		if (inA && inB) return String(year);
	}
	return undefined;
}

function firstShared(
	a: ReadonlyMap<string, string>,
	b: ReadonlyMap<string, string>
): string | undefined {
	const key = [...a.keys()].sort().find((k) => b.has(k));
	return key === undefined ? undefined : a.get(key);
}

function overlaps<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
	for (const value of a) if (b.has(value)) return true;
	return false;
}
