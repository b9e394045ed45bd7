import { describe, expect, it, vi } from 'vitest';
import { AppData } from '../../../src/lib/app-data/app-data.svelte';
import type { SpawnIngest } from '../../../src/lib/ingest/ingest-client';
import type { IngestReply } from '../../../src/lib/ingest/ingest-messages';
import { freshDb } from '../../fixtures/bundle-fixture';

/** An ingest that replies only when the test says so. */
function scripted(): { spawn: SpawnIngest; reply: (r: IngestReply) => Promise<void> } {
	let onReply: ((reply: IngestReply) => void) | undefined;
	return {
		spawn: (handler) => {
			onReply = handler;
			return { send: () => {}, stop: () => {} };
		},
		// The install starts once the app has read what is stored; each reply is then taken in.
		reply: async (r) => {
			await vi.waitFor(() => expect(onReply).toBeDefined());
			onReply!(r);
		}
	};
}

describe('AppData.storing', () => {
	it('holds the groups a first install stores after its core, until it is done', async () => {
		const ingest = scripted();
		const app = new AppData({ db: freshDb(), spawn: ingest.spawn });
		const started = app.start('https://host/data/');
		expect(app.storing).toEqual([]);
		await ingest.reply({ type: 'core', storing: ['declarations-2023', 'donations'] });
		await vi.waitFor(() => expect(app.storing).toEqual(['declarations-2023', 'donations']));
		await ingest.reply({
			type: 'done',
			manifest: { version: 'v1' } as never,
			isNew: true
		});
		await started;
		expect(app.storing).toEqual([]);
		expect(app.isChoiceAsked).toBe(false);
	});
});

describe('AppData.hasGraph', () => {
	it('says whether the data in use lists a relation graph file', () => {
		const app = new AppData({ db: freshDb(), spawn: scripted().spawn });
		const bundle = (kinds: string[]) => ({
			manifest: { version: 'v1', files: kinds.map((kind) => ({ kind })) } as never,
			storedAt: '2026-12-07T00:00:00Z'
		});
		expect(app.hasGraph).toBe(true); // nothing stored yet: no page asks
		app.bundle = bundle(['entities', 'facts', 'graph']);
		expect(app.hasGraph).toBe(true);
		app.bundle = bundle(['entities', 'facts', 'search']);
		expect(app.hasGraph).toBe(false);
	});
});

describe('AppData.searchVersion', () => {
	it('names a first install searchable before its core is in, and drops it if the install fails', async () => {
		const ingest = scripted();
		const app = new AppData({ db: freshDb(), spawn: ingest.spawn });
		const started = app.start('https://host/data/');
		await ingest.reply({ type: 'search', version: 'v1' });
		await vi.waitFor(() => expect(app.searchVersion).toBe('v1'));
		expect(app.bundle).toBeUndefined();
		await ingest.reply({ type: 'failed', message: 'entities-0001.jsonl.gz: HTTP 404' });
		await started;
		expect(app.searchVersion).toBeUndefined();
	});
});
