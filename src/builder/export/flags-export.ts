/**
 * `npm run export -- --format flags`: every red flag of a bundle, one JSON object per line,
 * `{ flag, entity, name, year, figures, records }`, `records` naming every source row the flag
 * rests on (`<file>:<line>` for CSV rows, header = line 1; a page's or an API's own record id
 * otherwise). Read from the fact groups, each validated as the app validates it.
 */
import type { FactGroup } from '../../model/bundle-format';
import type { Flag, FlagKind } from '../../model/flags';
import { readBundleRecords, readManifest } from './read-bundle';

export interface FlagLine {
	flag: FlagKind;
	/** The flag's own id, unique in the bundle. */
	id: string;
	entity: string;
	name: string;
	year?: number;
	figures: Record<string, number>;
	records: string[];
}

export function flagLine(flag: Flag): FlagLine {
	return {
		flag: flag.kind,
		id: flag.id,
		entity: flag.entity,
		name: flag.name,
		...(flag.year !== undefined && { year: flag.year }),
		figures: flag.figures,
		records: flag.sources.map((s) => s.record)
	};
}

/** Every flag of the bundle in `dir`, file by file, in entity order. */
export function* bundleFlags(dir: string): Generator<Flag> {
	const manifest = readManifest(dir);
	for (const file of manifest.files) {
		if (file.kind !== 'facts') continue;
		// A company's group repeats the flags of officials about it; each is listed once, with its entity.
		for (const group of readBundleRecords(dir, file) as FactGroup[])
			for (const flag of group.flags ?? []) if (flag.entity === group.entity) yield flag;
	}
}
