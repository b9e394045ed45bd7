import type { EntityKind, EntityRef } from '../../model/types';
import { formatHash, type Route } from './routes';

/**
 * The page for an entity, by its kind: institutions and councils open on their members by
 * year ("my deputies"); organisations that are neither party nor company open as `org`.
 */
export function entityRoute(entity: Pick<EntityRef, 'id' | 'kind'>): Route {
	const kind: EntityKind = entity.kind;
	switch (kind) {
		case 'person':
		case 'party':
		case 'company':
			return { name: kind, id: entity.id };
		case 'institution':
		case 'municipality':
			return { name: 'institution', id: entity.id };
		default:
			return { name: 'org', id: entity.id };
	}
}

export function entityHref(entity: Pick<EntityRef, 'id' | 'kind'>): string {
	return formatHash(entityRoute(entity));
}
