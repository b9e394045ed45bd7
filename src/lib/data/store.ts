/**
 * Reads for the page: the active bundle, one entity, one fact group, one profile. Each
 * record lookup is one range query (the pack whose first id is the greatest ≤ the id)
 * and a binary search inside it. No DOM, so a search worker can use it too.
 */
import Dexie from 'dexie';
import type { FactGroup } from '../../model/bundle-format';
import type { Entity, SearchDoc } from '../../model/types';
import type { GraphPack, Pack, PackKind, PlainviewDb } from './db';
import { compareIds, findSorted } from './packs';
import type { Profile, StoredBundle } from './profile';
import { decodePack } from './pack-codec';
import { assembleProfile, emptyGroup, linkedCompanyIds, type LinkedRead } from './profiles';
import { activeRow } from './versions';

/** Packs of records found by id; the graph pack is read whole by the graph worker instead. */
type RecordKind = Exclude<PackKind, 'graph'>;
type PackOf<K extends RecordKind> = Extract<Exclude<Pack, GraphPack>, { kind: K }>;
type ItemOf<K extends RecordKind> = PackOf<K>['items'][number];

export class BundleStore {
	readonly #db: PlainviewDb;
	/** The active version, read once: every lookup needs it, and it changes only on install. */
	#version: Promise<string | undefined> | undefined;

	constructor(db: PlainviewDb) {
		this.#db = db;
	}

	/** Reads the meta table afresh (and refreshes the cached version). */
	async activeBundle(): Promise<StoredBundle | undefined> {
		const row = await activeRow(this.#db);
		this.#version = Promise.resolve(row?.version);
		return row && { manifest: row.manifest, storedAt: row.storedAt };
	}

	getEntity(id: string): Promise<Entity | undefined> {
		return this.#read((version) => this.#find(version, 'entities', id));
	}

	getGroup(id: string): Promise<FactGroup | undefined> {
		return this.#read((version) => this.#find(version, 'facts', id));
	}

	/** The entity, its facts, and its linked companies with their tax totals; undefined for an unknown id. */
	loadProfile(id: string): Promise<Profile | undefined> {
		return this.#read(
			async (version) => {
				const entity = await this.#find(version, 'entities', id);
				if (!entity) return undefined;
				const group = await this.#find(version, 'facts', id);
				const ids = linkedCompanyIds(id, group ?? emptyGroup(id));
				const entities = await this.#findMany(version, 'entities', ids);
				const groups = await this.#findMany(version, 'facts', ids);
				const linked = new Map<string, LinkedRead>(
					ids.map((other) => [other, { entity: entities.get(other), group: groups.get(other) }])
				);
				return assembleProfile(entity, group, linked);
			},
			{ isMultiRead: true }
		);
	}

	/** Every search document of the active version, a pack at a time, so no single read blocks long. */
	async eachSearchPack(onPack: (docs: SearchDoc[]) => void): Promise<void> {
		const version = await this.#activeVersion();
		if (version === undefined) return;
		// Read first, decode after: a Dexie iteration must not await other work between rows.
		const stored = await this.#db.packs
			.where('[version+kind+first]')
			.between([version, 'search', Dexie.minKey], [version, 'search', Dexie.maxKey], true, true)
			.toArray();
		for (const row of stored) {
			const pack = await decodePack(row);
			if (pack.kind === 'search') onPack(pack.items);
		}
	}

	#activeVersion(): Promise<string | undefined> {
		this.#version ??= activeRow(this.#db).then((row) => row?.version);
		return this.#version;
	}

	/**
	 * Runs a lookup on the cached version. An update removes a version's packs only after
	 * another version became active, so when the meta row still names the version after the
	 * reads, they all saw it whole. Otherwise (a miss, or a multi-read lookup that the meta row
	 * no longer vouches for) the lookup runs again on the version now active. Not one Dexie
	 * transaction: native await chains that deep commit it early (PrematureCommitError).
	 */
	async #read<T>(
		lookup: (version: string) => Promise<T | undefined>,
		{ isMultiRead = false } = {}
	): Promise<T | undefined> {
		let version = await this.#activeVersion();
		for (let attempt = 0; version !== undefined && attempt < 3; attempt++) {
			const found = await lookup(version);
			if (found !== undefined && !isMultiRead) return found;
			const current = (await this.activeBundle())?.manifest.version;
			if (current === version) return found;
			version = current;
		}
		return undefined;
	}

	async #pack<K extends RecordKind>(
		version: string,
		kind: K,
		id: string
	): Promise<PackOf<K> | undefined> {
		const pack = await this.#db.packs
			.where('[version+kind+first]')
			.between([version, kind, Dexie.minKey], [version, kind, id], true, true)
			.last();
		if (!pack || compareIds(id, pack.last) > 0) return undefined;
		// The key range holds only packs of this kind, so the narrowing is safe.
		return decodePack<PackOf<K>>(pack);
	}

	async #find<K extends RecordKind>(
		version: string,
		kind: K,
		id: string
	): Promise<ItemOf<K> | undefined> {
		const pack = await this.#pack(version, kind, id);
		return pack && findIn(pack, id);
	}

	/** Sorted ids often share a pack (a company's neighbours): each pack is read once. */
	async #findMany<K extends RecordKind>(
		version: string,
		kind: K,
		ids: readonly string[]
	): Promise<Map<string, ItemOf<K>>> {
		const found = new Map<string, ItemOf<K>>();
		let pack: PackOf<K> | undefined;
		for (const id of [...ids].sort(compareIds)) {
			if (!pack || compareIds(id, pack.first) < 0 || compareIds(id, pack.last) > 0) {
				pack = await this.#pack(version, kind, id);
			}
			const item = pack && findIn(pack, id);
			if (item) found.set(id, item);
		}
		return found;
	}
}

function findIn<K extends RecordKind>(pack: PackOf<K>, id: string): ItemOf<K> | undefined {
	const items: readonly (Entity | FactGroup | SearchDoc)[] = pack.items;
	// A pack holds items of its own kind only; TypeScript cannot follow K through the union.
	return findSorted(items, id, keyOf) as ItemOf<K> | undefined;
}

function keyOf(item: Entity | FactGroup | SearchDoc): string {
	return 'entity' in item ? item.entity : item.id;
}
