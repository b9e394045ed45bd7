/**
 * Reads for the page: the active bundle, one entity, one fact group, one profile. Each
 * record lookup is one range query (the pack whose first id is the greatest ≤ the id)
 * and a binary search inside it. No DOM, so a search worker can use it too.
 */
import Dexie from 'dexie';
import type { FactGroup } from '../../model/bundle-format';
import type { Entity, SearchDoc } from '../../model/types';
import {
	readPacksWithActive,
	type GraphPack,
	type Pack,
	type PackKey,
	type PackKind,
	type PlainviewDb,
	type StoredPack
} from './db';
import { compareIds, packFirst } from './packs';
import type { Profile, StoredBundle } from './profile';
import { decodePack, openPack, type PackReader } from './pack-codec';
import { assembleProfile, emptyGroup, linkedCompanyIds, type LinkedRead } from './profiles';
import { activeRow } from './versions';

/** Packs of records found by id; the graph pack is read whole by the graph worker instead. */
type RecordKind = Exclude<PackKind, 'graph'>;
type PackOf<K extends RecordKind> = Extract<Exclude<Pack, GraphPack>, { kind: K }>;
type ItemOf<K extends RecordKind> = PackOf<K>['items'][number];
type OpenPack<T> = PackReader<T> & { last: string };
/** One record to find: the kind of pack that holds it, and its id. */
interface Lookup {
	kind: RecordKind;
	id: string;
}

/** Open packs kept: each holds its text (about 1 MB), so a handful is plenty. */
const OPEN_PACKS = 6;
/** Pack first ids read per request (see #readFirsts). */
const FIRSTS_PER_READ = 2000;

export class BundleStore {
	readonly #db: PlainviewDb;
	/** The active version, read once: every lookup needs it, and it changes only on install. */
	#version: Promise<string | undefined> | undefined;
	/** The last few packs opened: a profile's neighbours and the way back often share them. */
	readonly #opened = new Map<string, Promise<OpenPack<unknown> | undefined>>();
	/** Per version and kind, the first id of each pack, in order. */
	readonly #packFirsts = new Map<string, Promise<string[]>>();
	/**
	 * What the version and pack list promises resolved to, once they have: with both known, a
	 * profile read sends its first request before it awaits anything, so IndexedDB works while
	 * the page renders the route change (a microtask flush that would otherwise come first).
	 */
	readonly #settled = new WeakMap<Promise<unknown>, unknown>();

	readonly #firstsPerRead: number;

	constructor(db: PlainviewDb, { firstsPerRead = FIRSTS_PER_READ } = {}) {
		this.#db = db;
		this.#firstsPerRead = firstsPerRead;
	}

	/** Reads the meta table afresh (and refreshes the cached version). */
	async activeBundle(): Promise<StoredBundle | undefined> {
		const row = await activeRow(this.#db);
		this.#useVersion(row?.version);
		return row && { manifest: row.manifest, storedAt: row.storedAt };
	}

	/** Caches the version the active row named, and drops what was read of any other. */
	#useVersion(version: string | undefined): string | undefined {
		this.#version = Promise.resolve(version);
		this.#settled.set(this.#version, version);
		// Packs of other versions are never read again (their keys carry the version).
		for (const key of [...this.#opened.keys(), ...this.#packFirsts.keys()]) {
			if (!key.startsWith(`${version}\n`)) {
				this.#opened.delete(key);
				this.#packFirsts.delete(key);
			}
		}
		return version;
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

	/**
	 * The entity, its facts, and its linked companies with their tax totals; undefined for an
	 * unknown id. Two reads, one after the other, each one transaction that also reads the
	 * active row to vouch for the version (see #read): the entity with its group, then the
	 * linked companies' groups. A company's entity is read too only when the group's ref to it
	 * has no regNo (bundles built before refs carried it; a company without one).
	 */
	async loadProfile(id: string): Promise<Profile | undefined> {
		const cached = this.#activeVersion();
		let version = this.#settled.has(cached)
			? (this.#settled.get(cached) as string | undefined)
			: await cached;
		for (let attempt = 0; version !== undefined && attempt < 3; attempt++) {
			const read = await this.#readProfile(version, id);
			if (read.active === version) return read.profile;
			version = this.#useVersion(read.active);
		}
		return undefined;
	}

	async #readProfile(
		version: string,
		id: string
	): Promise<{ profile?: Profile; active: string | undefined }> {
		const own = await this.#findAll(version, [
			{ kind: 'entities', id },
			{ kind: 'facts', id }
		]);
		const entity = own.items[0] as Entity | undefined;
		const group = own.items[1] as FactGroup | undefined;
		if (!entity || own.active !== version) return { active: own.active };
		const ids = linkedCompanyIds(id, group ?? emptyGroup(id));
		const refs = new Map(group?.refs.map((ref) => [ref.id, ref]));
		const lookups = ids.flatMap((other): Lookup[] => [
			{ kind: 'facts', id: other },
			...(refs.get(other)?.regNo === undefined ? [{ kind: 'entities', id: other } as const] : [])
		]);
		const found = await this.#findAll(version, lookups, { vouch: 'if-read' });
		const linked = new Map<string, LinkedRead>(ids.map((other) => [other, {}]));
		lookups.forEach(({ kind, id: other }, i) => {
			const item = found.items[i];
			const read = linked.get(other)!;
			if (item === undefined) return;
			if (kind === 'facts') read.group = item as FactGroup;
			else read.entity = item as Entity;
		});
		// No pack read the second time (all open already): the first read's row vouches for all.
		const active = found.isRead ? found.active : own.active;
		return { profile: assembleProfile(entity, group, linked), active };
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
		this.#version ??= this.#remembered(activeRow(this.#db).then((row) => row?.version));
		return this.#version;
	}

	/** The promise, its value kept in #settled once it resolves. */
	#remembered<T>(promise: Promise<T>): Promise<T> {
		promise.then(
			(value) => this.#settled.set(promise, value),
			() => undefined
		);
		return promise;
	}

	/**
	 * Runs a lookup of one record on the cached version. An update removes a version's packs
	 * only after another version became active, so when the meta row still names the version
	 * after (or in the same transaction as) the reads, they all saw it whole. Packs never
	 * change within a version, so a record found needs no such check; a miss is checked, and
	 * when the row names another version the lookup runs again on that one.
	 */
	async #read<T>(lookup: (version: string) => Promise<T | undefined>): Promise<T | undefined> {
		let version = await this.#activeVersion();
		for (let attempt = 0; version !== undefined && attempt < 3; attempt++) {
			const found = await lookup(version);
			if (found !== undefined) return found;
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
		const first = packFirst(await this.#firsts(version, kind), id);
		if (first === undefined) return undefined;
		const key = [version, kind, first].join('\n');
		const reader = this.#opened.get(key) ?? this.#openPack(version, kind, first);
		const pack = (await this.#remember(key, reader)) as OpenPack<ItemOf<K>> | undefined;
		return pack && compareIds(id, pack.last) <= 0 ? pack : undefined;
	}

	/**
	 * Finds records of one version at once: the packs open already are reused, the others read
	 * in one transaction that reads the active row too (readPacksWithActive); so that row, read
	 * with every pack, vouches for them all (see #read) at no round trip of its own. With
	 * `vouch: 'if-read'` no transaction runs when every pack was open already. `isRead`:
	 * whether it ran; `active`: the version its row named.
	 */
	#findAll(
		version: string,
		lookups: readonly Lookup[],
		options: { vouch?: 'always' | 'if-read' } = {}
	): Promise<{ items: unknown[]; isRead: boolean; active: string | undefined }> {
		const lists = lookups.map(({ kind }) => this.#firsts(version, kind));
		if (lists.every((list) => this.#settled.has(list))) {
			const firsts = lists.map((list) => this.#settled.get(list) as string[]);
			return this.#findIn(version, lookups, firsts, options);
		}
		return Promise.all(lists).then((firsts) => this.#findIn(version, lookups, firsts, options));
	}

	/** #findAll once the pack lists are there; sends its one request before it awaits. */
	async #findIn(
		version: string,
		lookups: readonly Lookup[],
		firsts: readonly string[][],
		{ vouch = 'always' }: { vouch?: 'always' | 'if-read' }
	): Promise<{ items: unknown[]; isRead: boolean; active: string | undefined }> {
		const toRead = new Map<string, PackKey>();
		const keys = lookups.map(({ kind, id }, i) => {
			const first = packFirst(firsts[i]!, id);
			if (first === undefined) return undefined;
			const key = [version, kind, first].join('\n');
			if (!this.#opened.has(key)) toRead.set(key, [version, kind, first]);
			return key;
		});
		const isRead = toRead.size > 0 || vouch === 'always';
		const batch = isRead ? readPacksWithActive(this.#db, [...toRead.values()]) : undefined;
		const readers = new Map<string, Promise<OpenPack<unknown> | undefined>>();
		[...toRead.keys()].forEach((key, i) => {
			readers.set(
				key,
				batch!.then(({ rows }) => rows[i] && opened(rows[i]))
			);
		});
		for (const key of keys) if (key && !readers.has(key)) readers.set(key, this.#opened.get(key)!);
		for (const [key, reader] of readers) void this.#remember(key, reader);
		const packs = await Promise.all(keys.map((key) => key && readers.get(key)));
		const items = lookups.map(({ id }, i) => {
			const pack = packs[i];
			return pack && compareIds(id, pack.last) <= 0 ? pack.find(id) : undefined;
		});
		const row = batch && (await batch).active;
		return { items, isRead, active: row?.key === 'active' ? row.version : undefined };
	}

	/**
	 * Keeps a pack among the last few opened, most recently used last so the oldest goes first.
	 * One that failed or was not there is forgotten, so the next lookup reads it again.
	 */
	#remember(
		key: string,
		reader: Promise<OpenPack<unknown> | undefined>
	): Promise<OpenPack<unknown> | undefined> {
		const isNew = this.#opened.get(key) !== reader;
		this.#opened.delete(key);
		this.#opened.set(key, reader);
		if (isNew) {
			const forget = () => {
				if (this.#opened.get(key) === reader) this.#opened.delete(key);
			};
			reader.then((pack) => pack ?? forget(), forget);
		}
		for (const oldest of this.#opened.keys()) {
			if (this.#opened.size <= OPEN_PACKS) break;
			this.#opened.delete(oldest);
		}
		return reader;
	}

	/**
	 * The first ids of a version's packs of one kind, read once (keys only, a few thousand):
	 * finding a pack is then a binary search, and only its row is read.
	 */
	#firsts(version: string, kind: RecordKind): Promise<string[]> {
		const key = `${version}\n${kind}`;
		let firsts = this.#packFirsts.get(key);
		if (!firsts) {
			firsts = this.#remembered(this.#readFirsts(version, kind));
			// A failed read is tried again next time, not remembered.
			firsts.catch(() => this.#packFirsts.delete(key));
			this.#packFirsts.set(key, firsts);
		}
		return firsts;
	}

	/**
	 * A few thousand keys per request: the page decodes a request's keys in one task, and
	 * 21,000 keys at once (a national set's fact packs) took 45–100 ms.
	 */
	async #readFirsts(version: string, kind: RecordKind): Promise<string[]> {
		const firsts: string[] = [];
		let after: string | undefined;
		for (;;) {
			const keys = await this.#db.packs
				.where('[version+kind+first]')
				.between(
					[version, kind, after ?? Dexie.minKey],
					[version, kind, Dexie.maxKey],
					after === undefined,
					true
				)
				.limit(this.#firstsPerRead)
				.primaryKeys();
			for (const key of keys) firsts.push(key[2]);
			if (keys.length < this.#firstsPerRead) return firsts;
			after = firsts.at(-1);
		}
	}

	async #openPack(
		version: string,
		kind: PackKind,
		first: string
	): Promise<OpenPack<unknown> | undefined> {
		const row = await this.#db.packs.get([version, kind, first]);
		return row && opened(row);
	}

	async #find<K extends RecordKind>(
		version: string,
		kind: K,
		id: string
	): Promise<ItemOf<K> | undefined> {
		return (await this.#pack(version, kind, id))?.find(id);
	}
}

async function opened(row: StoredPack): Promise<OpenPack<unknown>> {
	return { ...(await openPack(row)), last: row.last };
}
