/** The parts AppSession keeps in step, as much of each as it reads (tests pass stand-ins). */
import type { I18n } from '../i18n/i18n.svelte';
import type { Router } from '../router/router.svelte';
import type { ScrollMemory } from '../router/scroll-memory';
import type { SearchState } from '../search/search.svelte';
import type { SearchDoc } from '../../model/types';

/** Hands over the search documents a pack at a time (BundleStore.eachSearchPack). */
export type EachSearchPack = (onPack: (docs: SearchDoc[]) => void) => Promise<void>;

/** Scroll positions per history entry (ScrollMemory). */
export type PageScroll = Pick<ScrollMemory, 'pageShown' | 'destroy'>;

/** What the session reads of the data (AppData). */
export interface SessionData {
	readonly bundle:
		| { readonly manifest: { readonly version: string }; readonly installed?: readonly string[] }
		| undefined;
	readonly isReady: boolean;
	readonly progress: { readonly phase: string };
	readonly updateVersion: string | undefined;
	/** A first install's version searchable before the rest of its core is stored. */
	readonly searchVersion?: string | undefined;
	/** Opens the stored data, then checks for a new version, with data stored after `after`. */
	start(baseUrl?: string, options?: { after?: Promise<unknown> }): Promise<void>;
	readonly store: { warm(): Promise<void>; eachSearchPack: EachSearchPack };
}

/** What the session reads of the profile being shown (ProfileState). */
export interface SessionProfiles {
	readonly id: string | undefined;
	readonly profile: { readonly entity: { readonly id: string; readonly name: string } } | undefined;
	readonly isLoading: boolean;
	readonly isNotFound: boolean;
	load(id: string): Promise<void>;
}

export interface SessionParts {
	router: Pick<Router, 'route' | 'replaceSoon'>;
	appData: SessionData;
	profiles: SessionProfiles;
	search: Pick<SearchState, 'text' | 'filters' | 'load' | 'clear'> & {
		readonly indexed?: Promise<void>;
	};
	/** The elected bodies' list (views/institution/institution-list.svelte.ts). */
	institutions: { load(version: string, eachSearchPack: EachSearchPack): Promise<void> };
	i18n: Pick<I18n, 'locale' | 't'>;
	/** Draws the header first and the page in a task after it (src/main.ts). */
	isStaged?: boolean;
	/** Fetches the profile pages' code ahead, once the page is idle. */
	preload?: () => Promise<unknown>;
	/** Keeps scroll positions per history entry; made once the app is mounted. */
	createScroll?: () => PageScroll;
	/** The element whose `lang` follows the language; the document's by default. */
	root?: HTMLElement;
}
