/**
 * The graph page's state: filters, depth, neighbour lists fetched from the graph index (or
 * the profile alone when there is no index), hub pages, and the ego network they make.
 */
import type { FactGroup } from '../../model/bundle-format';
import { RELATION_KINDS, type Relation, type RelationKind } from '../../model/types';
import type { Profile } from '../reads/profile';
import { buildEgoNetwork, type EgoEdge, type EgoFilter, type EgoGraph } from './ego-network';
import { GraphMissingError } from './graph-client';
import type { GraphQueries } from './graph-types';
import {
	emptyMap,
	frozenMap,
	unknownNeighbours,
	withEntry,
	withPage,
	type NeighbourLists
} from './neighbour-lists';
import { profileNeighbours, relationsByEdge } from './profile-neighbours';
import type { GraphOptions } from '../router/view-options';

/** Neighbours drawn per node before the rest become one aggregate node. */
export const HUB_LIMIT = 25;
/** Neighbours added each time an aggregate node is expanded. */
export const PAGE_SIZE = 50;
/** Neighbours fetched per node for depth 2 (more come page by page). */
const FETCH_LIMIT = 200;

export class GraphState {
	readonly #base: ReturnType<typeof profileNeighbours>;
	readonly #queries: GraphQueries | undefined;
	depth = $state<1 | 2>(1);
	kinds = $state<RelationKind[]>([...RELATION_KINDS]);
	includePossible = $state(false);
	yearFrom = $state<number | undefined>();
	yearTo = $state<number | undefined>();
	isLoading = $state(false);
	/** Options from the address are being put in place (apply): not a reader's change. */
	isApplying = $state(false);
	error = $state<string | undefined>();
	/** The bundle has no graph file (built before graphs, or its graph was too big for the app). */
	isGraphMissing = $state(false);
	#neighbours = $state.raw<NeighbourLists>(emptyMap());
	#expanded = $state.raw<ReadonlyMap<string, number>>(emptyMap());
	#kindTotals = $state.raw<ReadonlyMap<string, ReadonlyMap<RelationKind, number>>>(emptyMap());

	constructor(profile: Profile, queries: GraphQueries | undefined) {
		this.#base = profileNeighbours(profile);
		this.#queries = queries;
		this.#neighbours = withEntry(emptyMap(), profile.entity.id, this.#base.list);
	}

	get hasIndex(): boolean {
		return this.#queries !== undefined;
	}

	filter: EgoFilter = $derived.by(() => {
		const from = this.yearFrom ?? -Infinity;
		const to = this.yearTo ?? Infinity;
		const hasYears = this.yearFrom !== undefined || this.yearTo !== undefined;
		return {
			kinds: this.kinds,
			includePossible: this.includePossible,
			...(hasYears ? { years: [from, to] as const } : {})
		};
	});

	// A method, so the derived reads fields the constructor sets (TS checks initialisers' order).
	graph: EgoGraph = $derived.by(() => this.#build());

	#build(): EgoGraph {
		return buildEgoNetwork(
			{
				centre: this.#base.centre,
				depth: this.#queries ? this.depth : 1,
				neighbours: this.#neighbours,
				details: this.#base.details,
				totals: this.#base.totals,
				linked: this.#base.linked,
				unlistedKind: this.#base.unlistedKind,
				hubLimit: HUB_LIMIT,
				expanded: this.#expanded,
				kindTotals: this.#kindTotals
			},
			this.filter
		);
	}

	/** Fetches the centre's neighbours from the index, and at depth 2 those of its neighbours. */
	async load(): Promise<void> {
		const queries = this.#queries;
		if (!queries) return;
		this.isLoading = true;
		this.error = undefined;
		try {
			const centre = this.#base.centre.id;
			const own = await queries.neighbours(centre, { includePossible: true, limit: FETCH_LIMIT });
			let next = withPage(this.#neighbours, centre, own);
			if (own.total > own.edges.length) await this.#countKinds(queries, centre);
			if (this.depth === 2) next = await this.#ring2(queries, next, centre);
			this.#neighbours = next;
		} catch (error) {
			// Not a failure to report: the profile's own relations are still drawn.
			if (error instanceof GraphMissingError) this.isGraphMissing = true;
			else this.error = String(error);
		} finally {
			this.isLoading = false;
		}
	}

	/** How many neighbours of each kind a node has, so a partial list's rest is labelled by kind. */
	async #countKinds(queries: GraphQueries, id: string): Promise<void> {
		if (this.#kindTotals.has(id)) return;
		const counts = await Promise.all(
			RELATION_KINDS.map((kind) =>
				queries.neighbours(id, { kinds: [kind], includePossible: true, limit: 0 })
			)
		);
		const byKind = frozenMap(RELATION_KINDS.map((kind, i) => [kind, counts[i]!.total] as const));
		this.#kindTotals = withEntry(this.#kindTotals, id, byKind);
	}

	async #ring2(queries: GraphQueries, known: NeighbourLists, centre: string) {
		const missing = unknownNeighbours(known, centre);
		const lists = await Promise.all(
			missing.map((id) => queries.neighbours(id, { includePossible: true, limit: FETCH_LIMIT }))
		);
		await Promise.all(
			missing
				.filter((_, i) => lists[i]!.total > lists[i]!.edges.length)
				.map((id) => this.#countKinds(queries, id))
		);
		return lists.reduce((all, list, i) => withPage(all, missing[i]!, list), known);
	}

	/** What the page shows, as the address keeps it (defaults left out). */
	get options(): GraphOptions {
		const hide = RELATION_KINDS.filter((kind) => !this.kinds.includes(kind));
		const expanded = [...this.#expanded].map(
			([hub, shown]) => [hub, Math.ceil(shown / PAGE_SIZE)] as [string, number]
		);
		return {
			...(this.depth === 2 && { depth: 2 as const }),
			...(hide.length > 0 && { hide }),
			...(this.includePossible && { possible: true as const }),
			...(this.yearFrom !== undefined && { yearFrom: this.yearFrom }),
			...(this.yearTo !== undefined && { yearTo: this.yearTo }),
			...(expanded.length > 0 && { expanded })
		};
	}

	/** Shows what `options` ask for (a shared link): filters, depth, then the hubs' pages. */
	async apply(options: GraphOptions): Promise<void> {
		this.isApplying = true;
		try {
			this.depth = options.depth ?? 1;
			this.kinds = RELATION_KINDS.filter((kind) => !options.hide?.includes(kind));
			this.includePossible = options.possible === true;
			this.yearFrom = options.yearFrom;
			this.yearTo = options.yearTo;
			this.#expanded = emptyMap();
			await this.load();
			for (const [hub, pages] of options.expanded ?? []) {
				for (let page = 0; page < pages; page++) await this.expand(hub);
			}
		} catch (error) {
			this.error = String(error);
		} finally {
			this.isApplying = false;
		}
	}

	async setDepth(depth: 1 | 2): Promise<void> {
		this.depth = depth;
		if (depth === 2) await this.load();
	}

	/** Shows the next page of a hub's neighbours, fetching them from the index first. */
	async expand(hub: string): Promise<void> {
		const shown = this.#expanded.get(hub) ?? 0;
		const list = this.#neighbours.get(hub);
		const queries = this.#queries;
		if (queries && list && list.edges.length < list.total) {
			const page = await queries.neighbours(hub, {
				includePossible: true,
				offset: list.edges.length,
				limit: PAGE_SIZE
			});
			this.#neighbours = withPage(this.#neighbours, hub, page);
		}
		this.#expanded = withEntry(this.#expanded, hub, shown + PAGE_SIZE);
	}

	/** More of a hub can be shown: the index can page, or the list holds more than is drawn. */
	canExpand(hub: string): boolean {
		const drawn = HUB_LIMIT + (this.#expanded.get(hub) ?? 0);
		return this.hasIndex || (this.#neighbours.get(hub)?.edges.length ?? 0) > drawn;
	}

	setKind(kind: RelationKind, isOn: boolean): void {
		this.kinds = isOn ? [...this.kinds, kind] : this.kinds.filter((k) => k !== kind);
	}
}

/** An edge's relations, read from the fact group of either end when the centre's did not hold them. */
export class EdgeDetails {
	edge = $state.raw<EgoEdge | undefined>();
	relations = $state.raw<Relation[]>([]);
	isLoading = $state(false);
	readonly #readGroup: (id: string) => Promise<FactGroup | undefined>;
	#latest = 0;

	constructor(readGroup: (id: string) => Promise<FactGroup | undefined>) {
		this.#readGroup = readGroup;
	}

	async show(edge: EgoEdge | undefined): Promise<void> {
		const request = ++this.#latest;
		this.edge = edge;
		this.relations = edge?.relations ?? [];
		if (!edge || edge.relations.length > 0 || edge.total || edge.from.startsWith('more:')) return;
		this.isLoading = true;
		try {
			for (const end of [edge.from, edge.to]) {
				const group = await this.#readGroup(end);
				const found = group ? (relationsByEdge(group.relations).get(edge.id) ?? []) : [];
				if (found.length > 0) {
					if (request === this.#latest) this.relations = found;
					break;
				}
			}
		} finally {
			if (request === this.#latest) this.isLoading = false;
		}
	}
}
