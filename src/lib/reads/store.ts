/**
 * Reads for the page: the active bundle, one entity, one fact group, one profile. Each
 * record lookup is one pack read (pack-index.ts) and a search inside it. No DOM, so a
 * worker could use it too.
 *
 * Every read is of the version the active row last named, and is vouched for by that row
 * read again (the rule is in storage/versions.ts). A record found needs no check; a miss, and
 * a profile's reads, are checked, and when the row names another version the read runs
 * again on that one.
 */
import type { FactGroup } from '../../model/bundle-format';
import type { Entity, SearchDoc } from '../../model/types';
import type { PlainviewDb } from '../storage/db';
import { decodePack } from '../storage/pack-codec';
import { readPacks } from '../storage/pack-reads';
import { activeRow, groupSpace, readFirstAnswers, type StoredBundle } from '../storage/versions';
import type { StoredAnswers } from '../explore/explore-first-view';
import { FIRSTS_PER_READ, PackIndex } from './pack-index';
import type { Profile } from './profile';
import { readParts, readProfile } from './profile-read';
import { Settled } from './settled';

export class BundleStore {
	readonly #db: PlainviewDb;
	/** The active version, read once: every lookup needs it, and it changes only on install. */
	#version: Promise<string | undefined> | undefined;
	/**
	 * What the version and pack list promises resolved to, once they have: with both known, a
	 * profile read sends its first request before it awaits anything, so IndexedDB works while
	 * the page renders the route change.
	 */
	readonly #settled = new Settled();
	readonly #packs: PackIndex;
	/** The active row's installed groups, as last read with it (absent: all). */
	#installed: string[] | undefined;

	constructor(db: PlainviewDb, { firstsPerRead = FIRSTS_PER_READ } = {}) {
		this.#db = db;
		this.#packs = new PackIndex(db, this.#settled, firstsPerRead);
	}

	/** Reads the meta table afresh (and refreshes the cached version). */
	async activeBundle(): Promise<StoredBundle | undefined> {
		const row = await activeRow(this.#db);
		this.#useVersion(row?.version);
		this.#installed = row?.installed;
		return (
			row && {
				manifest: row.manifest,
				storedAt: row.storedAt,
				...(row.installed && { installed: row.installed })
			}
		);
	}

	/** The active version's stored first answers to `calls`, when stored (explore-first-view.ts). */
	firstAnswers(calls: readonly string[]): Promise<StoredAnswers | undefined> {
		return readFirstAnswers(this.#db, calls);
	}

	/** Caches the version the active row named, and drops what was read of any other. */
	#useVersion(version: string | undefined): string | undefined {
		this.#version = Promise.resolve(version);
		this.#settled.set(this.#version, version);
		this.#packs.keepOnly(version);
		return version;
	}

	/**
	 * Reads the pack lists a profile needs (a few thousand keys each), the installed groups'
	 * too, so the first profile opened does not wait for them. Called once the app is idle
	 * after the data is ready, and again when a group is installed.
	 */
	async warm(): Promise<void> {
		const version = await this.#activeVersion();
		if (version === undefined) return;
		// The installed list as the active row names it now: a group listed has all its packs.
		const row = await activeRow(this.#db);
		const groups = row?.version === version ? (row.installed ?? []) : [];
		await Promise.all([
			this.#packs.firsts(version, 'entities'),
			this.#packs.firsts(version, 'facts'),
			...groups.map((group) => this.#packs.firsts(groupSpace(version, group), 'facts'))
		]);
	}

	getEntity(id: string): Promise<Entity | undefined> {
		return this.#read((version) => this.#packs.find(version, 'entities', id));
	}

	/**
	 * An entity's whole fact group: its core part and the other parts installed, joined. With
	 * `parts`, only those of them (none: the core alone), for a page that shows one dataset of
	 * many entities and need not read every other part of each.
	 */
	getGroup(id: string, parts?: readonly string[]): Promise<FactGroup | undefined> {
		return this.#read(async (version) => {
			const core = await this.#packs.find(version, 'facts', id);
			const installed = this.#installed;
			// A part not asked for is left out as one not installed is (readParts).
			const read = parts && (installed ?? parts).filter((part) => parts.includes(part));
			return (await readParts(this.#packs, version, core, read ?? installed)).group;
		});
	}

	/**
	 * The entity, its facts, and its linked companies with their tax totals; undefined for an
	 * unknown id. Its reads are vouched for by the active row read with them (profile-read.ts).
	 */
	async loadProfile(id: string): Promise<Profile | undefined> {
		const cached = this.#activeVersion();
		let version = this.#settled.has(cached) ? this.#settled.get(cached) : await cached;
		for (let attempt = 0; version !== undefined && attempt < 3; attempt++) {
			const read = await readProfile(this.#packs, version, id);
			if (read.active === version) return read.profile;
			version = this.#useVersion(read.active);
		}
		return undefined;
	}

	/** Every search document of the active version, a pack at a time, so no single read blocks long. */
	async eachSearchPack(onPack: (docs: SearchDoc[]) => void): Promise<void> {
		const version = await this.#activeVersion();
		if (version === undefined) return;
		// Read first, decode after: a Dexie iteration must not await other work between rows.
		for (const row of await readPacks(this.#db, version, 'search')) {
			const pack = await decodePack(row);
			if (pack.kind === 'search') onPack(pack.items);
		}
	}

	#activeVersion(): Promise<string | undefined> {
		this.#version ??= this.#settled.track(
			activeRow(this.#db).then((row) => {
				this.#installed = row?.installed;
				return row?.version;
			})
		);
		return this.#version;
	}

	/** Runs a lookup of one record on the cached version; a miss is checked (see above). */
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
}
