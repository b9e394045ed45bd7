/** One end of the connection finder: search as you type, arrow keys, pick a result. */
import type { SearchDoc } from '../../model/types';

/** Top matches for a text; the app passes the reader worker's search client. */
export type FindDocs = (text: string) => Promise<SearchDoc[]>;

export class PickerState {
	text = $state('');
	/** Matches for the latest text; replaced, never mutated. */
	results = $state.raw<SearchDoc[]>([]);
	active = $state(-1);
	isLoading = $state(false);
	error = $state<string | undefined>();
	readonly #find: FindDocs;
	#latest = 0;

	constructor(find: FindDocs) {
		this.#find = find;
	}

	/** Sets the text and asks for matches; answers to older texts are dropped. */
	async type(text: string): Promise<void> {
		this.text = text;
		const ticket = ++this.#latest;
		if (text.trim() === '') {
			this.results = [];
			this.active = -1;
			this.isLoading = false;
			return;
		}
		this.isLoading = true;
		try {
			const docs = await this.#find(text);
			if (ticket !== this.#latest) return;
			this.results = docs;
			this.active = -1;
			this.error = undefined;
		} catch (error) {
			if (ticket === this.#latest)
				this.error = error instanceof Error ? error.message : String(error);
		} finally {
			if (ticket === this.#latest) this.isLoading = false;
		}
	}

	move(step: 1 | -1): void {
		const n = this.results.length;
		if (n === 0) return;
		// Positions -1 (the text) … n - 1, wrapping round.
		this.active = ((this.active + 1 + step + n + 1) % (n + 1)) - 1;
	}

	/** The doc Enter picks: the highlighted one, else the first. */
	get chosen(): SearchDoc | undefined {
		return this.results[this.active] ?? this.results[0];
	}

	clear(): void {
		this.#latest++;
		this.text = '';
		this.results = [];
		this.active = -1;
		this.isLoading = false;
	}
}
