// AppData.readAhead: the start reads the stored first answers of the page an address opens,
// and only that page's.
import { describe, expect, it } from 'vitest';
import { AppData } from '../../../src/lib/app-data/app-data.svelte';
import { activeRow } from '../../../src/lib/storage/versions';
import { installExplore } from '../../fixtures/explore-service';
import { freshDb } from '../../fixtures/bundle-fixture';

const callsOf = (stored: { answers: { request: { call: string } }[] } | undefined) =>
	stored?.answers.map((answer) => answer.request.call);

describe('AppData.readAhead', () => {
	it('reads the stored first answers of the page an address opens', async () => {
		const { db } = await installExplore();
		const app = new AppData({ db });
		const ahead = app.readAhead('#/explore/donations');
		expect(ahead?.route).toBe('explore-donations');
		const stored = await ahead?.read;
		expect(stored?.version).toBe((await activeRow(db))!.version);
		expect(callsOf(stored)).toEqual(['overview', 'table']);
		expect(callsOf(await app.readAhead('#/flags')?.read)).toEqual(['flags']);
	});

	it('reads nothing for a page that does not ask as it opens, and finds none before an install', async () => {
		const { db } = await installExplore();
		expect(new AppData({ db }).readAhead('#/search?q=liepa')).toBeUndefined();
		const ahead = new AppData({ db: freshDb() }).readAhead('#/explore/donations');
		expect(ahead).toBeDefined();
		expect(await ahead?.read).toBeUndefined();
	});
});
