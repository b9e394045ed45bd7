/**
 * The small text conventions of the official files: date orders, money styles and CSV
 * quoting. Dates are ISO `YYYY-MM-DD` and money is integer cents inside the generator;
 * only writers turn them into the published shapes.
 */

export const BOM = '\uFEFF';
export const NBSP = '\u00A0';

function pad2(n: number): string {
	return String(n).padStart(2, '0');
}

/** ISO date of a calendar day; month is 1-based. */
export function isoDate(year: number, month: number, day: number): string {
	return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 of an ISO date, for ordering and offsets. */
export function dayNumber(iso: string): number {
	return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

export function fromDayNumber(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function parts(iso: string): [string, string, string] {
	return [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
}

/** `DD/MM/YYYY`, the Delna KNAB export. */
export function slashDate(iso: string): string {
	const [y, m, d] = parts(iso);
	return `${d}/${m}/${y}`;
}

/** `DD.MM.YYYY`, the VID portal and the KNAB API. */
export function dotDate(iso: string): string {
	const [y, m, d] = parts(iso);
	return `${d}.${m}.${y}`;
}

/** The birth-date fragment of a Latvian personal code: `DDMMYY`. */
export function codeFragment(birthIso: string): string {
	const [y, m, d] = parts(birthIso);
	return `${d}${m}${y.slice(2)}`;
}

/** `12.34`, `-30.00`: a dot decimal with no grouping (KNAB, VID portal). */
export function plainAmount(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(Math.round(cents));
	return `${sign}${Math.floor(abs / 100)}.${pad2(abs % 100)}`;
}

function groupThousands(integer: number, separator: string): string {
	return String(integer).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * Delna's spreadsheet money: `"  1,204.06 € "` (suffix style) or ` € 999.00 ` (prefix style),
 * with comma grouping and the padding spaces the export left in.
 */
export function delnaMoney(cents: number, style: 'suffix' | 'prefix'): string {
	const abs = Math.abs(Math.round(cents));
	const body = `${cents < 0 ? '-' : ''}${groupThousands(Math.floor(abs / 100), ',')}.${pad2(abs % 100)}`;
	return style === 'suffix' ? `  ${body} € ` : ` € ${body} `;
}

/**
 * VID tax totals: thousands of EUR with a decimal comma and space (or NBSP) grouping,
 * trailing zeros of the fraction dropped: 2 622 500 EUR → `2 622,5`.
 */
export function vidThousands(eurCents: number, separator: string): string {
	// Resolution of ten euros: the published file gives at most two decimals of a thousand.
	const hundredths = Math.round(eurCents / 1000);
	const sign = hundredths < 0 ? '-' : '';
	const abs = Math.abs(hundredths);
	const fraction = pad2(abs % 100).replace(/0+$/, '');
	const whole = groupThousands(Math.floor(abs / 100), separator);
	return `${sign}${whole}${fraction ? `,${fraction}` : ''}`;
}

/** RFC 4180 quoting only where needed, as pandas and most exporters write. */
export function quoteMinimal(value: string, delimiter: string): string {
	if (value.includes(delimiter) || /["\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
	return value;
}

/** Every field quoted, as data.gov.lv's VID exports write. */
export function quoteAll(value: string): string {
	return `"${value.replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly string[], delimiter = ','): string {
	return values.map((value) => quoteMinimal(value, delimiter)).join(delimiter);
}

/** A separated list written as a template literal (keeps long word lists compact). */
export function splitList(text: string, separator = ','): string[] {
	return text
		.split(separator)
		.map((item) => item.replace(/\s+/g, ' ').trim())
		.filter((item) => item.length > 0);
}
