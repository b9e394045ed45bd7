/**
 * Finding records in a version's packs: per kind, the packs' first ids (read once, a few
 * thousand keys), so the pack that holds an id is a binary search away; and the last few
 * packs opened, since a profile's neighbours and the way back often share them.
 */
import type {
	ExplorePack,
	Pack,
	GraphPack,
	PackKind,
	PlainviewDb,
	StoredPack
} from '../storage/db';
import { openPack, type PackReader } from '../storage/pack-codec';
import { readPack, readPackFirsts, readPacksWithActive, type PackKey } from '../storage/pack-reads';
import { compareIds, packFirst } from '../storage/packs';
import type { Settled } from './settled';

/** Packs of records found by id; the graph and explore packs are read whole by the reader worker instead. */
export type RecordKind = Exclude<PackKind, 'graph' | 'explore'>;
type PackOf<K extends RecordKind> = Extract<Exclude<Pack, GraphPack | ExplorePack>, { kind: K }>;
export type ItemOf<K extends RecordKind> = PackOf<K>['items'][number];
type OpenPack<T> = PackReader<T> & { last: string };

/**
 * One record to find: the kind of pack that holds it, and its id; `space`: a group's packs
 * (storage/versions.ts groupSpace) rather than the version's own.
 */
export interface Lookup {
	kind: RecordKind;
	id: string;
	space?: string;
}

/**
 * What findAll found, and whether it read (`isRead`), which version the active row named and
 * which of its groups it listed as installed (absent: all).
 */
export interface Found {
	items: unknown[];
	isRead: boolean;
	active: string | undefined;
	installed?: string[] | undefined;
}

/** Open packs kept: each holds its text (about 1 MB), so a handful is plenty. */
const OPEN_PACKS = 6;
/** Pack first ids read per request (see #readFirsts). */
export const FIRSTS_PER_READ = 2000;

export class PackIndex {
	readonly #db: PlainviewDb;
	readonly #settled: Settled;
	readonly #firstsPerRead: number;
	/** The last few packs opened, by version, kind and first id; most recently used last. */
	readonly #opened = new Map<string, Promise<OpenPack<unknown> | undefined>>();
	/** Per version and kind, the first id of each pack, in order. */
	readonly #packFirsts = new Map<string, Promise<string[]>>();

	constructor(db: PlainviewDb, settled: Settled, firstsPerRead = FIRSTS_PER_READ) {
		this.#db = db;
		this.#settled = settled;
		this.#firstsPerRead = firstsPerRead;
	}

	/** Drops what was read of any version but `version` (and its groups): never asked for again. */
	keepOnly(version: string | undefined): void {
		for (const key of [...this.#opened.keys(), ...this.#packFirsts.keys()]) {
			if (!key.startsWith(`${version}\n`) && !key.startsWith(`${version}/`)) {
				this.#opened.delete(key);
				this.#packFirsts.delete(key);
			}
		}
	}

	/** One record, from the pack that would hold `id`, opened or reused. */
	async find<K extends RecordKind>(
		version: string,
		kind: K,
		id: string
	): Promise<ItemOf<K> | undefined> {
		const first = packFirst(await this.firsts(version, kind), id);
		if (first === undefined) return undefined;
		const key = [version, kind, first].join('\n');
		const reader = this.#opened.get(key) ?? this.#openPack([version, kind, first]);
		const pack = (await this.#remember(key, reader)) as OpenPack<ItemOf<K>> | undefined;
		return pack && compareIds(id, pack.last) <= 0 ? pack.find(id) : undefined;
	}

	/**
	 * Finds records of one version at once: the packs open already are reused, the others read
	 * in one transaction that reads the active row too (readPacksWithActive), which vouches for
	 * them all (see BundleStore). With `vouch: 'if-read'` no transaction runs when every pack
	 * was open already. Sends its one request before it awaits when the pack lists are known.
	 */
	findAll(
		version: string,
		lookups: readonly Lookup[],
		options: { vouch?: 'always' | 'if-read' } = {}
	): Promise<Found> {
		const lists = lookups.map(({ kind, space }) => this.firsts(space ?? version, kind));
		if (lists.every((list) => this.#settled.has(list))) {
			const firsts = lists.map((list) => this.#settled.get(list));
			return this.#findIn(version, lookups, firsts, options);
		}
		return Promise.all(lists).then((firsts) => this.#findIn(version, lookups, firsts, options));
	}

	async #findIn(
		version: string,
		lookups: readonly Lookup[],
		firsts: readonly string[][],
		{ vouch = 'always' }: { vouch?: 'always' | 'if-read' }
	): Promise<Found> {
		const toRead = new Map<string, PackKey>();
		const keys = lookups.map(({ kind, id, space = version }, i) => {
			const first = packFirst(firsts[i]!, id);
			if (first === undefined) return undefined;
			const key = [space, kind, first].join('\n');
			if (!this.#opened.has(key)) toRead.set(key, [space, kind, first]);
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
		const active = row?.key === 'active' ? row : undefined;
		return { items, isRead, active: active?.version, installed: active?.installed };
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
	firsts(version: string, kind: RecordKind): Promise<string[]> {
		const key = `${version}\n${kind}`;
		let firsts = this.#packFirsts.get(key);
		if (!firsts) {
			firsts = this.#settled.track(this.#readFirsts(version, kind));
			// A failed read is tried again next time, not remembered.
			firsts.catch(() => this.#packFirsts.delete(key));
			this.#packFirsts.set(key, firsts);
		}
		return firsts;
	}

	/** A few thousand keys per request: the page decodes a request's keys in one task. */
	async #readFirsts(version: string, kind: RecordKind): Promise<string[]> {
		const firsts: string[] = [];
		let after: string | undefined;
		for (;;) {
			const keys = await readPackFirsts(this.#db, version, kind, {
				after,
				limit: this.#firstsPerRead
			});
			firsts.push(...keys);
			if (keys.length < this.#firstsPerRead) return firsts;
			after = firsts.at(-1);
		}
	}

	async #openPack(key: PackKey): Promise<OpenPack<unknown> | undefined> {
		const row = await readPack(this.#db, key);
		return row && opened(row);
	}
}

async function opened(row: StoredPack): Promise<OpenPack<unknown>> {
	return { ...(await openPack(row)), last: row.last };
}
