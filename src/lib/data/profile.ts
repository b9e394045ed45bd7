/**
 * What a view gets for one entity: assembled from one entities pack and one facts pack
 * (plus one facts pack per linked company for its tax totals). Pure types, no Dexie.
 */
import type { FactGroup, Manifest } from '../../model/bundle-format';
import type {
	DeclarationItem,
	Entity,
	EntityKind,
	EntityRef,
	Relation,
	TaxTotal
} from '../../model/types';

export interface LinkedCompany {
	company: EntityRef;
	regNo?: string;
	/** Register roles and declared posts/shares tying the entity to the company. */
	relations: Relation[];
	/** Shares items declared in the person's declarations, with the year declared. */
	declaredShares: { year: number; item: Extract<DeclarationItem, { section: 'shares' }> }[];
	/** The company's tax totals, newest year first. */
	taxTotals: TaxTotal[];
}

export interface Profile {
	entity: Entity;
	kind: EntityKind;
	/** The entity's own facts; an empty group when it has none. */
	group: FactGroup;
	/** Names and kinds of every entity the facts point to. */
	refs: ReadonlyMap<string, EntityRef>;
	/** For people and organisations alike: the companies linked through relations or declared shares. */
	companies: LinkedCompany[];
}

/**
 * `checking`: reading manifest.json; `downloading`: fetching, verifying and storing files;
 * `indexing`: every file is stored, switching to the new version and removing the old one;
 * `ready`: the version in `version` is active; `failed`: see `error` (an older version, if
 * any, is still active and complete).
 */
export type InstallPhase = 'idle' | 'checking' | 'downloading' | 'indexing' | 'ready' | 'failed';

export interface InstallProgress {
	phase: InstallPhase;
	files: { done: number; total: number };
	bytes: { done: number; total: number };
	records: { done: number; total: number };
	/** Seconds left at the current rate; absent until there is a rate to go by. */
	etaSeconds?: number;
	/** Which file and what went wrong, when phase is 'failed'. */
	error?: string;
	/** The bundle version being checked or installed, once its manifest is read. */
	version?: string;
}

/** What the app knows about the stored data. */
export interface StoredBundle {
	manifest: Manifest;
	/** When this version was stored (ISO). */
	storedAt: string;
}
