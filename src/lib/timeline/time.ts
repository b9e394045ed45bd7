/** Partial dates as instants on the time axis (UTC milliseconds), at the precision given. */
import type { PartialDate } from '../../model/types';
import { splitPartialDate } from '../format/date';

/** The first and the last instant a partial date covers: '2021' is all of 2021. */
export function dateRange(date: PartialDate | undefined): [number, number] | undefined {
	if (date === undefined) return undefined;
	const parts = splitPartialDate(date);
	if (!parts) return undefined;
	const { year, month, day } = parts;
	if (month === undefined) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
	if (day === undefined) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)];
	return [Date.UTC(year, month - 1, day), Date.UTC(year, month - 1, day + 1)];
}

/** Where a dated point is drawn: the middle of the period it names (mid-year for '2021'). */
export function pointAt(date: PartialDate | undefined): number | undefined {
	const range = dateRange(date);
	return range && Math.round((range[0] + range[1]) / 2);
}

/** A year as a period, for facts that only know their year (declarations, tax totals). */
export function yearDate(year: number): PartialDate {
	return String(year).padStart(4, '0');
}
