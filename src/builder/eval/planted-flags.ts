/**
 * Checks the planted red flags of the demo data (planted.json `flags`): each planted person
 * gets, or does not get, the flag of the year named; each tagged row (or each refund among them) is
 * cited by a flag of the kind named. A planted person's entity is the one most of their records resolved to.
 */
import type { Flag, FlagKind } from '../../model/flags';
import type { Donation } from '../../model/types';
import type { SightingLink } from '../resolve/resolve';
import type { PlantedPerson, PlantedRecord, RecordAddress } from './planted';

export type PlantedFlagExpectation =
	| { flag: FlagKind; person: string; year: number; flagged: boolean }
	| { flag: FlagKind; rowsOf: string; refundsOnly?: boolean };

export interface PlantedFlagCase {
	id: string;
	people?: PlantedPerson[];
	rows?: Record<string, { count: number; records: PlantedRecord[] }>;
	flags?: PlantedFlagExpectation[];
}

export interface PlantedFlagCheck {
	case: string;
	expectation: PlantedFlagExpectation;
	ok: boolean;
	/** What was found: the flags of the person's entity, or the rows no such flag cites. */
	found: string[];
}

export function checkPlantedFlags(
	cases: readonly PlantedFlagCase[],
	flags: readonly Flag[],
	sightings: readonly SightingLink[],
	address: RecordAddress,
	donations: readonly Donation[]
): PlantedFlagCheck[] {
	const refunds = new Set(donations.filter((d) => d.amount.cents < 0).map((d) => d.source.record));
	const personOfRecord = new Map(sightings.map((s) => [s.record.source.record, s.person]));
	const cited = new Map<FlagKind, Set<string>>();
	for (const flag of flags)
		for (const s of flag.sources)
			(cited.get(flag.kind) ?? cited.set(flag.kind, new Set()).get(flag.kind)!).add(s.record);
	const checks: PlantedFlagCheck[] = [];
	for (const c of cases) {
		for (const expectation of c.flags ?? []) {
			if ('rowsOf' in expectation) {
				const records = (c.rows?.[expectation.rowsOf]?.records ?? []).filter(
					(r) => !expectation.refundsOnly || address(r).some((a) => refunds.has(a))
				);
				const kind = cited.get(expectation.flag) ?? new Set();
				const missing = records
					.filter((r) => !address(r).some((a) => kind.has(a)))
					.map((r) => `${r.file}:${r.line ?? r.index}`);
				checks.push({
					case: c.id,
					expectation,
					ok: records.length > 0 && missing.length === 0,
					found: missing
				});
				continue;
			}
			const person = c.people?.find((p) => p.key === expectation.person);
			const entity =
				person &&
				mostCommon(
					person.records.flatMap((r) => address(r).map((a) => personOfRecord.get(a) ?? ''))
				);
			const own = flags.filter((f) => f.entity === entity && f.kind === expectation.flag);
			const flagged = own.some((f) => f.year === expectation.year);
			checks.push({
				case: c.id,
				expectation,
				ok: entity !== undefined && flagged === expectation.flagged,
				found: own.map((f) => f.id)
			});
		}
	}
	return checks;
}

function mostCommon(ids: readonly string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
