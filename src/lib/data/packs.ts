/**
 * Packing: a bundle file becomes rows of a few hundred records (search documents: two
 * thousand), and one record is found again by binary search inside its row. Pure, so it is tested without IndexedDB.
 */
import type { BundleFile, FactGroup } from '../../model/bundle-format';
import type { Entity, SearchDoc } from '../../model/types';
import type { EntityPack, FactPack, GraphPack, Pack, SearchPack } from './db';

/**
 * Rows big enough that a million records are a few thousand puts, small enough that opening
 * one (gunzip, the dearest step of a profile read) takes about a millisecond. Deflate looks
 * back only 32 KB, so smaller packs compress almost as well.
 */
export const PACK_ENTITIES = 250;
export const PACK_FACT_RECORDS = 250;
export const PACK_SEARCH_DOCS = 2_000;

/**
 * Compares ids the way IndexedDB orders string keys (UTF-16 code units), which is also how
 * the builder sorts; localeCompare would disagree and lose records at pack boundaries.
 */
export function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function packFile(version: string, file: BundleFile): Pack[] {
	switch (file.kind) {
		case 'entities':
			return packEntities(version, [...file.people, ...file.organisations]);
		case 'facts':
			return packFacts(version, file.groups);
		case 'search':
			return packSearch(version, file.docs);
		case 'graph': {
			const { format: _format, kind: _kind, ...body } = file;
			return [packGraph(version, body)];
		}
	}
}

export function packGraph(version: string, body: GraphPack['items'][number]): GraphPack {
	return {
		version,
		kind: 'graph',
		first: body.nodes[0] ?? '',
		last: body.nodes.at(-1) ?? '',
		records: body.edges.length / 3,
		items: [body]
	};
}

export function packEntities(version: string, entities: Entity[]): EntityPack[] {
	// A file lists people, then organisations: merge them into one id order.
	const sorted = [...entities].sort((a, b) => compareIds(a.id, b.id));
	return slices(sorted, PACK_ENTITIES).map((items) => ({
		version,
		kind: 'entities',
		first: items[0]!.id,
		last: items.at(-1)!.id,
		records: items.length,
		items
	}));
}

export function packSearch(version: string, docs: SearchDoc[]): SearchPack[] {
	const sorted = [...docs].sort((a, b) => compareIds(a.id, b.id));
	return slices(sorted, PACK_SEARCH_DOCS).map((items) => ({
		version,
		kind: 'search',
		first: items[0]!.id,
		last: items.at(-1)!.id,
		records: items.length,
		items
	}));
}

/** Whole groups only: one entity's facts are always one read. */
export function packFacts(version: string, groups: FactGroup[]): FactPack[] {
	const sorted = [...groups].sort((a, b) => compareIds(a.entity, b.entity));
	const packs: FactPack[] = [];
	let items: FactGroup[] = [];
	let records = 0;
	const flush = () => {
		if (items.length === 0) return;
		packs.push({
			version,
			kind: 'facts',
			first: items[0]!.entity,
			last: items.at(-1)!.entity,
			records,
			items
		});
		items = [];
		records = 0;
	};
	for (const group of sorted) {
		items.push(group);
		records += groupRecords(group);
		if (records >= PACK_FACT_RECORDS) flush();
	}
	flush();
	return packs;
}

/** Facts in a group; at least 1, so a run of empty groups still ends a pack. */
export function groupRecords(group: FactGroup): number {
	const n =
		group.declarations.length +
		group.donations.length +
		group.taxTotals.length +
		group.relations.length;
	return Math.max(1, n);
}

/** Binary search over items sorted by `key`; undefined when the id is not there. */
export function findSorted<T>(
	items: readonly T[],
	id: string,
	key: (item: T) => string
): T | undefined {
	const i = findSortedIndex(items, id, key);
	return i < 0 ? undefined : items[i];
}

/** The index of the item with this id in items sorted by `key`, or -1. */
export function findSortedIndex<T>(
	items: readonly T[],
	id: string,
	key: (item: T) => string
): number {
	let lo = 0;
	let hi = items.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >>> 1;
		const order = compareIds(key(items[mid]!), id);
		if (order === 0) return mid;
		if (order < 0) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

function slices<T>(items: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let start = 0; start < items.length; start += size)
		out.push(items.slice(start, start + size));
	return out;
}
