/**
 * What keeps the app's parts in step for as long as it runs: the profile follows the address,
 * the search index follows the data version, the address follows what is typed, the page
 * drawn follows the address (PageHold), and focus and scroll follow the page. App.svelte makes
 * the parts and draws the page; this class holds every effect between them, so tests can drive
 * it with stand-ins.
 */
import { untrack } from 'svelte';
import { pageTitle } from '../router/page-title';
import type { Route } from '../router/routes';
import { ScrollMemory } from '../router/scroll-memory';
import { markForBench } from '../start/bench-mark';
import { nextTask } from '../start/next-task';
import { settledWithin, whenIdle } from '../start/when-idle';
import { PageHold } from './page-hold.svelte';
import type { PageScroll, SessionParts } from './session-parts';

/** How long typing must pause before the address takes the text. */
export const URL_PAUSE_MS = 300;

/** The pages drawn from stored first answers (explore-first-view.ts), and how long their search load waits for idle. */
const STORE_DRAWN = ['explore-donations', 'explore-officials', 'explore-rankings', 'flags'];
const SEARCH_AFTER_MS = 1000;
/** The longest the profile pages' read-ahead waits for the search index. */
const WARM_AFTER_AT_MOST_MS = 10_000;

export class AppSession {
	readonly #parts: SessionParts;
	readonly #hold: PageHold;
	#scroll: PageScroll | undefined;
	/** The address's route; the header follows it at once. */
	readonly route: Route;
	/** The entity the address names, if any. */
	readonly entityId: string | undefined;
	/** The installed data's version; undefined until there is data. */
	readonly version: string | undefined;
	readonly showInstall = $derived.by(() => {
		const { progress, isReady, updateVersion } = this.#parts.appData;
		return (
			progress.phase === 'failed' ||
			(!isReady && progress.phase !== 'idle') ||
			updateVersion !== undefined
		);
	});
	/** False while a staged start has drawn only the header. */
	isPageShown: boolean;
	/** The page's element, focused after each navigation (App binds it). */
	main = $state<HTMLElement>();
	/** The connection finder's ends, by name, for its title. */
	connectNames = $state.raw<{ a?: string; b?: string }>({});
	readonly title = $derived.by(() => {
		const { profiles, i18n } = this.#parts;
		const id = this.entityId;
		const entity = profiles.profile?.entity.id === id ? profiles.profile?.entity.name : undefined;
		const isMissing = id !== undefined && profiles.id === id && profiles.isNotFound;
		return pageTitle(this.route, { entity, isMissing, ...this.connectNames }, i18n.t);
	});

	/** Must be made during a component's setup (App.svelte) or inside $effect.root. */
	constructor(parts: SessionParts) {
		this.#parts = parts;
		this.route = $derived(parts.router.route);
		this.entityId = $derived('id' in this.route ? this.route.id : undefined);
		this.version = $derived(parts.appData.bundle?.manifest.version);
		this.isPageShown = $state(!parts.isStaged);
		const { profiles } = parts;
		this.#hold = new PageHold(
			() => this.route,
			(id) =>
				profiles.profile?.entity.id === id ||
				(profiles.id === id && !profiles.isLoading) ||
				this.version === undefined
		);
		$effect(() => untrack(() => this.#mount()));
		this.#follow();
		this.#focusPages();
	}

	/** The route whose page is drawn (PageHold): a profile's waits for its data, briefly. */
	get shown() {
		return this.#hold.shown;
	}

	/**
	 * The first visit's start, as short tasks: the header (the first render), then the page,
	 * then the data, whose first transaction in a new database is slow to set up.
	 */
	#mount(): () => void {
		const { appData, search, createScroll = () => new ScrollMemory() } = this.#parts;
		const scroll = createScroll();
		this.#scroll = scroll;
		let isMounted = true;
		void (async () => {
			await nextTask();
			if (!isMounted) return;
			this.isPageShown = true;
			await nextTask();
			// A start with data stored checks for a new version once its search index is read.
			if (isMounted) await appData.start(undefined, { after: search.indexed });
		})();
		return () => {
			isMounted = false;
			scroll.destroy();
		};
	}

	#follow(): void {
		const { router, appData, profiles, search, institutions, i18n, preload } = this.#parts;
		const root = this.#parts.root ?? document.documentElement;
		$effect(() => {
			root.lang = i18n.locale;
		});

		// The profile follows the address, the data version (an update reloads it) and the groups
		// of files installed (selective install: facts fetched or removed).
		$effect(() => {
			const id = this.entityId;
			const version = this.version;
			void appData.bundle?.installed;
			if (id === undefined || version === undefined) return;
			untrack(() => void profiles.load(id));
		});

		// A first install's search documents are stored before the rest of its core: search
		// works from then on; the load once the core is in keeps that index (SearchState.load).
		// Should that install fail, its version is removed, and so is the index made from it.
		let searchedEarly: string | undefined;
		$effect(() => {
			const early = appData.searchVersion;
			if (this.version !== undefined) return;
			if (early !== undefined) {
				searchedEarly = early;
				untrack(() => void search.load(early, { isEarly: true }));
			} else if (searchedEarly !== undefined) {
				searchedEarly = undefined;
				untrack(() => search.clear());
			}
		});

		// The search index is rebuilt for each installed version.
		$effect(() => {
			const version = this.version;
			if (version === undefined) return;
			markForBench('plainview:data-ready', { version });
			// A page drawn from the explore pages' stored answers needs no index to be drawn: the
			// reader worker builds it (and loads the explore engine) once the page is idle.
			const isDrawnFromStore = untrack(() => STORE_DRAWN.includes(this.route.name));
			const load = () => {
				// Not a version that newer data replaced meanwhile.
				if (untrack(() => this.version) === version) void search.load(version);
			};
			if (isDrawnFromStore) void whenIdle(SEARCH_AFTER_MS).then(load);
			else untrack(load);
		});

		// Effects run after the DOM update, so this marks a profile drawn (read by npm run bench).
		$effect(() => {
			const id = profiles.profile?.entity.id;
			if (id !== undefined) markForBench('plainview:profile-drawn', { id });
		});

		// What is typed on the search or home page becomes the permalink, without a history entry
		// per key, once typing pauses. (Not before the page is shown: the page first takes its
		// text from the address.)
		$effect(() => {
			const text = search.text;
			if (!this.isPageShown) return;
			untrack(() => {
				const at = router.route.name;
				if (at === 'search') router.replaceSoon({ name: 'search', q: text }, URL_PAUSE_MS);
				else if (at === 'home') router.replaceSoon({ name: 'home', q: text }, URL_PAUSE_MS);
			});
		});

		// The home page's box holds what its address says (empty when opened from a link), with
		// no filters: it has no controls to show or clear them.
		$effect.pre(() => {
			const shown = this.shown;
			if (shown.name !== 'home') return;
			const text = shown.q ?? '';
			untrack(() => {
				search.text = text;
				if (Object.keys(search.filters).length > 0) search.filters = {};
			});
		});

		// Once the data is there, the search index read and the page idle, the first profile's
		// pack lists are read ahead (again when a group of files is installed), and the profile
		// pages' code is fetched. Not before the index: at the full-size set the lists are
		// 250,000 keys, read on this thread, and a page waiting for its index looks idle.
		$effect(() => {
			void appData.bundle?.installed;
			if (this.version === undefined || typeof requestIdleCallback !== 'function') return;
			let idle: number | undefined;
			let isGone = false;
			void settledWithin(search.indexed, WARM_AFTER_AT_MOST_MS).then(() => {
				if (isGone) return;
				idle = requestIdleCallback(
					() => {
						void appData.store.warm().catch(() => {});
						void preload?.().catch(() => {});
					},
					{ timeout: 3000 }
				);
			});
			return () => {
				isGone = true;
				if (idle !== undefined) cancelIdleCallback(idle);
			};
		});

		$effect(() => {
			const version = this.version;
			if (this.route.name !== 'institutions' || version === undefined) return;
			untrack(
				() => void institutions.load(version, (onPack) => appData.store.eachSearchPack(onPack))
			);
		});
	}

	/**
	 * After a navigation, focus moves to the page so reading (and screen readers) start at the
	 * top, and the page starts at its top, or where it was left when Back brought it back.
	 */
	#focusPages(): void {
		// Keyed on a string: typing on the search page replaces the address (a new route object)
		// and must not take the focus out of the search box.
		const page = $derived(`${this.shown.name}|${'id' in this.shown ? this.shown.id : ''}`);
		let isFirstRoute = true;
		$effect(() => {
			void page;
			if (isFirstRoute) isFirstRoute = false;
			else
				untrack(() => {
					this.main?.focus({ preventScroll: true });
					this.#scroll?.pageShown();
				});
		});
	}
}
