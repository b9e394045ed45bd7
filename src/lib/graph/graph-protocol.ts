/**
 * The graph service of the reader worker (reader/), over worker-rpc.ts: that worker holds
 * every entity's name, which the graph file lacks.
 */
import type { NeighbourQuery, Neighbours, PathQuery, PathResult } from './graph-types';

/** The service's name on the reader worker. */
export const GRAPH_SERVICE = 'graph';

export type GraphRequest =
	| { call: 'neighbours'; node: string; query?: NeighbourQuery }
	| { call: 'paths'; from: string; to: string; query: PathQuery };

export type GraphResponse =
	| { ok: true; neighbours: Neighbours }
	| { ok: true; paths: PathResult }
	/** `missing`: the installed bundle has no graph file. */
	| { ok: false; missing: boolean; reason: string };
