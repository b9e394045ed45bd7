/** Reads search docs out of Dexie for the search worker. */
import Dexie from 'dexie';
import type { SearchDoc } from '../../model/types';
import type { PlainviewDb, SearchPack } from '../data/db';
import { decodePack } from '../data/pack-codec';

/**
 * Every search doc of `version` (by default the active version in meta row 'active'), pack
 * by pack in id order.
 */
export async function readSearchDocs(
	db: PlainviewDb,
	version?: string
): Promise<{ version: string; docs: SearchDoc[] }> {
	const chosen = version ?? (await db.meta.get('active'))?.version;
	if (chosen === undefined) throw new Error('no active data version; install a bundle first');
	const stored = await db.packs
		.where('[version+kind+first]')
		.between([chosen, 'search', Dexie.minKey], [chosen, 'search', Dexie.maxKey])
		.toArray();
	const docs: SearchDoc[] = [];
	for (const row of stored)
		for (const doc of (await decodePack<SearchPack>(row)).items) docs.push(doc);
	return { version: chosen, docs };
}
