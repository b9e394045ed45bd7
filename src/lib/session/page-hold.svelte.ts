/**
 * The page drawn, which may trail the address for a moment. A profile route is drawn once its
 * data is read, or after HOLD_MS (as loading): the reads need not wait behind taking down the
 * previous page, and the new page is drawn once, with its data. Other routes are drawn at once.
 */
import { untrack } from 'svelte';
import type { Route } from '../router/routes';

/** The longest the previous page stays while a profile is read. */
export const HOLD_MS = 150;

export class PageHold {
	/** The route whose page is drawn. */
	shown: Route;
	/** The route being held back, and since when. */
	#heldSince: { route: Route; at: number } | undefined;

	/**
	 * `route` is the address's route; `isRead(id)` says whether the profile `id` is read (or
	 * cannot be: no data yet). Both are read in an effect, so they may be reactive. Must be
	 * made during a component's setup or inside $effect.root.
	 */
	constructor(route: () => Route, isRead: (id: string) => boolean) {
		this.shown = $state.raw(untrack(route));
		$effect.pre(() => {
			const next = route();
			const id = 'id' in next ? next.id : undefined;
			if (id === undefined || isRead(id) || untrack(() => this.shown) === next) {
				this.#heldSince = undefined;
				this.shown = next;
				return;
			}
			if (this.#heldSince?.route !== next) this.#heldSince = { route: next, at: performance.now() };
			const left = HOLD_MS - (performance.now() - this.#heldSince.at);
			const timer = setTimeout(() => (this.shown = next), left);
			return () => clearTimeout(timer);
		});
	}
}
