/**
 * The interface language. Every string a user reads comes from the catalogue through `t`;
 * data from the bundles is never translated.
 */
import { createContext } from 'svelte';
import { isLocale, type Locale } from '../format/locale';
import { MESSAGES, type MessageKey } from './messages';

export type { Locale } from '../format/locale';
export type { MessageKey } from './messages';

export type MessageVars = Readonly<Record<string, string | number>>;

const STORAGE_KEY = 'plainview.locale';

/** Latvian when any preferred language is Latvian (`lv`, `lv-LV`), English otherwise. */
export function pickLocale(languages: readonly string[]): Locale {
	return languages.some((language) => language.toLowerCase().startsWith('lv')) ? 'lv' : 'en';
}

/** Fills `{name}` placeholders; a placeholder with no value is left as is, so the gap shows. */
export function fillMessage(template: string, vars: MessageVars = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = vars[name];
		return value === undefined ? whole : String(value);
	});
}

export interface I18nOptions {
	/** Preferred languages, most preferred first; defaults to `navigator.languages`. */
	languages?: readonly string[];
	/** Where the user's choice is kept; null keeps nothing. Defaults to `localStorage`. */
	storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

export class I18n {
	locale = $state<Locale>('en');
	readonly #storage: Pick<Storage, 'getItem' | 'setItem'> | null;

	constructor(options: I18nOptions = {}) {
		this.#storage = options.storage === undefined ? defaultStorage() : options.storage;
		const saved = readSaved(this.#storage);
		this.locale = saved ?? pickLocale(options.languages ?? browserLanguages());
	}

	/** Switches the language and remembers the choice. */
	setLocale(locale: Locale): void {
		this.locale = locale;
		try {
			this.#storage?.setItem(STORAGE_KEY, locale);
		} catch {
			// Private mode or a full quota: the choice then lasts for this visit only.
		}
	}

	/** The message for `key` in the current language, placeholders filled from `vars`. */
	t = (key: MessageKey, vars?: MessageVars): string =>
		fillMessage(MESSAGES[this.locale][key], vars);

	/**
	 * `t` for callers that hold keys as plain strings (the search components); an unknown key
	 * is returned as is, so a gap in the catalogue shows instead of breaking the page.
	 */
	translate = (key: string, vars?: MessageVars): string => {
		const table: Readonly<Record<string, string>> = MESSAGES[this.locale];
		return Object.hasOwn(table, key) ? fillMessage(table[key] ?? key, vars) : key;
	};
}

function browserLanguages(): readonly string[] {
	if (typeof navigator === 'undefined') return [];
	return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

function defaultStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

function readSaved(storage: Pick<Storage, 'getItem'> | null): Locale | undefined {
	try {
		const saved = storage?.getItem(STORAGE_KEY);
		return isLocale(saved) ? saved : undefined;
	} catch {
		return undefined;
	}
}

export const [getI18n, setI18n] = createContext<I18n>();
