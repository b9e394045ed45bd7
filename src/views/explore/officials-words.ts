/**
 * The officials and rankings pages' words: their page area (and the explore index's, which says
 * what each page shows) join the catalogue when this chunk loads; `t` reads them, typed.
 */
import type { I18n, MessageKey, MessageVars } from '../../lib/i18n/i18n.svelte';
import { addPageArea } from '../../lib/i18n/messages';
import { exploreIndexMessages, type ExploreIndexKey } from '../../lib/i18n/messages/explore-index';
import {
	exploreOfficialsMessages,
	type ExploreOfficialsKey
} from '../../lib/i18n/messages/explore-officials';

addPageArea(exploreOfficialsMessages);
addPageArea(exploreIndexMessages);

export type OfficialsKey = ExploreOfficialsKey | ExploreIndexKey | MessageKey;

/** `t` for these pages' keys, in the language `i18n` shows. */
export function officialsWords(i18n: I18n): (key: OfficialsKey, vars?: MessageVars) => string {
	return (key, vars) => i18n.translate(key, vars);
}
