import type { Entity } from '../../model/types';
import type { SearchHit } from '../search/search-types';
import { searchTable } from './rows';
import type { ExportTable } from './table';

/** The search hits with each entity's own sources, read from the store one entity at a time. */
export async function searchExport(
	hits: readonly SearchHit[],
	getEntity: (id: string) => Promise<Entity | undefined>
): Promise<ExportTable> {
	const entities = await Promise.all(hits.map((hit) => getEntity(hit.doc.id)));
	return searchTable(hits, new Map(hits.map((hit, i) => [hit.doc.id, entities[i]])));
}
