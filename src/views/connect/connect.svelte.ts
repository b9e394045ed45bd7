/**
 * The connection finder's state: the two ends by id, the paths between them from the graph
 * worker, and the full relations behind each hop, read from the fact groups of its ends.
 */
import type { FactGroup } from '../../model/bundle-format';
import type { Entity, EntityRef } from '../../model/types';
import { GraphMissingError } from '../../lib/graph/graph-client';
import type { GraphQueries, PathResult } from '../../lib/graph/graph-types';
import { hopRelations, NO_RELATIONS, type HopRelation } from './hop-relations';

export type ConnectStatus = 'pick' | 'same' | 'searching' | 'found' | 'none' | 'missing' | 'error';

export const PATH_QUERY = { maxHops: 4, limit: 5 } as const;

export interface ConnectReads {
	getEntity(id: string): Promise<Entity | undefined>;
	getGroup(id: string): Promise<FactGroup | undefined>;
}

export function entityRef(entity: Entity): EntityRef {
	return { id: entity.id, name: entity.name, kind: 'kind' in entity ? entity.kind : 'person' };
}

export class ConnectState {
	status = $state<ConnectStatus>('pick');
	result = $state.raw<PathResult | undefined>();
	/** The relations behind each hop, by edgeKey; filled after the paths arrive. */
	relations = $state.raw<ReadonlyMap<string, HopRelation[]>>(NO_RELATIONS);
	/** The two ends' names, once read. */
	ends = $state.raw<[EntityRef | undefined, EntityRef | undefined]>([undefined, undefined]);
	error = $state<string | undefined>();
	readonly #graph: GraphQueries;
	readonly #reads: ConnectReads;
	#latest = 0;

	constructor(graph: GraphQueries, reads: ConnectReads) {
		this.#graph = graph;
		this.#reads = reads;
	}

	/** Looks up both ends and the paths between them; older answers are dropped. */
	async find(a: string | undefined, b: string | undefined, includePossible: boolean) {
		const ticket = ++this.#latest;
		const current = () => ticket === this.#latest;
		this.result = undefined;
		this.relations = NO_RELATIONS;
		this.error = undefined;
		const ends = await Promise.all(
			[a, b].map((id) => (id ? this.#reads.getEntity(id) : undefined))
		);
		if (!current()) return;
		this.ends = [ends[0] && entityRef(ends[0]), ends[1] && entityRef(ends[1])];
		if (!a || !b) return void (this.status = 'pick');
		if (a === b) return void (this.status = 'same');
		this.status = 'searching';
		try {
			const result = await this.#graph.paths(a, b, { ...PATH_QUERY, includePossible });
			if (!current()) return;
			this.result = result;
			this.status = result.paths.length > 0 ? 'found' : 'none';
			const relations = await hopRelations(result, (id) => this.#reads.getGroup(id));
			if (current()) this.relations = relations;
		} catch (error) {
			if (!current()) return;
			this.status = error instanceof GraphMissingError ? 'missing' : 'error';
			this.error = error instanceof Error ? error.message : String(error);
		}
	}
}
