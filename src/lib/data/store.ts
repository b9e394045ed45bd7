/**
 * Reads for the page: the active bundle, one entity, one fact group, one profile. Each
 * record lookup is one range query (the pack whose first id is the greatest ≤ the id)
 * and a binary search inside it. No DOM, so a search worker can use it too.
 */
import Dexie from 'dexie';
import type { FactGroup } from '../../model/bundle-format';
import type { Entity, SearchDoc } from '../../model/types';
import type { GraphPack, Pack, PackKind, PlainviewDb } from './db';
import { compareIds } from './packs';
import type { Profile, StoredBundle } from './profile';
import { decodePack, openPack, type PackReader } from './pack-codec';
import { assembleProfile, emptyGroup, linkedCompanyIds, type LinkedRead } from './profiles';
import { activeRow } from './versions';

/** Packs of records found by id; the graph pack is read whole by the graph worker instead. */
type RecordKind = Exclude<PackKind, 'graph'>;
type PackOf<K extends RecordKind> = Extract<Exclude<Pack, GraphPack>, { kind: K }>;
type ItemOf<K extends RecordKind> = PackOf<K>['items'][number];
type OpenPack<T> = PackReader<T> & { last: string };

/** Open packs kept: each holds its text (about 1 MB), so a handful is plenty. */
const OPEN_PACKS = 6;

export class BundleStore {
	readonly #db: PlainviewDb;
	/** The active version, read once: every lookup needs it, and it changes only on install. */
	#version: Promise<string | undefined> | undefined;
	/** The last few packs opened: a profile's neighbours and the way back often share them. */
	readonly #opened = new Map<string, Promise<OpenPack<unknown> | undefined>>();
	/** Per version and kind, the first id of each pack, in order. */
	readonly #packFirsts = new Map<string, Promise<string[]>>();

	constructor(db: PlainviewDb) {
		this.#db = db;
	}

	/** Reads the meta table afresh (and refreshes the cached version). */
	async activeBundle(): Promise<StoredBundle | undefined> {
		const row = await activeRow(this.#db);
		this.#version = Promise.resolve(row?.version);
		// Packs of other versions are never read again (their keys carry the version).
		for (const key of [...this.#opened.keys(), ...this.#packFirsts.keys()]) {
			if (!key.startsWith(`${row?.version}\n`)) {
				this.#opened.delete(key);
				this.#packFirsts.delete(key);
			}
		}
		return row && { manifest: row.manifest, storedAt: row.storedAt };
	}

	/**
	 * Reads the pack lists a profile needs (a few thousand keys each), so the first profile
	 * opened does not wait for them. Called once the app is idle after the data is ready.
	 */
	async warm(): Promise<void> {
		const version = await this.#activeVersion();
		if (version === undefined) return;
		await Promise.all([this.#firsts(version, 'entities'), this.#firsts(version, 'facts')]);
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
				// Both reads at once: the facts do not wait on the entity, nor groups on entities.
				const [entity, group] = await Promise.all([
					this.#find(version, 'entities', id),
					this.#find(version, 'facts', id)
				]);
				if (!entity) return undefined;
				const ids = linkedCompanyIds(id, group ?? emptyGroup(id));
				const [entities, groups] = await Promise.all([
					this.#findMany(version, 'entities', ids),
					this.#findMany(version, 'facts', ids)
				]);
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

	/** The pack that would hold `id`, opened, or reused from the last few opened. */
	async #pack<K extends RecordKind>(
		version: string,
		kind: K,
		id: string
	): Promise<OpenPack<ItemOf<K>> | undefined> {
		const firsts = await this.#firsts(version, kind);
		// The last pack whose first id is ≤ id (ids sorted as IndexedDB sorts them).
		let lo = 0;
		let hi = firsts.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >>> 1;
			if (compareIds(firsts[mid]!, id) <= 0) lo = mid + 1;
			else hi = mid - 1;
		}
		const first = firsts[hi];
		if (first === undefined) return undefined;
		const cacheKey = `${version}\n${kind}\n${first}`;
		let reader = this.#opened.get(cacheKey);
		// Most recently used last, so the oldest is dropped first.
		if (reader) this.#opened.delete(cacheKey);
		else {
			reader = this.#openPack(version, kind, first);
			reader.catch(() => this.#opened.delete(cacheKey));
		}
		this.#opened.set(cacheKey, reader);
		for (const oldest of this.#opened.keys()) {
			if (this.#opened.size <= OPEN_PACKS) break;
			this.#opened.delete(oldest);
		}
		const pack = (await reader) as OpenPack<ItemOf<K>> | undefined;
		return pack && compareIds(id, pack.last) <= 0 ? pack : undefined;
	}

	/**
	 * The first ids of a version's packs of one kind, read once (keys only, a few thousand):
	 * finding a pack is then a binary search, and only its row is read.
	 */
	#firsts(version: string, kind: RecordKind): Promise<string[]> {
		const key = `${version}\n${kind}`;
		let firsts = this.#packFirsts.get(key);
		if (!firsts) {
			firsts = this.#db.packs
				.where('[version+kind+first]')
				.between([version, kind, Dexie.minKey], [version, kind, Dexie.maxKey], true, true)
				.primaryKeys()
				.then((keys) => keys.map((k) => k[2]));
			// A failed read is tried again next time, not remembered.
			firsts.catch(() => this.#packFirsts.delete(key));
			this.#packFirsts.set(key, firsts);
		}
		return firsts;
	}

	async #openPack(
		version: string,
		kind: PackKind,
		first: string
	): Promise<OpenPack<unknown> | undefined> {
		const row = await this.#db.packs.get([version, kind, first]);
		if (!row) return undefined;
		return { ...(await openPack(row)), last: row.last };
	}

	async #find<K extends RecordKind>(
		version: string,
		kind: K,
		id: string
	): Promise<ItemOf<K> | undefined> {
		return (await this.#pack(version, kind, id))?.find(id);
	}

	/** Sorted ids often share a pack (a company's neighbours): each pack is opened once, all at once. */
	async #findMany<K extends RecordKind>(
		version: string,
		kind: K,
		ids: readonly string[]
	): Promise<Map<string, ItemOf<K>>> {
		const packs = await Promise.all(ids.map((id) => this.#pack(version, kind, id)));
		const found = new Map<string, ItemOf<K>>();
		ids.forEach((id, i) => {
			const item = packs[i]?.find(id);
			if (item) found.set(id, item);
		});
		return found;
	}
}
