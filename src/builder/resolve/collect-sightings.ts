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
	records: Iterable<SourceRecord>,
	parties: PartyRegister | undefined
): Sightings {
	const collector = new SightingCollector(parties);
	for (const record of records) collector.add(record);
	return collector.finish();
}

/**
 * Sightings gathered record by record, as a build reads its files: a record's sighting keeps
 * its person mention and source, not the record, which can then wait on disk for its facts.
 */
export class SightingCollector {
	#sightings: PersonSighting[] = [];
	#sightingOf = new Int32Array(1024).fill(-1);
	#records = 0;
	#shared = newSharedContext();
	#partyKey: (name: string) => string;
	#mayBeParty: (name: string) => boolean;

	constructor(parties: PartyRegister | undefined) {
		this.#partyKey = (name) => {
			const entry = parties?.place(name)?.entry;
			return entry ? `party|#${entry.id}` : organisationNameKey(name, 'party');
		};
		// With a register, an organisation a declaration names is a party only if the register places it.
		this.#mayBeParty = (name) => !parties || parties.place(name) !== undefined;
	}

	add(record: SourceRecord): void {
		const i = this.#records++;
		if (i === this.#sightingOf.length) {
			const grown = new Int32Array(i * 2).fill(-1);
			grown.set(this.#sightingOf);
			this.#sightingOf = grown;
		}
		const person = personIn(record);
		if (!person) return;
		this.#sightingOf[i] = this.#sightings.length;
		this.#sightings.push({
			mention: person,
			source: record.source,
			recordYear: recordYear(record),
			context: contextOf(record, this.#partyKey, this.#mayBeParty, this.#shared)
		});
	}

	/** The sightings, and for each record added its sighting's index; the collector is empty afterwards. */
	finish(): Sightings {
		const result = {
			sightings: this.#sightings,
			sightingOf: this.#sightingOf.slice(0, this.#records)
		};
		this.#sightings = [];
		this.#sightingOf = new Int32Array(0);
		this.#records = 0;
		return result;
	}
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
