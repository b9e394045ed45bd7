/** The interface languages. Data is always shown as published, whatever the locale. */
export const LOCALES = ['lv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
	return value === 'lv' || value === 'en';
}
