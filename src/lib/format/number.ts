import type { Locale } from './locale';

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
	lv: { group: ' ', decimal: ',' },
	en: { group: ',', decimal: '.' }
};

/** The group and decimal marks of a locale; plain spaces so copied figures paste cleanly. */
export function separatorsOf(locale: Locale): { group: string; decimal: string } {
	return SEPARATORS[locale];
}

/** Groups the digits of a non-negative integer string in threes: "1102" → "1 102". */
export function groupDigits(digits: string, group: string): string {
	return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/**
 * Formats an integer with the locale's grouping, without Intl (same output on every ICU).
 * @example formatInteger(1234567, 'lv') // '1 234 567'
 */
export function formatInteger(value: number, locale: Locale): string {
	if (!Number.isFinite(value)) return String(value);
	const rounded = Math.round(value);
	const sign = rounded < 0 ? '-' : '';
	return sign + groupDigits(String(Math.abs(rounded)), SEPARATORS[locale].group);
}

const UNITS = ['B', 'kB', 'MB', 'GB'] as const;

/**
 * A byte count for people: one decimal above a kilobyte (decimal units, as file managers show).
 * @example formatBytes(1_530_000, 'lv') // '1,5 MB'
 */
export function formatBytes(bytes: number, locale: Locale): string {
	let unit = 0;
	let tenths = Math.max(0, Math.round(bytes)) * 10;
	while (tenths >= 10_000 && unit < UNITS.length - 1) {
		tenths = Math.round(tenths / 1000);
		unit++;
	}
	if (unit === 0) return `${formatInteger(tenths / 10, locale)} ${UNITS[0]}`;
	const whole = Math.floor(tenths / 10);
	return `${formatInteger(whole, locale)}${SEPARATORS[locale].decimal}${tenths % 10} ${UNITS[unit]}`;
}
