/**
 * What a view gets for one entity: assembled from one entities pack and one facts pack
 * (plus one facts pack per linked company for its tax totals). Pure types, no Dexie.
 */
import type { FactGroup } from '../../model/bundle-format';
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
	/**
	 * The groups of files (ManifestGroup ids) holding facts of this profile that are not on
	 * this device (selective install); absent when nothing is missing.
	 */
	missing?: string[];
}
