// @vitest-environment node
// Install a built bundle, then ask the reader worker's explore service (in process) for the
// officials page's calls, as the page's queries do.
import { describe, expect, it } from 'vitest';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import { readerServices } from '../../../src/lib/reader/reader-services';
import { createSearchClient } from '../../../src/lib/search/search-client';
import { readSearchDocs } from '../../../src/lib/search/search-source';
import { readExplore } from '../../../src/lib/storage/pack-reads';
import { createRpcClient, localPort } from '../../../src/lib/worker-rpc';
import {
	clientOfficialQueries,
	officialQueries
} from '../../../src/views/explore/officials-queries';
import { createExploreClient, ExploreMissingError } from '../../../src/lib/explore/explore-client';
import { buildBundle, freshDb, memorySource } from '../../fixtures/bundle-fixture';
import { plantedOfficials } from '../../fixtures/explore-officials';

async function queries() {
	const db = freshDb();
	await ingestBundle({ source: memorySource(buildBundle(plantedOfficials())), db });
	const services = readerServices((version) => readSearchDocs(db, version), {
		readExplore: (version) => readExplore(db, version)
	});
	const rpc = createRpcClient(localPort(services));
	await createSearchClient(rpc).load();
	// As the pages ask: through the app's explore client.
	return clientOfficialQueries(createExploreClient(rpc));
}

describe('the officials calls of the explore service', () => {
	it('answers the table, the map and the rankings from the installed explore file', async () => {
		const q = await queries();
		const page = await q.page({
			filter: { municipality: 'riga' },
			sort: 'incomeCents',
			descending: true,
			offset: 0,
			limit: 50
		});
		expect(page.rows.map((r) => [r.name, r.incomeCents, r.companies])).toEqual([
			['Anna Liepa', 3_126_051, 2]
		]);
		expect(await q.map({}, 'holdingsCents')).toEqual([{ id: 'riga', rows: 1, value: 250_000 }]);
		const rankings = await q.rankings();
		expect(rankings.officials.map((o) => o.name)).toEqual(['Anna Liepa']);
		expect((await q.options()).years).toEqual([2023]);
	});

	it('says the data is missing when the service answers so', async () => {
		const missing = officialQueries(() =>
			Promise.resolve({ ok: false, missing: true, reason: 'no explore file' })
		);
		await expect(missing.rankings()).rejects.toBeInstanceOf(ExploreMissingError);
	});
});
