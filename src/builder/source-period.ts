/** The period a source file covers, from the dates its facts carry: shown beside its provenance. */
import type { PartialDate } from '../model/types';
import type { SourceRecord } from './sources/source-records';

function datesOf(record: SourceRecord): (PartialDate | number | undefined)[] {
	switch (record.type) {
		case 'donation':
			return [record.date];
		case 'declaration':
		case 'tax-total':
		case 'party-finance':
		case 'party-report':
			return [record.year];
		case 'post':
			return [record.start, record.end];
		default:
			// Register rows carry registration dates, which say nothing of the file's period.
			return [];
	}
}

/** `undefined` when no record carries a date. */
export function sourcePeriod(
	records: readonly SourceRecord[]
): [PartialDate, PartialDate] | undefined {
	let first: PartialDate | undefined;
	let last: PartialDate | undefined;
	for (const record of records) {
		for (const value of datesOf(record)) {
			if (value === undefined || value === '') continue;
			const date = String(value);
			if (first === undefined || date < first) first = date;
			if (last === undefined || date > last) last = date;
		}
	}
	return first !== undefined && last !== undefined ? [first, last] : undefined;
}
