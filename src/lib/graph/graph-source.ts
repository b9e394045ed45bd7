/** Reads the graph pack out of Dexie for the worker that answers graph queries. */
import Dexie from 'dexie';
import type { GraphBody } from '../../model/graph-file';
import type { GraphPack, PlainviewDb } from '../data/db';
import { decodePack } from '../data/pack-codec';

/** The graph of `version`; undefined when its bundle had no graph file. */
export async function readGraph(db: PlainviewDb, version: string): Promise<GraphBody | undefined> {
	const row = await db.packs
		.where('[version+kind+first]')
		.between([version, 'graph', Dexie.minKey], [version, 'graph', Dexie.maxKey], true, true)
		.first();
	return row && (await decodePack<GraphPack>(row)).items[0];
}
