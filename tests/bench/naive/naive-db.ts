/** The naive store: every record its own IndexedDB row, with an index per lookup field. */
import Dexie, { type Table } from 'dexie';

export const TABLES = {
	entities: 'id',
	declarations: 'id, person',
	donations: 'id, donor, party',
	taxTotals: 'id, company',
	relations: 'id, from, to'
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export interface Row {
	id: string;
	[field: string]: unknown;
}

export type NaiveDb = Dexie & { [T in TableName]: Table<Row, string> } & {
	meta: Table<{ key: string; rows: number }, string>;
};

export function openNaiveDb(): NaiveDb {
	const db = new Dexie('plainview-naive') as NaiveDb;
	db.version(1).stores({ ...TABLES, meta: 'key' });
	return db;
}
