/**
 * Records out of a bundle file, one per row. Reads the documented layout (people and
 * organisations; groups of declarations, donations, tax totals and relations) and, for any
 * other layout, walks the JSON for objects whose id prefix names their kind (data/README.md:
 * `p-`/`o-` entities, `decl` declarations, `d` donations, `t` tax totals, `r` relations).
 */
import type { Row, TableName } from './naive-db';

export type Rows = Record<TableName, Row[]>;

export const emptyRows = (): Rows => ({
	entities: [],
	declarations: [],
	donations: [],
	taxTotals: [],
	relations: []
});

const FACT_LISTS = ['declarations', 'donations', 'taxTotals', 'relations'] as const;

export function flattenFile(data: unknown): Rows {
	const rows = emptyRows();
	const file = (data ?? {}) as Record<string, unknown>;
	if (Array.isArray(file.people) || Array.isArray(file.organisations)) {
		for (const person of asRows(file.people)) rows.entities.push({ ...person, kind: 'person' });
		for (const org of asRows(file.organisations)) rows.entities.push(org);
	} else if (Array.isArray(file.groups)) {
		for (const group of file.groups as Record<string, unknown>[])
			for (const list of FACT_LISTS) for (const row of asRows(group[list])) rows[list].push(row);
	} else walk(data, rows);
	return rows;
}

function asRows(value: unknown): Row[] {
	return Array.isArray(value) ? (value as Row[]).filter((r) => typeof r?.id === 'string') : [];
}

function tableOf(id: string): TableName | undefined {
	if (/^[po]-/.test(id)) return 'entities';
	if (id.startsWith('decl')) return 'declarations';
	if (id.startsWith('d-')) return 'donations';
	if (id.startsWith('t-')) return 'taxTotals';
	if (id.startsWith('r-')) return 'relations';
	return undefined;
}

function walk(root: unknown, rows: Rows): void {
	const stack: unknown[] = [root];
	while (stack.length > 0) {
		const value = stack.pop();
		if (Array.isArray(value)) {
			for (const item of value) stack.push(item);
			continue;
		}
		if (value === null || typeof value !== 'object') continue;
		const record = value as Record<string, unknown>;
		const table = typeof record.id === 'string' ? tableOf(record.id) : undefined;
		if (table) {
			rows[table].push(record as Row);
			continue;
		}
		// `refs` name other entities in passing; the entity files hold the records themselves.
		for (const [key, child] of Object.entries(record))
			if (key !== 'refs' && typeof child === 'object') stack.push(child);
	}
}
