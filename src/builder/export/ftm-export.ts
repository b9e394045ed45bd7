/**
 * Streams a bundle as FtM entities, file by file, so a national bundle never has to be in
 * memory at once. Entity files must come before fact files: links need their ends' schemata.
 */
import { isFeeRelation } from '../../model/money-kinds';
import type { FactGroup } from '../../model/bundle-format';
import type { Entity, Organisation, Person } from '../../model/types';
import type { Relation, SourceInfo } from '../../model/types';
import { mappingContext, organisationEntity, personEntity, type FtmEntity } from '../../model/ftm';
import { paymentEntity, relationEntities, type DonorLink } from './ftm-facts';

export interface FtmExportOptions {
	/** Export relations whose confidence is only `possible` (a namesake); off by default. */
	includePossible?: boolean;
}

/** What was written, by FtM schema, and what was deliberately not, by reason. */
export interface FtmExportStats {
	written: Record<string, number>;
	skipped: Record<string, number>;
}

export class FtmExport {
	readonly stats: FtmExportStats = { written: {}, skipped: {} };
	readonly #context;
	readonly #includePossible: boolean;
	readonly #entities = new Map<string, { schema: string; name: string }>();
	/** Relations are listed under both their ends: each goes out once. */
	readonly #relations = new Set<string>();
	/** Positions are shared by everyone who held them (FtM ids). */
	readonly #positions = new Set<string>();

	constructor(sources: readonly SourceInfo[], options: FtmExportOptions = {}) {
		this.#context = mappingContext(sources);
		this.#includePossible = options.includePossible ?? false;
	}

	*entities(entities: readonly Entity[]): Generator<FtmEntity> {
		for (const entity of entities) {
			yield 'kind' in entity
				? this.#entity(entity.id, organisationEntity(entity as Organisation, this.#context))
				: this.#entity(entity.id, personEntity(entity as Person, this.#context));
		}
	}

	*facts(groups: readonly FactGroup[]): Generator<FtmEntity> {
		for (const group of groups) {
			const links = donorLinks(group.relations);
			for (const donation of group.donations) {
				const link = links.get(donation.id);
				yield this.#count(paymentEntity(donation, link, this.#context, this.#includePossible));
			}
			this.#skip('tax totals (no FtM schema fits a company total)', group.taxTotals.length);
			this.#skip(
				"party finance lines and reports (no FtM schema fits a party's statement)",
				(group.partyFinances?.length ?? 0) + (group.partyReports?.length ?? 0)
			);
			this.#skip(
				'declarations (their posts and shares are exported as links)',
				group.declarations.length
			);
			for (const relation of group.relations) {
				if (this.#relations.has(relation.id)) continue;
				this.#relations.add(relation.id);
				if (relation.kind === 'donated-to') continue; // its donations are the Payments
				if (relation.confidence === 'possible' && !this.#includePossible) {
					this.#skip('possible-namesake links (see --include-possible)');
					continue;
				}
				if (!this.#entities.has(relation.from) || !this.#entities.has(relation.to)) {
					this.#skip('links to an entity missing from the bundle');
					continue;
				}
				const mapped = relationEntities(relation, this.#entities, this.#context);
				if (mapped.length === 0) this.#skip(`${relation.kind} links that fit no FtM schema`);
				for (const entity of mapped) {
					if (entity.schema === 'Position') {
						if (this.#positions.has(entity.id)) continue;
						this.#positions.add(entity.id);
					}
					yield this.#count(entity);
				}
			}
		}
	}

	/** Remembers the entity's schema under its Plainview id, which is what links refer to. */
	#entity(plainviewId: string, entity: FtmEntity): FtmEntity {
		const name = entity.properties.name?.[0] ?? plainviewId;
		this.#entities.set(plainviewId, { schema: entity.schema, name });
		return this.#count(entity);
	}

	#count(entity: FtmEntity): FtmEntity {
		this.stats.written[entity.schema] = (this.stats.written[entity.schema] ?? 0) + 1;
		return entity;
	}

	#skip(reason: string, n = 1): void {
		if (n > 0) this.stats.skipped[reason] = (this.stats.skipped[reason] ?? 0) + n;
	}
}

/** Donation (or fee) id → the `donated-to` (or fee `member-of`) relation that sums it up; both sit in the payer's group. */
function donorLinks(relations: readonly Relation[]): Map<string, DonorLink> {
	const links = new Map<string, DonorLink>();
	for (const relation of relations) {
		if (relation.kind !== 'donated-to' && !isFeeRelation(relation)) continue;
		for (const fact of relation.facts) links.set(fact, relation);
	}
	return links;
}
