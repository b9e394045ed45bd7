/** Reads search docs out of Dexie for the search worker. */
import Dexie from 'dexie';
import type { SearchDoc } from '../../model/types';
import type { PlainviewDb, SearchPack } from '../data/db';
import { decodePackLines } from '../data/pack-codec';
import { joinDocLines, type DocLines } from './packed-docs';

/**
 * Every search doc of `version` (by default the active version in meta row 'active'), pack
 * by pack in id order, parsed and as the JSON Lines the page keeps (packed-docs.ts).
 */
export async function readSearchDocs(
	db: PlainviewDb,
	version?: string
): Promise<{ version: string; docs: SearchDoc[]; lines: DocLines }> {
	const chosen = version ?? (await db.meta.get('active'))?.version;
	if (chosen === undefined) throw new Error('no active data version; install a bundle first');
	const stored = await db.packs
		.where('[version+kind+first]')
		.between([chosen, 'search', Dexie.minKey], [chosen, 'search', Dexie.maxKey])
		.toArray();
	const docs: SearchDoc[] = [];
	const packs: Uint8Array[] = [];
	const counts: number[] = [];
	for (const row of stored) {
		const { pack, lines } = await decodePackLines<SearchPack>(row);
		for (const doc of pack.items) docs.push(doc);
		packs.push(lines);
		counts.push(pack.items.length);
	}
	return { version: chosen, docs, lines: joinDocLines(packs, counts) };
}
