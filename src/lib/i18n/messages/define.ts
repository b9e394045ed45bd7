/** One area's messages: Latvian and English with the same keys (checked by the compiler and a test). */
export interface MessageArea<K extends string> {
	lv: Readonly<Record<K, string>>;
	en: Readonly<Record<K, string>>;
}

/**
 * Declares an area's messages; an English key missing or extra is a type error.
 * Values may hold `{name}` placeholders, filled by `I18n.t`.
 */
export function defineMessages<const L extends Record<string, string>>(
	lv: L,
	en: { readonly [K in keyof L]: string }
): MessageArea<keyof L & string> {
	return { lv, en };
}
