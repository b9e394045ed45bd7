/**
 * Search as you type: every change of text or filters searches at once, in this thread, in
 * the same task (no debounce; a query takes a few ms), so the results are drawn in the frame
 * that shows the letter typed. The worker only builds the index (index-snapshot.ts says why).
 */
import type { SearchDoc } from '../../model/types';
import { markForBench } from '../start/bench-mark';
import type { SearchClient } from './search-client';
import { isUnfiltered } from './doc-filter';
import type { SearchAnswer } from './search-protocol';
import type { SearchFacets, SearchFilters, SearchHit, SearchQuery } from './search-types';

export { createSearchClient, type SearchClient } from './search-client';

export class SearchState {
	#text = $state('');
	#filters = $state.raw<SearchFilters>({});
	/** Hits for the latest query, best first; replaced, never mutated. */
	results = $state.raw<SearchHit[]>([]);
	/** The option the arrow keys point at; -1 for none. */
	active = $state(-1);
	/** The index is loading (queries typed meanwhile are answered once it is here). */
	isLoading = $state(false);
	/** True once the worker has built the index. */
	isReady = $state(false);
	/** How long the latest search took. */
	lastTookMs = $state<number | undefined>();
	facets = $state.raw<SearchFacets>({ parties: [] });
	error = $state<string | undefined>();

	readonly #client: SearchClient;
	readonly #limit: number;
	/** Searches the index; an update's new index replaces it once built. */
	#search: ((query: SearchQuery) => SearchHit[]) | undefined;
	/** Settles when the first index is here. */
	#markIndexed: () => void = () => {};
	readonly #indexed = new Promise<void>((resolve) => (this.#markIndexed = resolve));
	#loads = 0;
	/** The latest load asked for; `loaded` settles true once its index is here. */
	#latest: { version?: string; isEarly: boolean; loaded: Promise<boolean> } | undefined;

	/** Settles when the first index is here (never, should every load fail). */
	get indexed(): Promise<void> {
		return this.#indexed;
	}

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

	/**
	 * Has the worker build the index of `version`, and answer there what is typed now;
	 * until it is here the previous index (if any) still answers. Only the latest load's
	 * index is kept. `isEarly`: a first install's version whose search docs are stored
	 * before the rest of its core; when it is then loaded as active, its index stays and
	 * the worker is only told (no second build).
	 */
	async load(version?: string, { isEarly = false }: { isEarly?: boolean } = {}): Promise<void> {
		const latest = this.#latest;
		if (!isEarly && latest?.isEarly && version !== undefined && latest.version === version) {
			this.#latest = { ...latest, isEarly: false };
			if (await latest.loaded) {
				await this.#client.activate(version).catch((error: unknown) => {
					this.error = error instanceof Error ? error.message : String(error);
				});
				return;
			}
			// The early load failed: this one builds the index.
		}
		let settle: (isLoaded: boolean) => void = () => {};
		const loaded = new Promise<boolean>((resolve) => (settle = resolve));
		this.#latest = { version, isEarly, loaded };
		try {
			await this.#loadIndex(version, isEarly, settle);
		} finally {
			settle(false);
		}
	}

	async #loadIndex(
		version: string | undefined,
		isEarly: boolean,
		settle: (isLoaded: boolean) => void
	): Promise<void> {
		const load = ++this.#loads;
		this.isLoading = true;
		this.isReady = this.#search !== undefined;
		this.error = undefined;
		let answer: SearchAnswer | undefined;
		try {
			const loaded = await this.#client.load(version, this.#query(), { isEarly });
			if (load !== this.#loads) return;
			settle(true);
			this.#search = loaded.search;
			this.#markIndexed();
			this.facets = loaded.facets;
			this.isReady = true;
			answer = loaded.answer;
			markForBench('plainview:searchable', {
				docs: loaded.docs,
				tookMs: loaded.tookMs,
				isStored: loaded.isStored === true
			});
		} catch (error) {
			if (load === this.#loads) this.error = error instanceof Error ? error.message : String(error);
		} finally {
			if (load === this.#loads) this.isLoading = false;
		}
		if (load !== this.#loads) return;
		// Typed on meanwhile, or filtered: the page searches again.
		if (answer && sameQuery(answer.query, this.#query())) {
			markForBench('plainview:search-sent', { text: answer.query.text });
			this.#show(answer.query.text, answer.hits, answer.tookMs);
		} else this.#send();
	}

	/**
	 * Drops the index and its results: the version it was loaded from early is gone (its first
	 * install failed). A load still on its way is not kept either.
	 */
	clear(): void {
		this.#loads++;
		this.#latest = undefined;
		this.#search = undefined;
		this.isReady = false;
		this.isLoading = false;
		this.facets = { parties: [] };
		this.results = [];
		this.active = -1;
	}

	/** Docs for `text`, best first (pickers); none before the index is here. */
	find(text: string, limit = 8): SearchDoc[] {
		if (!this.#search || text.trim() === '') return [];
		return this.#search({ text, limit }).map((hit) => hit.doc);
	}

	/** find(), once there is an index: what a picker typed early is answered when it comes. */
	async findWhenReady(text: string, limit = 8): Promise<SearchDoc[]> {
		await this.#indexed;
		return this.find(text, limit);
	}

	/** What there is to search for; undefined for blank text and no filters. */
	#query(): SearchQuery | undefined {
		if (this.#text.trim() === '' && isUnfiltered(this.#filters)) return undefined;
		return { text: this.#text, filters: this.#filters, limit: this.#limit };
	}

	#send(): void {
		const query = this.#query();
		if (!query) {
			this.results = [];
			this.active = -1;
			return;
		}
		// Typed before the index is here: load() has it answered.
		if (!this.#search) return;
		markForBench('plainview:search-sent', { text: query.text });
		const started = performance.now();
		let hits: SearchHit[] = [];
		try {
			hits = this.#search(query);
			this.error = undefined;
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		}
		this.#show(query.text, hits, performance.now() - started);
	}

	#show(text: string, hits: SearchHit[], tookMs: number): void {
		this.results = hits;
		this.lastTookMs = tookMs;
		this.active = -1;
		markForBench('plainview:search-answered', {
			text,
			tookMs,
			ids: hits.slice(0, 10).map((hit) => hit.doc.id)
		});
	}
}

function sameQuery(a: SearchQuery, b: SearchQuery | undefined): boolean {
	return (
		b !== undefined &&
		a.text === b.text &&
		a.limit === b.limit &&
		JSON.stringify(a.filters ?? {}) === JSON.stringify(b.filters ?? {})
	);
}
