/**
 * The explorer's words: its page area joins the catalogue when this chunk loads, and `t` reads
 * its keys (typed) through I18n.translate, which knows keys added after the first load.
 */
import type { I18n, MessageVars } from '../../lib/i18n/i18n.svelte';
import { addPageArea } from '../../lib/i18n/messages';
import {
	exploreDonationsMessages,
	type ExploreDonationsKey
} from '../../lib/i18n/messages/explore-donations';

addPageArea(exploreDonationsMessages);

export type ExploreKey = ExploreDonationsKey;

/** `t` for the explorer's own keys, in the language `i18n` shows. */
export function exploreWords(i18n: I18n): (key: ExploreKey, vars?: MessageVars) => string {
	return (key, vars) => i18n.translate(key, vars);
}
