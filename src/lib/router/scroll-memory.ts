/**
 * Scroll positions per history entry: a page opened anew starts at its top, and Back (or
 * Forward) returns to where the reader was. The browser's own restoration cannot do this for
 * hash routes: it scrolls before the page is drawn (profiles are read, graphs laid out), so
 * it is switched off and each entry gets a key in `history.state` to file its position under.
 */

/** What the memory needs of `window`; tests pass a stand-in. */
export type ScrollWindow = Pick<
	Window,
	| 'history'
	| 'scrollY'
	| 'scrollTo'
	| 'addEventListener'
	| 'removeEventListener'
	| 'requestAnimationFrame'
	| 'cancelAnimationFrame'
>;

const KEY = 'plainviewScroll';
/** How long a restore keeps trying while the page grows to its old height. */
const RESTORE_MS = 3000;
/** Positions kept (one per history entry); the oldest go first. */
const KEPT = 200;

type EntryState = Record<string, unknown> & { [KEY]?: string };

export class ScrollMemory {
	readonly #window: ScrollWindow;
	readonly #positions = new Map<string, number>();
	#current: string;
	#next = 0;
	#restoring: (() => void) | undefined;
	readonly #stop: () => void;

	constructor(win: ScrollWindow = window) {
		this.#window = win;
		win.history.scrollRestoration = 'manual';
		this.#current = this.#keyOfEntry();
		const onHashChange = () => {
			this.#save();
			this.#current = this.#keyOfEntry();
		};
		// A reader's own scroll ends a restore that is still waiting for the page to grow.
		const onUserScroll = () => this.#cancel();
		win.addEventListener('hashchange', onHashChange);
		for (const type of ['wheel', 'touchstart', 'keydown'] as const)
			win.addEventListener(type, onUserScroll, { passive: true });
		this.#stop = () => {
			win.removeEventListener('hashchange', onHashChange);
			for (const type of ['wheel', 'touchstart', 'keydown'] as const)
				win.removeEventListener(type, onUserScroll);
		};
	}

	/**
	 * Called once a new page is drawn: back at the saved position of this history entry, or at
	 * the top of a page not seen in this entry before.
	 */
	pageShown(): void {
		this.#cancel();
		const target = this.#positions.get(this.#current) ?? 0;
		if (Math.abs(this.#window.scrollY - target) < 2) return;
		this.#window.scrollTo(0, target);
		if (target === 0 || Math.abs(this.#window.scrollY - target) < 2) return;
		// The page is still shorter than it was (data and layout come in): try each frame.
		const started = Date.now();
		let frame = 0;
		const retry = () => {
			this.#window.scrollTo(0, target);
			const isThere = Math.abs(this.#window.scrollY - target) < 2;
			if (isThere || Date.now() - started > RESTORE_MS) this.#restoring = undefined;
			else frame = this.#window.requestAnimationFrame(retry);
		};
		frame = this.#window.requestAnimationFrame(retry);
		this.#restoring = () => this.#window.cancelAnimationFrame(frame);
	}

	destroy(): void {
		this.#cancel();
		this.#stop();
	}

	#cancel(): void {
		this.#restoring?.();
		this.#restoring = undefined;
	}

	#save(): void {
		this.#positions.delete(this.#current);
		this.#positions.set(this.#current, this.#window.scrollY);
		if (this.#positions.size > KEPT) {
			const oldest = this.#positions.keys().next().value;
			if (oldest !== undefined) this.#positions.delete(oldest);
		}
	}

	/** The current entry's key, given one (kept by later replaceState calls) if it has none. */
	#keyOfEntry(): string {
		const { history } = this.#window;
		const state = (history.state ?? {}) as EntryState;
		const known = state[KEY];
		if (typeof known === 'string') return known;
		const key = `${Date.now().toString(36)}-${this.#next++}`;
		history.replaceState({ ...state, [KEY]: key }, '');
		return key;
	}
}
