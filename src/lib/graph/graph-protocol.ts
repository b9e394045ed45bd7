/**
 * Graph queries travel over the search worker's port (that worker already holds every
 * entity's name), as messages of their own type so the search client never sees them.
 */
import type { NeighbourQuery, Neighbours, PathQuery, PathResult } from './graph-types';

export type GraphCall =
	| { call: 'neighbours'; node: string; query?: NeighbourQuery }
	| { call: 'paths'; from: string; to: string; query: PathQuery };

export type GraphRequest = { type: 'graph'; id: number } & GraphCall;

export type GraphResponse =
	| { type: 'graph'; id: number; ok: true; neighbours: Neighbours }
	| { type: 'graph'; id: number; ok: true; paths: PathResult }
	/** `missing`: the installed bundle has no graph file. */
	| { type: 'graph'; id: number; ok: false; missing: boolean; reason: string };
