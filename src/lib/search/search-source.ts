/** Reads search docs out of storage for the reader worker. */
import type { SearchDoc } from '../../model/types';
import type { PlainviewDb, SearchPack } from '../storage/db';
import { decodePackLines } from '../storage/pack-codec';
import { readPacks } from '../storage/pack-reads';
import { activeRow } from '../storage/versions';
import { joinDocLines, type DocLines } from './packed-docs';

/**
 * Every search doc of `version` (by default the active version in meta row 'active'), pack
 * by pack in id order, parsed and as the JSON Lines the page keeps (packed-docs.ts).
 */
export async function readSearchDocs(
	db: PlainviewDb,
	version?: string
): Promise<{ version: string; docs: SearchDoc[]; lines: DocLines }> {
	const chosen = version ?? (await activeRow(db))?.version;
	if (chosen === undefined) throw new Error('no active data version; install a bundle first');
	const stored = await readPacks(db, chosen, 'search');
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
