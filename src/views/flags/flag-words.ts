/**
 * A red flag's words: each kind's rule and the labels of an opened flag (flag-details.ts) and
 * the names of its figures (flag-figures.ts), page areas that join the catalogue when the chunk
 * holding this module (a profile's, the flags page's) loads; `flagWords` reads them, typed.
 */
import type { I18n, MessageKey, MessageVars } from '../../lib/i18n/i18n.svelte';
import { addPageArea } from '../../lib/i18n/messages';
import { flagDetailsMessages, type FlagDetailsKey } from '../../lib/i18n/messages/flag-details';
import { flagFiguresMessages } from '../../lib/i18n/messages/flag-figures';

addPageArea(flagDetailsMessages);
addPageArea(flagFiguresMessages);

export type FlagWordKey = FlagDetailsKey | MessageKey;

/** `t` for a flag's keys (and a page's own, `K`), in the language `i18n` shows. */
export function flagWords<K extends string = never>(
	i18n: I18n
): (key: FlagWordKey | K, vars?: MessageVars) => string {
	return (key, vars) => i18n.translate(key, vars);
}
