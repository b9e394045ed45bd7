/** The message catalogue: every area merged, one table per locale. */
import type { Locale } from '../../format/locale';
import type { MessageArea } from './define';
import { commonMessages } from './common';
import { companyMessages } from './company';
import { connectMessages } from './connect';
import { declarationMessages } from './declaration';
import { donationMessages } from './donation';
import { exploreMessages } from './explore';
import { filesMessages } from './files';
import { financesMessages } from './finances';
import { flagsMessages } from './flags';
import { graphMessages } from './graph';
import { installMessages } from './install';
import { institutionMessages } from './institution';
import { offlineMessages } from './offline';
import { officialsMessages } from './officials';
import { pagesMessages } from './pages';
import { partyMessages } from './party';
import { personMessages } from './person';
import { relationMessages } from './relation';
import { rowsMessages } from './rows';
import { searchMessages } from './search';
import { sourcesMessages } from './sources';
import { timelineMessages } from './timeline';

/** Every area, in one list so a test can check that no two areas define the same key. */
export const MESSAGE_AREAS = {
	common: commonMessages,
	install: installMessages,
	offline: offlineMessages,
	person: personMessages,
	declaration: declarationMessages,
	donation: donationMessages,
	party: partyMessages,
	company: companyMessages,
	relation: relationMessages,
	institution: institutionMessages,
	sources: sourcesMessages,
	files: filesMessages,
	connect: connectMessages,
	graph: graphMessages,
	// The explore pages (issue 15); each overview adds its keys here.
	explore: exploreMessages,
	// The officials' declarations and rankings pages' titles (their words: explore-officials.ts).
	officials: officialsMessages,
	// Page titles and the home page's data summary (issue 13, links and pages).
	pages: pagesMessages,
	// Owned by the performance work: long tables drawn a page at a time.
	rows: rowsMessages,
	timeline: timelineMessages,
	// Red flags (issue 16): the menu, the section's heading and count, the search marker.
	flags: flagsMessages,
	// Owned by the search engineer (src/lib/search); merged here so one catalogue serves all.
	search: searchMessages,
	// Party finances (issue 15): the explore page's title.
	finances: financesMessages
};

type Areas = typeof MESSAGE_AREAS;
type KeysOf<A> = A extends { lv: Readonly<Record<infer K, string>> } ? K : never;
export type MessageKey = { [A in keyof Areas]: KeysOf<Areas[A]> }[keyof Areas];

function merge(locale: Locale): Readonly<Record<MessageKey, string>> {
	return Object.assign({}, ...Object.values(MESSAGE_AREAS).map((area) => area[locale]));
}

export const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
	lv: merge('lv'),
	en: merge('en')
};

/**
 * Page areas: the words of a page or section loaded as a chunk of its own (the explore pages,
 * the flags page, a profile's flags and a party's finances), kept out of the first load. The
 * chunk adds its area (addPageArea) as it loads, and reads its keys with `I18n.translate`;
 * tests load them all from here to check them like the rest.
 */
export const PAGE_AREAS = {
	exploreIndex: () => import('./explore-index').then((module) => module.exploreIndexMessages),
	exploreDonations: () =>
		import('./explore-donations').then((module) => module.exploreDonationsMessages),
	exploreOfficials: () =>
		import('./explore-officials').then((module) => module.exploreOfficialsMessages),
	// Red flags opened (profiles' flags section, the flags page), their figures, the flags page.
	flagDetails: () => import('./flag-details').then((module) => module.flagDetailsMessages),
	flagFigures: () => import('./flag-figures').then((module) => module.flagFiguresMessages),
	flagsPage: () => import('./flags-page').then((module) => module.flagsPageMessages),
	// Selective install: what to keep on this device, a profile's missing facts.
	keep: () => import('./keep').then((module) => module.keepMessages),
	// Party finances: the party page's section and the explore page.
	financesPage: () => import('./finances-page').then((module) => module.financesPageMessages)
};

/** Adds a page area's words to both locales; a key already there is left as it was. */
export function addPageArea(area: MessageArea<string>): void {
	for (const locale of ['lv', 'en'] as const) {
		const table = MESSAGES[locale] as Record<string, string>;
		for (const [key, text] of Object.entries(area[locale]))
			if (!Object.hasOwn(table, key)) table[key] = text;
	}
}
