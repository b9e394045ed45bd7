/** Partial dates ('YYYY', 'YYYY-MM', 'YYYY-MM-DD') in words, so day and month cannot be confused. */
import type { PartialDate } from '../../model/types';
import type { Locale } from './locale';

const MONTHS: Record<Locale, readonly string[]> = {
	lv: [
		'janvāris',
		'februāris',
		'marts',
		'aprīlis',
		'maijs',
		'jūnijs',
		'jūlijs',
		'augusts',
		'septembris',
		'oktobris',
		'novembris',
		'decembris'
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateParts {
	year: number;
	month?: number;
	day?: number;
}

/** Splits a partial date; undefined when the text is not one (it is then shown as published). */
export function splitPartialDate(date: PartialDate): DateParts | undefined {
	const match = PARTIAL.exec(date.trim());
	if (!match) return undefined;
	const year = Number(match[1]);
	const month = match[2] === undefined ? undefined : Number(match[2]);
	const day = match[3] === undefined ? undefined : Number(match[3]);
	if (month !== undefined && (month < 1 || month > 12)) return undefined;
	if (day !== undefined && (day < 1 || day > 31)) return undefined;
	return { year, ...(month && { month }), ...(day && { day }) };
}

/**
 * Formats a partial date at the precision it has.
 * @example formatPartialDate('2024-03-05', 'lv') // '2024. gada 5. marts'
 * @example formatPartialDate('2024-03', 'en') // 'March 2024'
 */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
	const parts = splitPartialDate(date);
	if (!parts) return date;
	const { year, month, day } = parts;
	if (month === undefined) return String(year);
	const name = MONTHS[locale][month - 1] ?? '';
	if (locale === 'lv') return day ? `${year}. gada ${day}. ${name}` : `${year}. gada ${name}`;
	return day ? `${day} ${name} ${year}` : `${name} ${year}`;
}

/** The year of a partial date, or undefined when it has none. */
export function yearOfDate(date: PartialDate | undefined): number | undefined {
	return date === undefined ? undefined : splitPartialDate(date)?.year;
}

/**
 * Every year a span touches, oldest first; a span with one end counts that end only.
 * @example yearsBetween('2019-10', '2021') // [2019, 2020, 2021]
 */
export function yearsBetween(start?: PartialDate, end?: PartialDate): number[] {
	const first = yearOfDate(start) ?? yearOfDate(end);
	const last = yearOfDate(end) ?? first;
	if (first === undefined || last === undefined || last < first) return [];
	return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
