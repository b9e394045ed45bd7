/**
 * The first step of resolving: every person a record names becomes one sighting, with the
 * record's year and what it says around them, for clusterPeople to link.
 */
import { yearOf } from '../../model/parse-date';
import type { PartyRegister } from '../parties/register';
import type { SourceRecord } from '../sources/source-records';
import { organisationNameKey } from './organisations';
import type { PersonSighting } from './sighting';
import { contextOf, newSharedContext } from './sighting-context';

export interface Sightings {
	sightings: PersonSighting[];
	/** For each record (by its index), its index in `sightings`, or -1 when it names no person. */
	sightingOf: Int32Array;
}

export function collectSightings(
	records: readonly SourceRecord[],
	parties: PartyRegister | undefined
): Sightings {
	const partyKey = (name: string): string => {
		const entry = parties?.place(name)?.entry;
		return entry ? `party|#${entry.id}` : organisationNameKey(name, 'party');
	};
	// With a register, an organisation a declaration names is a party only if the register places it.
	const mayBeParty = (name: string): boolean => !parties || parties.place(name) !== undefined;
	const sightings: PersonSighting[] = [];
	const sightingOf = new Int32Array(records.length).fill(-1);
	const shared = newSharedContext();
	for (const [i, record] of records.entries()) {
		const person = personIn(record);
		if (!person) continue;
		sightingOf[i] = sightings.length;
		sightings.push({
			mention: person,
			source: record.source,
			recordYear: recordYear(record),
			context: contextOf(record, partyKey, mayBeParty, shared)
		});
	}
	return { sightings, sightingOf };
}

/** The person a record names as its own, if any: the one its sighting stands for. */
export function personIn(record: SourceRecord) {
	switch (record.type) {
		case 'donation':
			return record.donor?.type === 'person' ? record.donor : undefined;
		case 'post':
		case 'declaration':
			return record.person;
		case 'company-role':
			return record.holder.type === 'person' ? record.holder : undefined;
		default:
			return undefined;
	}
}

function recordYear(record: SourceRecord): number | undefined {
	if (record.type === 'donation') return yearOf(record.date);
	if (record.type === 'declaration') return record.year;
	const date = 'start' in record ? record.start : undefined;
	return date ? yearOf(date) : undefined;
}
