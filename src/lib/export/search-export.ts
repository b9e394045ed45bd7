/** The search page's export: the hits as shown, each with its entity's own sources. */
import type { Entity } from '../../model/types';
import type { SearchHit } from '../search/search-types';
import type { ExportTable } from './table';

const SEARCH_COLUMNS = ['id', 'kind', 'name', 'other_names', 'posts', 'parties', 'years'];

/** Search hits in the order shown; sources from each entity's own record (undefined: none found). */
export function searchTable(
	hits: readonly SearchHit[],
	entities: ReadonlyMap<string, Entity | undefined>
): ExportTable {
	return {
		columns: SEARCH_COLUMNS,
		rows: hits.map(({ doc }) => ({
			values: {
				id: doc.id,
				kind: doc.kind,
				name: doc.name,
				other_names: doc.otherNames.join('; '),
				posts: doc.posts.join('; '),
				parties: doc.parties.join('; '),
				years: doc.years ? `${doc.years[0]}–${doc.years[1]}` : undefined
			},
			sources: entities.get(doc.id)?.sources ?? []
		}))
	};
}

/** The search hits with each entity's own sources, read from the store one entity at a time. */
export async function searchExport(
	hits: readonly SearchHit[],
	getEntity: (id: string) => Promise<Entity | undefined>
): Promise<ExportTable> {
	const entities = await Promise.all(hits.map((hit) => getEntity(hit.doc.id)));
	return searchTable(hits, new Map(hits.map((hit, i) => [hit.doc.id, entities[i]])));
}
