/**
 * The deputy ↔ donor linking evaluation, with a truth derived from the data itself:
 * a donation row is the deputy's when the folded names match and the code's birth year
 * (its two-digit year) is the deputy's; a row with another year is a namesake's; when
 * rows of the deputy's name and year carry two different birth dates, those rows are
 * ambiguous (the data cannot say which, if any, is the deputy).
 */
import { nameKey } from '../../model/fold-name';
import { readPersonalCode } from '../../model/personal-code';
import type { SightingLink } from '../resolve/resolve';

export type Truth = 'deputy' | 'namesake' | 'ambiguous' | 'unknown';

export interface DeputyDonorReport {
	deputies: number;
	/** Donation rows whose donor has a deputy's folded name. */
	rows: number;
	truth: Record<Truth, number>;
	found: number;
	missed: number;
	namesakesMerged: number;
	ambiguousConfirmed: number;
	ambiguousProbable: number;
	unknownAsserted: number;
	precision: number;
	recall: number;
	/** Deputies sharing a folded name with another deputy: their rows are left out. */
	skippedNames: string[];
}

export function evaluateDeputyDonors(sightings: readonly SightingLink[]): DeputyDonorReport {
	const deputies = new Map<string, { person: string; year: number }[]>();
	for (const s of sightings) {
		const r = s.record;
		if (r.type !== 'post' || r.relation !== 'holds-post' || !/saeim/i.test(r.organisation.name))
			continue;
		if (!r.person.birthYear) continue;
		const key = nameKey(r.person.name);
		const list = deputies.get(key) ?? [];
		if (!list.some((d) => d.person === s.person))
			list.push({ person: s.person, year: r.person.birthYear });
		deputies.set(key, list);
	}
	const skippedNames = [...deputies].filter(([, list]) => list.length > 1).map(([name]) => name);
	const rows: {
		truth: Truth;
		fragment?: string;
		deputy: { person: string; year: number };
		link: SightingLink;
	}[] = [];
	for (const s of sightings) {
		const r = s.record;
		if (r.type !== 'donation' || r.donor?.type !== 'person') continue;
		const list = deputies.get(nameKey(r.donor.name));
		if (!list || list.length !== 1) continue;
		const deputy = list[0]!;
		const code = readPersonalCode(r.donor.maskedCode);
		if (code.kind !== 'personal') {
			rows.push({ truth: 'unknown', deputy, link: s });
			continue;
		}
		const yy = String(deputy.year % 100).padStart(2, '0');
		rows.push({
			truth: code.fragment.slice(4, 6) === yy ? 'deputy' : 'namesake',
			fragment: code.fragment,
			deputy,
			link: s
		});
	}
	// Two birth dates of the deputy's name and year: the data cannot tell which one is the deputy.
	const fragments = new Map<string, Set<string>>();
	for (const row of rows)
		if (row.truth === 'deputy')
			fragments.set(
				row.deputy.person,
				(fragments.get(row.deputy.person) ?? new Set()).add(row.fragment!)
			);
	for (const row of rows)
		if (row.truth === 'deputy' && fragments.get(row.deputy.person)!.size > 1)
			row.truth = 'ambiguous';

	const truth: Record<Truth, number> = { deputy: 0, namesake: 0, ambiguous: 0, unknown: 0 };
	let found = 0;
	let namesakesMerged = 0;
	let ambiguousConfirmed = 0;
	let ambiguousProbable = 0;
	let unknownAsserted = 0;
	for (const row of rows) {
		truth[row.truth]++;
		const asserted = row.link.person === row.deputy.person && row.link.confidence !== 'possible';
		if (!asserted) continue;
		if (row.truth === 'deputy') found++;
		else if (row.truth === 'namesake') namesakesMerged++;
		else if (row.truth === 'ambiguous') {
			if (row.link.confidence === 'confirmed') ambiguousConfirmed++;
			else ambiguousProbable++;
		} else unknownAsserted++;
	}
	const asserted = found + namesakesMerged;
	return {
		deputies: [...deputies.values()].reduce((n, l) => n + l.length, 0),
		rows: rows.length,
		truth,
		found,
		missed: truth.deputy - found,
		namesakesMerged,
		ambiguousConfirmed,
		ambiguousProbable,
		unknownAsserted,
		precision: asserted === 0 ? 1 : found / asserted,
		recall: truth.deputy === 0 ? 1 : found / truth.deputy,
		skippedNames
	};
}

export const BAR = { precision: 1, ambiguousConfirmed: 0, recall: 0.99 } as const;

export function meetsBar(report: DeputyDonorReport): boolean {
	return (
		report.precision >= BAR.precision &&
		report.ambiguousConfirmed <= BAR.ambiguousConfirmed &&
		report.recall >= BAR.recall
	);
}
