/** Reads search docs out of Dexie for the search worker. */
import Dexie from 'dexie';
import type { SearchDoc } from '../../model/types';
import type { PlainviewDb, SearchPack } from '../data/db';

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
	const packs = (await db.packs
		.where('[version+kind+first]')
		.between([chosen, 'search', Dexie.minKey], [chosen, 'search', Dexie.maxKey])
		.toArray()) as SearchPack[];
	return { version: chosen, docs: packs.flatMap((pack) => pack.items) };
}
