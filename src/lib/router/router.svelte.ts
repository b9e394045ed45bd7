/**
 * The current route, read from `location.hash`. Back and forward work because every
 * navigation is a real history entry and the route follows `hashchange`.
 */
import { createContext } from 'svelte';
import { on } from 'svelte/events';
import { createSubscriber } from 'svelte/reactivity';
import { formatHash, parseHash, type Route } from './routes';

/** What the router needs of `window`; tests pass a stand-in. */
export type RouterWindow = Pick<
	Window,
	'location' | 'history' | 'addEventListener' | 'removeEventListener'
>;

export class Router {
	readonly #window: RouterWindow;
	readonly #subscribe: () => void;
	#version = $state(0);
	/** A replace waiting for a pause, and the address it was asked for on. */
	#pending: { route: Route; on: string; timer: ReturnType<typeof setTimeout> } | undefined;

	constructor(win: RouterWindow = window) {
		this.#window = win;
		// A click on a plain link navigates after the click's listeners: the waiting replace
		// is made first, so back returns to what was typed last, not the query before it.
		win.addEventListener('click', () => this.#flush(), { capture: true });
		this.#subscribe = createSubscriber((update) =>
			on(win as Window, 'hashchange', () => {
				update();
			})
		);
	}

	/** The current route; reactive in templates, $derived and effects. */
	get route(): Route {
		this.#subscribe();
		void this.#version;
		return parseHash(this.#window.location.hash);
	}

	/** Navigates with a new history entry (back returns here, as last replaced). */
	go(route: Route): void {
		this.#flush();
		const hash = formatHash(route);
		if (this.#window.location.hash !== hash) this.#window.location.hash = hash;
	}

	/** Changes the address without a history entry (canonical forms, redirects). */
	replace(route: Route): void {
		this.#cancel();
		this.#window.history.replaceState(this.#window.history.state, '', formatHash(route));
		this.#version++;
	}

	/**
	 * Replaces the address once `delayMs` pass without another call, e.g. the query being
	 * typed: each replace re-derives the route and costs the key about a millisecond. A
	 * navigation (go, or any click, which may follow a link) first makes the waiting replace;
	 * one the address has left (back, forward) is dropped.
	 */
	replaceSoon(route: Route, delayMs: number): void {
		this.#cancel();
		const on = this.#window.location.hash;
		this.#pending = { route, on, timer: setTimeout(() => this.#flush(), delayMs) };
	}

	#flush(): void {
		const pending = this.#pending;
		this.#cancel();
		if (!pending || this.#window.location.hash !== pending.on) return;
		if (formatHash(pending.route) !== pending.on) this.replace(pending.route);
	}

	#cancel(): void {
		if (this.#pending) clearTimeout(this.#pending.timer);
		this.#pending = undefined;
	}
}

export const [getRouter, setRouter] = createContext<Router>();
