/**
 * The fact groups that hold a party's donations and fees: its own (anonymous gifts) and its
 * payers', found through the graph file (a hub lists no payers in its own group). Reads only
 * the packs that hold them, a batch at a time; with no graph file, every facts pack. For the
 * party export worker: a big party's groups are thousands of records.
 */
import type { FactGroup } from '../../model/bundle-format';
import type { FactPack, PlainviewDb } from '../storage/db';
import { decodePack } from '../storage/pack-codec';
import { readGraph, readPackFirsts, readPacksByKey, type PackKey } from '../storage/pack-reads';
import { packFirst } from '../storage/packs';
import { activeRow, groupSpace } from '../storage/versions';
import { mergeParts } from '../reads/merge-parts';
import { payersInGraph } from './party-ledger';

/** Pack rows read per request: a few MB of compressed groups at most. */
const BATCH = 50;

export async function readPartyGroups(db: PlainviewDb, party: string): Promise<FactGroup[]> {
	const active = await activeRow(db);
	if (active === undefined) throw new Error('no data installed');
	const { version } = active;
	const graph = await readGraph(db, version);
	const wanted = graph ? new Set([party, ...payersInGraph(graph, party)]) : undefined;
	// In a bundle with groups, the core parts and each installed group's parts, joined per entity.
	const installed = active.installed ?? (active.manifest.groups ?? []).map((g) => g.id);
	const parts = new Map<string, FactGroup[]>();
	for (const space of [version, ...installed.map((g) => groupSpace(version, g))]) {
		for (const group of await readSpace(db, space, wanted))
			parts.set(group.entity, [...(parts.get(group.entity) ?? []), group]);
	}
	return [...parts.values()].map(([first, ...rest]) =>
		first!.parts ? mergeParts(first!, rest) : first!
	);
}

async function readSpace(
	db: PlainviewDb,
	space: string,
	wanted: ReadonlySet<string> | undefined
): Promise<FactGroup[]> {
	const firsts = await readPackFirsts(db, space, 'facts');
	const needed = wanted ? packsHolding(firsts, [...wanted]) : firsts;
	const groups: FactGroup[] = [];
	for (let i = 0; i < needed.length; i += BATCH) {
		const rows = await readPacksByKey(
			db,
			needed.slice(i, i + BATCH).map((first): PackKey => [space, 'facts', first])
		);
		for (const row of rows) {
			if (!row) continue;
			const pack = await decodePack<FactPack>(row);
			for (const group of pack.items) if (!wanted || wanted.has(group.entity)) groups.push(group);
		}
	}
	return groups;
}

/** The first ids of the packs that would hold the ids (each pack: from its first id to the next). */
function packsHolding(firsts: readonly string[], ids: readonly string[]): string[] {
	const held = new Set(ids.map((id) => packFirst(firsts, id)));
	return firsts.filter((first) => held.has(first));
}
