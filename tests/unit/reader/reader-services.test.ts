// @vitest-environment node
// Install a built bundle, then ask the reader worker's services (in process) for paths.
import { describe, expect, it } from 'vitest';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import { createGraphClient, GraphMissingError } from '../../../src/lib/graph/graph-client';
import { readerServices } from '../../../src/lib/reader/reader-services';
import { createSearchClient } from '../../../src/lib/search/search-client';
import { searchIndex } from '../../../src/lib/search/search-index';
import { readSearchDocs } from '../../../src/lib/search/search-source';
import { readGraph } from '../../../src/lib/storage/pack-reads';
import { createRpcClient, localPort } from '../../../src/lib/worker-rpc';
import { buildBundle, freshDb, memorySource, type TestBundle } from '../../fixtures/bundle-fixture';
import { boardMember, donation, person } from '../../fixtures/records';

const ANNA = person('Anna Liepa', { maskedCode: '010180-*****' });
const BRUNO = person('Bruno Kalns', { maskedCode: '020280-*****' });
const bundle = buildBundle([
	donation(ANNA, 'Partija A'),
	donation(BRUNO, 'Partija A'),
	boardMember(BRUNO, '40003000009')
]);
const idOf = (name: string) =>
	[...bundle.data.people, ...bundle.data.organisations].find((e) => e.name === name)!.id;

async function clients(source: TestBundle) {
	const db = freshDb();
	await ingestBundle({ source: memorySource(source), db });
	const services = readerServices((version) => readSearchDocs(db, version), {
		readAllDocs: (version) => readSearchDocs(db, version),
		readGraph: (version) => readGraph(db, version)
	});
	const rpc = createRpcClient(localPort(services));
	const { index } = await createSearchClient(rpc).load();
	return { index, graph: createGraphClient(rpc) };
}

describe('graph queries in the reader worker, beside search', () => {
	it('finds a donor → party → donor → company path with names, after the index was handed over', async () => {
		const { index, graph } = await clients(bundle);
		const company = bundle.data.organisations.find((o) => o.regNo === '40003000009')!.id;
		const result = await graph.paths(idOf('Anna Liepa'), company, {
			maxHops: 4,
			limit: 5,
			includePossible: false
		});
		expect(result.paths.map((p) => p.nodes)).toEqual([
			[idOf('Anna Liepa'), idOf('Partija A'), idOf('Bruno Kalns'), company]
		]);
		expect(result.paths[0]!.edges.map((e) => e.kind)).toEqual([
			'donated-to',
			'donated-to',
			'board-member'
		]);
		expect(result.nodes.find((n) => n.id === idOf('Partija A'))).toMatchObject({
			name: 'Partija A',
			kind: 'party'
		});
		expect(searchIndex(index, { text: 'Bruno' })[0]?.doc.name).toBe('Bruno Kalns');
		const around = await graph.neighbours(idOf('Partija A'));
		expect(around.total).toBe(2);
	});

	it('says graph data is missing for a bundle without a graph file, which still installs', async () => {
		const manifest = {
			...bundle.manifest,
			files: bundle.manifest.files.filter((f) => f.kind !== 'graph')
		};
		const { index, graph } = await clients({
			...bundle,
			manifest,
			manifestText: JSON.stringify(manifest)
		});
		expect(searchIndex(index, { text: 'Anna' })).not.toHaveLength(0);
		await expect(graph.neighbours(idOf('Anna Liepa'))).rejects.toThrow(GraphMissingError);
	});
});

describe('a version searched early (its core still being stored)', () => {
	it('is searched, and taken up by the explore and graph services only once active', async () => {
		const db = freshDb();
		await ingestBundle({ source: memorySource(bundle), db });
		const version = bundle.manifest.version;
		const explored: string[] = [];
		const services = readerServices((asked) => readSearchDocs(db, asked), {
			readAllDocs: (asked) => readSearchDocs(db, asked),
			readGraph: (asked) => readGraph(db, asked),
			readExplore: (asked) => {
				explored.push(asked);
				return Promise.resolve(undefined);
			},
			preloadExploreAfterMs: 0
		});
		const rpc = createRpcClient(localPort(services));
		const search = createSearchClient(rpc);
		const early = await search.load(version, undefined, { isEarly: true });
		expect(searchIndex(early.index, { text: 'Anna' })[0]?.doc.name).toBe('Anna Liepa');
		await new Promise((resolve) => setTimeout(resolve, 20));
		// An explore file not yet stored would have been taken for none, until the next load.
		expect(explored).toEqual([]);
		await search.activate(version);
		await expect.poll(() => explored).toEqual([version]);
		const around = await createGraphClient(rpc).neighbours(idOf('Partija A'));
		expect(around.total).toBe(2);
	});
});
