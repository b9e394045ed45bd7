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

	constructor(win: RouterWindow = window) {
		this.#window = win;
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

	/** Navigates with a new history entry (back returns here). */
	go(route: Route): void {
		const hash = formatHash(route);
		if (this.#window.location.hash !== hash) this.#window.location.hash = hash;
	}

	/** Changes the address without a history entry (canonical forms, redirects). */
	replace(route: Route): void {
		this.#window.history.replaceState(this.#window.history.state, '', formatHash(route));
		this.#version++;
	}
}

export const [getRouter, setRouter] = createContext<Router>();
