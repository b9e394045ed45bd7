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
	| 'document'
>;

const KEY = 'plainviewScroll';
/** How long a restore keeps trying while the page grows to its old height. */
const RESTORE_MS = 3000;
/** Frames the page's height must hold still, at the target, before a restore is done. */
const STILL_FRAMES = 10;
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
	/**
	 * Where the page is scrolled to, as its scroll events last said. Read here rather than
	 * `scrollY`, which makes the browser lay out a page just drawn before its frame does (about
	 * 40 ms of a party page's first draw, done again when the frame lays out what followed).
	 */
	#y: number;

	constructor(win: ScrollWindow = window) {
		this.#window = win;
		win.history.scrollRestoration = 'manual';
		this.#current = this.#keyOfEntry();
		this.#y = win.scrollY;
		const onScroll = () => (this.#y = win.scrollY);
		win.addEventListener('scroll', onScroll, { passive: true });
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
			win.removeEventListener('scroll', onScroll);
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
		if (target === 0) {
			if (this.#y !== 0) this.#window.scrollTo(0, 0);
			return;
		}
		this.#window.scrollTo(0, target);
		// The page is still being drawn (data and layout come in): the position is set again each
		// frame until the height holds still. Scroll anchoring is off meanwhile, or growth above
		// the fold would carry the page past the place the reader left.
		const root = this.#window.document.documentElement;
		root.style.overflowAnchor = 'none';
		const started = Date.now();
		let height = -1;
		let still = 0;
		let frame = 0;
		const retry = () => {
			this.#window.scrollTo(0, target);
			const now = root.scrollHeight;
			const isThere = Math.abs(this.#window.scrollY - target) < 2;
			still = isThere && now === height ? still + 1 : 0;
			height = now;
			if (still >= STILL_FRAMES || Date.now() - started > RESTORE_MS) this.#cancel();
			else frame = this.#window.requestAnimationFrame(retry);
		};
		frame = this.#window.requestAnimationFrame(retry);
		this.#restoring = () => {
			this.#window.cancelAnimationFrame(frame);
			root.style.overflowAnchor = '';
		};
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
		this.#positions.set(this.#current, this.#y);
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
