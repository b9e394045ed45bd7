import type { PartialDate } from './types';

/** What a published personal-code column held, read without guessing. */
export type CodeReading =
	| {
			kind: 'personal';
			/** Normalised to `DDMMYY-*****`, whatever masking style was published. */
			masked: string;
			/** The DDMMYY fragment; the century is masked away with the rest of the code. */
			fragment: string;
	  }
	/** New-style codes (since 2017) start with 32 and carry no birth date. */
	| { kind: 'no-birth-date'; masked: string }
	| { kind: 'foreign'; country: string; masked: string }
	| { kind: 'reg-no'; regNo: string }
	| { kind: 'empty' }
	| { kind: 'invalid'; reason: string };

const MASKED = /^(\d{6})\s*-?\s*\*{5}$/;
const FOREIGN = /^([A-Z]{2})[\dA-Z]*\*+$/;

/**
 * Reads a masked personal code in either published style (`230562-*****`, `230562*****`).
 * @example readPersonalCode('230562*****') // { kind: 'personal', masked: '230562-*****', fragment: '230562' }
 */
export function readPersonalCode(raw: string | undefined): CodeReading {
	const code = (raw ?? '').trim();
	if (code === '') return { kind: 'empty' };
	// Latvian registration numbers start with 4, 5 or 9; other 11 digits may be an unmasked personal code.
	if (/^[459]\d{10}$/.test(code)) return { kind: 'reg-no', regNo: code };
	if (/^\d{11}$/.test(code))
		return {
			kind: 'invalid',
			reason: `11 digits but not a registration number: ${JSON.stringify(code)}`
		};
	const foreign = FOREIGN.exec(code);
	if (foreign) return { kind: 'foreign', country: foreign[1]!, masked: code };
	const masked = MASKED.exec(code);
	if (!masked)
		return { kind: 'invalid', reason: `not a masked personal code: ${JSON.stringify(code)}` };
	const fragment = masked[1]!;
	if (fragment.startsWith('32')) return { kind: 'no-birth-date', masked: `${fragment}-*****` };
	if (!isCalendarDate(fragment)) {
		return {
			kind: 'invalid',
			reason: `no such birth date in personal code ${JSON.stringify(code)}`
		};
	}
	return { kind: 'personal', masked: `${fragment}-*****`, fragment };
}

function isCalendarDate(ddmmyy: string): boolean {
	const day = Number(ddmmyy.slice(0, 2));
	const month = Number(ddmmyy.slice(2, 4));
	// 2000 is a leap year, so 29 February passes here; the century decides later.
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the Gregorian calendar; a build asks for every sighting's code, so no Date is made. */
export function daysInMonth(year: number, month: number): number {
	if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year) || year < 100)
		return new Date(Date.UTC(year, month, 0)).getUTCDate(); // as Date counts them (years < 100 are 19xx)
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * The full birth date behind a DDMMYY fragment, when only one century gives an age of
 * 16 to 105 on the record's date; otherwise undefined (we fail closed rather than guess).
 */
export function birthDateFromFragment(
	fragment: string,
	recordYear: number
): PartialDate | undefined {
	const dd = fragment.slice(0, 2);
	const mm = fragment.slice(2, 4);
	const yy = Number(fragment.slice(4, 6));
	const fits = [1900 + yy, 2000 + yy].filter((year) => {
		const age = recordYear - year;
		return age >= 16 && age <= 105 && Number(dd) <= daysInMonth(year, Number(mm));
	});
	return fits.length === 1 ? `${fits[0]}-${mm}-${dd}` : undefined;
}
