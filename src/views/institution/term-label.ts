/** Words for a Saeima term in the interface language: "13." in Latvian, "13th" in English. */
import type { Locale } from '../../lib/format/locale';

const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const english = new Intl.PluralRules('en', { type: 'ordinal' });

/**
 * @example ordinal(13, 'lv') // '13.'
 * @example ordinal(22, 'en') // '22nd'
 */
export function ordinal(n: number, locale: Locale): string {
	return locale === 'lv' ? `${n}.` : `${n}${SUFFIX[english.select(n)] ?? 'th'}`;
}
