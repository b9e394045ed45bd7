/**
 * Checks the demo data's planted hard cases (data/demo/planted.json): every record of one
 * planted person should resolve to one entity, and no two planted people to the same one.
 */
import type { SightingLink } from '../resolve/resolve';

export interface PlantedRecord {
	file: string;
	line?: number;
	index?: number;
}
export interface PlantedPerson {
	key: string;
	name: string;
	role?: string;
	records: PlantedRecord[];
}
export interface PlantedCase {
	id: string;
	kind: string;
	description: string;
	people?: PlantedPerson[];
}

export interface PlantedReport {
	cases: {
		id: string;
		kind: string;
		people: number;
		split: string[];
		mergedWithOthers: string[];
	}[];
	/** Record pairs of one planted person resolved to one entity / to two. */
	pairsTogether: number;
	pairsApart: number;
	/** Record pairs of two planted people resolved to one entity: a wrong merge. */
	pairsWronglyMerged: number;
	precision: number;
	recall: number;
	unaddressable: number;
}

/** Maps a planted record to the source record strings adapters write for it. */
export type RecordAddress = (record: PlantedRecord) => string[];

export function evaluatePlanted(
	cases: readonly PlantedCase[],
	sightings: readonly SightingLink[],
	address: RecordAddress
): PlantedReport {
	const byRecord = new Map<string, Set<string>>();
	for (const s of sightings)
		byRecord.set(
			s.record.source.record,
			(byRecord.get(s.record.source.record) ?? new Set()).add(s.person)
		);
	let unaddressable = 0;
	const personOf = (record: PlantedRecord): string | undefined => {
		for (const key of address(record)) {
			const ids = byRecord.get(key);
			if (ids?.size === 1) return [...ids][0];
		}
		unaddressable++;
		return undefined;
	};
	let together = 0;
	let apart = 0;
	let wrong = 0;
	const reports: PlantedReport['cases'] = [];
	for (const c of cases) {
		const people = (c.people ?? []).map((p) => ({
			p,
			ids: p.records.map(personOf).filter((id): id is string => !!id)
		}));
		const split: string[] = [];
		const mergedWithOthers: string[] = [];
		for (const { p, ids } of people) {
			const counts = new Map<string, number>();
			for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
			const pairs = (n: number) => (n * (n - 1)) / 2;
			const same = [...counts.values()].reduce((n, k) => n + pairs(k), 0);
			together += same;
			apart += pairs(ids.length) - same;
			if (counts.size > 1) split.push(p.key);
		}
		for (let i = 0; i < people.length; i++) {
			for (let j = i + 1; j < people.length; j++) {
				const b = new Set(people[j]!.ids);
				const shared = people[i]!.ids.filter((id) => b.has(id)).length;
				if (shared > 0) {
					wrong += shared;
					mergedWithOthers.push(`${people[i]!.p.key} + ${people[j]!.p.key}`);
				}
			}
		}
		reports.push({ id: c.id, kind: c.kind, people: people.length, split, mergedWithOthers });
	}
	return {
		cases: reports,
		pairsTogether: together,
		pairsApart: apart,
		pairsWronglyMerged: wrong,
		precision: together + wrong === 0 ? 1 : together / (together + wrong),
		recall: together + apart === 0 ? 1 : together / (together + apart),
		unaddressable
	};
}
