/**
 * The Saeima's terms (data/saeima-terms.json, reviewed by hand), and periods as day ranges:
 * a deputies list names its Saeima by number, a declaration only its year, and "now" means
 * the period includes today.
 */
import file from '../../data/saeima-terms.json';
import type { PartialDate } from './types';

export interface SaeimaTerm {
	number: number;
	/** The first sitting. */
	start: string;
	/** The next Saeima's first sitting; absent while it is not entered. */
	end?: string;
}

export const SAEIMA_TERMS: readonly SaeimaTerm[] = file.terms;
/** The Saeima's registration number, as the deputies list gives it. */
export const SAEIMA_REG_NO = '90000028300';

export function saeimaTerm(number: number): SaeimaTerm | undefined {
	return SAEIMA_TERMS.find((term) => term.number === number);
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The first and last day a partial date can mean, or undefined for a text that is none.
 * @example dayRange('2024') // ['2024-01-01', '2024-12-31']
 */
export function dayRange(date: PartialDate): [string, string] | undefined {
	const match = PARTIAL.exec(date.trim());
	if (!match) return undefined;
	const [, year, month, day] = match;
	if (day) return [date, date];
	if (month) {
		const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
		return [`${year}-${month}-01`, `${year}-${month}-${String(last).padStart(2, '0')}`];
	}
	return [`${year}-01-01`, `${year}-12-31`];
}

/** The one term whose days hold the whole period from `start` to `end` (a declaration's year). */
export function termCovering(start?: PartialDate, end?: PartialDate): SaeimaTerm | undefined {
	const from = start && dayRange(start)?.[0];
	const to = (end ?? start) && dayRange((end ?? start)!)?.[1];
	if (!from || !to) return undefined;
	return SAEIMA_TERMS.find((t) => t.start <= from && (t.end === undefined || to <= t.end));
}

/** Whether a period (an open end still holds) includes `today` ('YYYY-MM-DD'); unknown when undated. */
export function includesDay(
	start: PartialDate | undefined,
	end: PartialDate | undefined,
	today: string
): boolean | undefined {
	if (start === undefined && end === undefined) return undefined;
	const from = start ? dayRange(start)?.[0] : undefined;
	const to = end ? dayRange(end)?.[1] : undefined;
	return (from === undefined || from <= today) && (to === undefined || today <= to);
}
