// openIfStored: a database the browser holds is opened at once; none is made by it.
import { describe, expect, it } from 'vitest';
import { openDb, openIfStored, type MetaRow } from '../../../src/lib/storage/db';
import { freshDb } from '../../fixtures/bundle-fixture';

describe('openIfStored', () => {
	it('opens a database the browser already holds', async () => {
		const name = freshDb().name;
		const made = openDb(name);
		await made.meta.put({ key: 'choice', leftOut: [] } as MetaRow);
		made.close();
		const db = openDb(name);
		expect(db.isOpen()).toBe(false);
		await openIfStored(db);
		expect(db.isOpen()).toBe(true);
		db.close();
	});

	it('makes no database where there is none', async () => {
		const db = freshDb();
		await openIfStored(db);
		expect(db.isOpen()).toBe(false);
		const names = (await indexedDB.databases()).map((found) => found.name);
		expect(names).not.toContain(db.name);
	});
});
