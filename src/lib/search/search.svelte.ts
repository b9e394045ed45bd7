/**
 * Search as you type: every change of text or filters sends a query to the worker at once
 * (no debounce; a query takes milliseconds), and answers to older queries are dropped.
 */
import type { SearchClient } from './search-client';
import type { SearchFacets, SearchFilters, SearchHit } from './search-types';
import { isUnfiltered } from './doc-filter';

export { createSearchClient, createSearchWorker, type SearchClient } from './search-client';

/**
 * A User Timing mark for `npm run bench` (tests/bench/probes.ts records it); the previous
 * one is cleared so marks never pile up. jsdom has no performance.mark.
 */
function markForBench(name: string, detail: unknown): void {
	if (typeof performance.mark !== 'function') return;
	performance.clearMarks(name);
	performance.mark(name, { detail });
}

export class SearchState {
	#text = $state('');
	#filters = $state.raw<SearchFilters>({});
	/** Hits for the latest query, best first; replaced, never mutated. */
	results = $state.raw<SearchHit[]>([]);
	/** The option the arrow keys point at; -1 for none. */
	active = $state(-1);
	/** The index is loading or the latest query has not been answered yet. */
	isLoading = $state(false);
	/** True once the worker has built the index. */
	isReady = $state(false);
	/** How long the worker took for the latest answer. */
	lastTookMs = $state<number | undefined>();
	facets = $state.raw<SearchFacets>({ parties: [] });
	error = $state<string | undefined>();

	readonly #client: SearchClient;
	readonly #limit: number;
	#latest = 0;
	#pending = 0;

	constructor(client: SearchClient, { limit = 50 }: { limit?: number } = {}) {
		this.#client = client;
		this.#limit = limit;
	}

	get text(): string {
		return this.#text;
	}
	set text(text: string) {
		if (text === this.#text) return;
		this.#text = text;
		this.#send();
	}

	get filters(): SearchFilters {
		return this.#filters;
	}
	set filters(filters: SearchFilters) {
		this.#filters = filters;
		this.#send();
	}

	/** Sets one filter; undefined (or an empty list) removes it. */
	setFilter<K extends keyof SearchFilters>(key: K, value: SearchFilters[K]): void {
		const next: SearchFilters = { ...this.#filters };
		if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
		else next[key] = value;
		this.filters = next;
	}

	get activeHit(): SearchHit | undefined {
		return this.results[this.active];
	}

	/** Moves the active option by `step`, wrapping around the ends. */
	move(step: number): void {
		const count = this.results.length;
		if (count === 0) return;
		const from = this.active < 0 ? (step > 0 ? -1 : count) : this.active;
		this.active = (((from + step) % count) + count) % count;
	}

	/** Builds the index in the worker; queries typed meanwhile are answered once it is ready. */
	async load(version?: string): Promise<void> {
		this.isLoading = true;
		this.isReady = false;
		this.error = undefined;
		try {
			const loaded = await this.#client.load(version);
			this.facets = loaded.facets;
			this.isReady = true;
			markForBench('plainview:searchable', { docs: loaded.docs, tookMs: loaded.tookMs });
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.isLoading = this.#pending > 0;
		}
		// A query sent before the load finished was answered from the old (or no) index.
		this.#send();
	}

	#send(): void {
		const id = ++this.#latest;
		const filters = this.#filters;
		if (this.#text.trim() === '' && isUnfiltered(filters)) {
			this.results = [];
			this.active = -1;
			return;
		}
		this.#pending++;
		this.isLoading = true;
		const text = this.#text;
		markForBench('plainview:search-sent', { text });
		this.#client
			.search({ text: this.#text, filters, limit: this.#limit })
			.then(
				(answer) => {
					if (id !== this.#latest) return;
					this.results = answer.hits;
					this.active = -1;
					this.lastTookMs = answer.tookMs;
					this.error = undefined;
					markForBench('plainview:search-answered', {
						text,
						tookMs: answer.tookMs,
						ids: answer.hits.slice(0, 10).map((hit) => hit.doc.id)
					});
				},
				(error: unknown) => {
					if (id === this.#latest)
						this.error = error instanceof Error ? error.message : String(error);
				}
			)
			.finally(() => {
				this.#pending--;
				if (id === this.#latest) this.isLoading = false;
			});
	}
}
