/**
 * The words of selective install (messages/keep.ts), a page area that joins the catalogue when
 * a chunk holding this module loads (the choice, a profile); `keepWords` reads them, typed.
 */
import type { I18n, MessageVars } from '../i18n/i18n.svelte';
import { addPageArea } from '../i18n/messages';
import { keepMessages, type KeepKey } from '../i18n/messages/keep';

addPageArea(keepMessages);

export type KeepWords = (key: KeepKey, vars?: MessageVars) => string;

/** `t` for the keep area's keys, in the language `i18n` shows. */
export function keepWords(i18n: I18n): KeepWords {
	return (key, vars) => i18n.translate(key, vars);
}
