/**
 * Compares two clusters that share a folded name: what conflicts (blocks a merge for good)
 * and what corroborates (birth year, institution, party, company).
 */
import type { Evidence } from '../../model/types';
import type { Cluster } from './clusters';
import type { PersonSighting } from './sighting';
import { cited, givesYear, witnessIn } from './witness';

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
	sightings: readonly PersonSighting[]
): Comparison {
	const conflict = conflictOf(a, b);
	if (conflict) return { conflict, evidence: [] };
	const evidence: Evidence[] = [];
	// Each piece cites one record on either side that holds the value, as that record gives it.
	const both = (holds: (s: PersonSighting) => boolean) => [
		witnessIn(a, sightings, holds),
		witnessIn(b, sightings, holds)
	];
	const year = sharedYear(a, b);
	if (year) {
		const witnesses = both((s) => givesYear(s, Number(year)));
		evidence.push(cited('same-name-birth-year', { birthYear: year }, witnesses, 'birth'));
	}
	const institution = firstShared(a.institutions, b.institutions);
	if (institution) {
		const witnesses = both((s) => s.context.institution?.key === institution);
		const values = { institution: a.institutions.get(institution)! };
		evidence.push(cited('same-name-context', values, witnesses, 'institution'));
	}
	const party = firstShared(a.parties, b.parties);
	if (party) {
		const witnesses = both((s) => s.context.parties?.some((p) => p.key === party) ?? false);
		const values = { party: a.parties.get(party)! };
		evidence.push(cited('same-name-context', values, witnesses, 'party', party));
	}
	const company = [...a.companies].sort().find((regNo) => b.companies.has(regNo));
	if (company) {
		const witnesses = both((s) => s.context.companies?.includes(company) ?? false);
		evidence.push(cited('same-name-context', { company }, witnesses, 'company', company));
	}
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

/** The first shared key, in key order. */
function firstShared(
	a: ReadonlyMap<string, string>,
	b: ReadonlyMap<string, string>
): string | undefined {
	return [...a.keys()].sort().find((k) => b.has(k));
}

function overlaps<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
	for (const value of a) if (b.has(value)) return true;
	return false;
}
