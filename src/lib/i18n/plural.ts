/** Which form a count takes: the singular or the plural, by each language's rule. */
import type { Locale } from '../format/locale';

export type PluralForm = 'one' | 'other';

/**
 * English takes the singular for 1 only; Latvian for every whole number ending in 1 except
 * those ending in 11 (1, 21, 101 ceļš; 11, 12 ceļi).
 * @example pluralForm('lv', 21) // 'one'
 */
export function pluralForm(locale: Locale, count: number): PluralForm {
	if (!Number.isInteger(count)) return 'other';
	if (locale === 'en') return count === 1 ? 'one' : 'other';
	const n = Math.abs(count);
	return n % 10 === 1 && n % 100 !== 11 ? 'one' : 'other';
}
