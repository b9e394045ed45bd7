/** Waiting for selective install to finish: shared by the e2e tests and the bench (no vitest here). */
import type { Page } from 'playwright-core';

/**
 * Waits until the stored data has every group of files it lists (selective install stores the
 * core first, and the page searches before the groups are in), read from IndexedDB, and the
 * page no longer says it is storing them.
 */
export async function waitForGroups(session: { page: Page }, timeoutMs = 120_000): Promise<void> {
	const isComplete = () =>
		session.page.evaluate(async () => {
			const open = indexedDB.open('plainview');
			const db = await new Promise<IDBDatabase | undefined>((done) => {
				open.onsuccess = () => done(open.result);
				open.onerror = () => done(undefined);
			});
			if (!db?.objectStoreNames.contains('meta')) return false;
			const read = db.transaction('meta').objectStore('meta').get('active');
			const row = await new Promise<
				{ installed?: string[]; manifest: { groups?: unknown[] } } | undefined
			>((done) => {
				read.onsuccess = () => done(read.result);
				read.onerror = () => done(undefined);
			});
			db.close();
			return (
				row !== undefined && (row.installed ?? []).length >= (row.manifest.groups ?? []).length
			);
		});
	for (const started = Date.now(); !(await isComplete());) {
		if (Date.now() - started > timeoutMs)
			throw new Error('the groups of files were not all stored');
		await session.page.waitForTimeout(250);
	}
	await session.page
		.getByText(/Search works meanwhile|Meklēt jau var/)
		.waitFor({ state: 'detached', timeout: 30_000 });
}
