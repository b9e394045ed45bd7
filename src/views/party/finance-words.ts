/**
 * Party finances' words (finances-page.ts): a page area that joins the catalogue when the chunk
 * holding this module (a party's page, the party finances page) loads; `financeWords` reads
 * them, typed.
 */
import type { I18n, MessageKey, MessageVars } from '../../lib/i18n/i18n.svelte';
import { addPageArea } from '../../lib/i18n/messages';
import { financesPageMessages, type FinancesPageKey } from '../../lib/i18n/messages/finances-page';

addPageArea(financesPageMessages);

export type FinanceWordKey = FinancesPageKey | MessageKey;

/** `t` for the party finances' keys, in the language `i18n` shows. */
export function financeWords(i18n: I18n): (key: FinanceWordKey, vars?: MessageVars) => string {
	return (key, vars) => i18n.translate(key, vars);
}
