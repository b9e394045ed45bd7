// @vitest-environment node
// Install a built bundle, then ask the reader worker's explore service (in process) through the client.
import { describe, expect, it, vi } from 'vitest';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import { createExploreClient, ExploreMissingError } from '../../../src/lib/explore/explore-client';
import type { DonationRow, TablePage } from '../../../src/lib/explore/explore-protocol';
import { readerServices } from '../../../src/lib/reader/reader-services';
import { createSearchClient } from '../../../src/lib/search/search-client';
import { readSearchDocs } from '../../../src/lib/search/search-source';
import { readExplore } from '../../../src/lib/storage/pack-reads';
import { createRpcClient, localPort } from '../../../src/lib/worker-rpc';
import { freshDb, memorySource, type TestBundle } from '../../fixtures/bundle-fixture';
import { allOf } from '../../fixtures/explore-fixture';
import { EXPLORE_BUNDLE, installExplore } from '../../fixtures/explore-service';

const bundle = EXPLORE_BUNDLE;
const partyId = (name: string) => bundle.data.organisations.find((o) => o.name === name)!.id;

async function client(source: TestBundle) {
	return createExploreClient((await installExplore(source)).rpc);
}

describe('the explore service in the reader worker', () => {
	it('answers overviews and tables from the installed explore file', async () => {
		const explore = await client(bundle);
		const o = await explore.overview(allOf('donations'));
		expect(o).toMatchObject({ count: 3, cents: 220_000, refunds: 1, refundCents: -10_000 });
		expect(o.donorCount).toBe(2);
		expect(o.parties.find((p) => p.key === partyId('Partija A'))).toMatchObject({
			label: 'Partija A',
			count: 2,
			cents: 170_000
		});
		expect(o.office.find((b) => b.key === 'office')).toMatchObject({ count: 1, cents: 120_000 });
		expect(o.donors.find((b) => b.key === 'anonymous')).toMatchObject({ count: 1 });
		const fees = await explore.overview(allOf('fees'));
		expect(fees).toMatchObject({ count: 1, cents: 2_400 });
		const page = (await explore.table({
			filter: allOf('donations'),
			view: 'donations',
			sort: 'date',
			descending: false,
			offset: 0,
			limit: 1
		})) as TablePage<DonationRow>;
		expect(page.total).toBe(4);
		expect(page.rows[0]).toMatchObject({ date: '2022-03-01', donorName: 'Bruno Kalns' });
		expect(page.rows[0]!.source.record).toMatch(/:\d+$/);
		// The build's red flags (builder/flags): Partija B's anonymous gift, Partija A's refund.
		const flags = await explore.flags({ sort: 'kind', offset: 0, limit: 50 });
		expect(flags.rows.map((f) => [f.kind, f.name])).toEqual([
			['anonymous-gifts', 'Partija B'],
			['refunds', 'Partija A']
		]);
		expect(flags).toMatchObject({ total: 2, selected: 2 });
		const refunds = await explore.flags({ kind: 'refunds', sort: 'kind', offset: 0, limit: 50 });
		expect(refunds.rows.map((f) => f.name)).toEqual(['Partija A']);
	});

	it('loads the explore file unasked after a search load, when told to preload it', async () => {
		const db = freshDb();
		await ingestBundle({ source: memorySource(bundle), db });
		const reads: string[] = [];
		const services = readerServices((version) => readSearchDocs(db, version), {
			readExplore: (version) => (reads.push(version), readExplore(db, version)),
			preloadExploreAfterMs: 0
		});
		const rpc = createRpcClient(localPort(services));
		await createSearchClient(rpc).load();
		await vi.waitFor(() => expect(reads).toHaveLength(1));
		const explore = createExploreClient(rpc);
		expect((await explore.overview(allOf('donations'))).count).toBe(3);
		expect(reads).toHaveLength(1);
	});

	it('reads the explore file before the search docs when a page asked at the start', async () => {
		const db = freshDb();
		const { manifest } = await ingestBundle({ source: memorySource(bundle), db });
		const order: string[] = [];
		const services = readerServices(
			(version) => (order.push('docs'), readSearchDocs(db, version)),
			{ readExplore: (version) => (order.push(`explore ${version}`), readExplore(db, version)) }
		);
		const rpc = createRpcClient(localPort(services));
		const explore = createExploreClient(rpc);
		// Sent before the first search load: it waits for that load's version, not failing.
		void explore.preloadFor?.('explore-donations');
		const overview = explore.overview(allOf('donations'));
		await createSearchClient(rpc).load(manifest.version);
		expect((await overview).count).toBe(3);
		expect(order).toEqual([`explore ${manifest.version}`, 'docs']);
	});

	it('loads nothing ahead for a page that does not ask the explore service', async () => {
		const db = freshDb();
		const { manifest } = await ingestBundle({ source: memorySource(bundle), db });
		const order: string[] = [];
		const services = readerServices(
			(version) => (order.push('docs'), readSearchDocs(db, version)),
			{ readExplore: (version) => (order.push('explore'), readExplore(db, version)) }
		);
		const rpc = createRpcClient(localPort(services));
		void createExploreClient(rpc).preloadFor?.('search');
		await createSearchClient(rpc).load(manifest.version);
		expect(order).toEqual(['docs']);
	});

	it('says explore data is missing for a bundle without an explore file, which still installs', async () => {
		const manifest = {
			...bundle.manifest,
			files: bundle.manifest.files.filter((f) => f.kind !== 'explore')
		};
		const explore = await client({ ...bundle, manifest, manifestText: JSON.stringify(manifest) });
		await expect(explore.overview(allOf('donations'))).rejects.toThrow(ExploreMissingError);
	});
});
