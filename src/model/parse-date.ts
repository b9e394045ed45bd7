import { ValueError } from './errors';
import { daysInMonth } from './personal-code';
import type { PartialDate } from './types';

export type DayMonthOrder = 'DMY' | 'MDY';

const NUMERIC = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/;

export type OrderDecision =
	{ order: DayMonthOrder; reason: string } | { order: undefined; reason: string };

/**
 * Decides, for a whole file, whether `a/b/YYYY` dates are day-first or month-first, from
 * the data: a first part above 12 proves day-first, a second part above 12 month-first.
 * Dots (`28.03.2026`) are the Latvian day-first convention. Never a silent swap.
 */
export function decideDayMonthOrder(values: Iterable<string>): OrderDecision {
	let dayFirst = 0;
	let monthFirst = 0;
	let dotted = 0;
	let seen = 0;
	for (const value of values) {
		const match = NUMERIC.exec(value.trim());
		if (!match) continue;
		seen++;
		if (value.includes('.')) dotted++;
		if (Number(match[1]) > 12) dayFirst++;
		if (Number(match[2]) > 12) monthFirst++;
	}
	if (dayFirst > 0 && monthFirst > 0) {
		return {
			order: undefined,
			reason: `dates disagree: ${dayFirst} can only be day-first, ${monthFirst} only month-first`
		};
	}
	if (dayFirst > 0)
		return { order: 'DMY', reason: `${dayFirst} of ${seen} dates have a day above 12` };
	if (monthFirst > 0)
		return {
			order: 'MDY',
			reason: `${monthFirst} of ${seen} dates have a day above 12 in second place`
		};
	if (seen > 0 && dotted === seen) return { order: 'DMY', reason: 'dotted dates are day-first' };
	if (seen === 0) return { order: 'DMY', reason: 'no day/month dates to decide' };
	return {
		order: undefined,
		reason: `none of ${seen} dates has a day above 12, so day and month cannot be told apart; pass --date-order`
	};
}

/** Parses a published date into ISO `YYYY-MM-DD`, checking that the day exists. */
export function parseDate(raw: string, order: DayMonthOrder = 'DMY'): PartialDate {
	const known = parsed[order];
	const found = known.get(raw);
	if (found !== undefined) return found;
	const date = parseNew(raw, order);
	if (known.size >= REMEMBERED) known.clear();
	known.set(raw, date);
	return date;
}

/**
 * Dates parsed so far, by order and text: a source repeats its dates on many rows, and the
 * rows then share one string instead of a copy each (a national build holds millions).
 */
const parsed: Record<DayMonthOrder, Map<string, PartialDate>> = { DMY: new Map(), MDY: new Map() };
const REMEMBERED = 50_000;

function parseNew(raw: string, order: DayMonthOrder): PartialDate {
	const text = raw.trim();
	const iso = ISO.exec(text);
	if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), raw);
	const match = NUMERIC.exec(text);
	if (!match) throw new ValueError(`not a date: ${JSON.stringify(raw)}`);
	const [first, second] = [Number(match[1]), Number(match[2])];
	const [day, month] = order === 'DMY' ? [first, second] : [second, first];
	return checked(Number(match[3]), month, day, raw);
}

function checked(year: number, month: number, day: number, raw: string): PartialDate {
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		throw new ValueError(`no such date: ${JSON.stringify(raw)}`);
	}
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year of a partial date. */
export function yearOf(date: PartialDate): number {
	return Number(date.slice(0, 4));
}
