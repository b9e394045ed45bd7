// @vitest-environment node
// The ingest runs in a worker, not a page; jsdom's typed arrays also come from a realm WebCrypto rejects.
import { describe, expect, it } from 'vitest';
import type { FactGroup } from '../../../src/model/bundle-format';
import { ingestBundle } from '../../../src/lib/data/ingest';
import type { InstallProgress } from '../../../src/lib/data/profile';
import { BundleStore } from '../../../src/lib/data/store';
import { activeRow } from '../../../src/lib/data/versions';
import {
	buildBundle,
	freshDb,
	manyRecords,
	memorySource,
	packsOf,
	profileRecords,
	replaceFile,
	rewrite,
	type MemorySource
} from './bundle-fixture';

const options = { chunkRecords: 100, chunkEntities: 200 };
const v1 = buildBundle(manyRecords(300), options);
const v2 = buildBundle([...manyRecords(300), ...profileRecords()], options);
const lastFacts = v2.manifest.files.filter((f) => f.kind === 'facts').at(-1)!;
const firstEntities = v2.manifest.files.find((f) => f.kind === 'entities')!;
const graphFile = v2.manifest.files.find((f) => f.kind === 'graph')!;
const lastText = v2.files.get(lastFacts.name) as string;
const truncated = lastText.slice(0, -10);
const flipped = lastText.replace('"format":1', '"format":2');

const cases: [string, () => MemorySource, RegExp][] = [
	[
		'a truncated chunk',
		() => memorySource(v2, { files: { [lastFacts.name]: truncated } }),
		new RegExp(
			`^${lastFacts.name}: is ${lastFacts.bytes - 10} bytes but the manifest says ${lastFacts.bytes}`
		)
	],
	[
		'a chunk whose sha256 differs',
		() => memorySource(v2, { files: { [lastFacts.name]: flipped } }),
		new RegExp(
			`^${lastFacts.name}: sha256 is [0-9a-f]{64} but the manifest says ${lastFacts.sha256}`
		)
	],
	[
		'a manifest of an unknown format version',
		() => memorySource(v2, { manifest: v2.manifestText.replace('"format": 1', '"format": 2') }),
		/^manifest\.json: unknown bundle format 2 \(this app reads format 1\)/
	],
	[
		'a chunk of an unknown format version',
		() => memorySource(rewrite(v2, lastFacts.name, (body) => (body.format = 2))),
		new RegExp(`^${lastFacts.name}: unknown bundle format 2`)
	],
	[
		'a record failing validation',
		() =>
			memorySource(
				rewrite(v2, lastFacts.name, (body) => {
					(body.groups as FactGroup[])[1]!.relations[0]!.confidence = 'certain' as 'confirmed';
				})
			),
		new RegExp(`^${lastFacts.name}: invalid record: groups\\.1\\.relations\\.0\\.confidence`)
	],
	[
		'a graph file naming a node it does not list',
		() =>
			memorySource(
				rewrite(v2, graphFile.name, (body) => {
					(body.edges as number[])[1] = (body.nodes as string[]).length;
				})
			),
		new RegExp(`^${graphFile.name}: invalid graph: edge 0 names a node past the \\d+ listed`)
	],
	[
		'a manifest listing a missing file',
		() => memorySource(v2, { files: { [firstEntities.name]: null } }),
		new RegExp(`^${firstEntities.name}: the server answered 404`)
	],
	[
		'a manifest that is not JSON',
		() => memorySource(v2, { manifest: '<html>Not Found</html>' }),
		/^manifest\.json: is not valid JSON/
	],
	[
		'a chunk that is not UTF-8',
		() => memorySource(replaceFile(v2, lastFacts.name, new Uint8Array([0x7b, 0xff, 0x7d]))),
		new RegExp(`^${lastFacts.name}: is not valid UTF-8`)
	]
];

describe('a failed install', () => {
	it.each(cases)(
		'of %s keeps the old version complete and names the file',
		async (_, source, message) => {
			const db = freshDb();
			await ingestBundle({ source: memorySource(v1), db });
			const before = await packsOf(db, v1.manifest.version);
			const seen: InstallProgress[] = [];

			await expect(
				ingestBundle({ source: source(), db, onProgress: (p) => seen.push(p) })
			).rejects.toThrow(message);

			expect((await activeRow(db))?.version).toBe(v1.manifest.version);
			expect(await packsOf(db, v1.manifest.version)).toEqual(before);
			expect(await packsOf(db, v2.manifest.version)).toEqual([]);
			expect(await db.meta.get('pending')).toBeUndefined();
			const someone = v1.data.people[0]!.id;
			expect(await new BundleStore(db).getEntity(someone)).toMatchObject({ id: someone });
			expect(seen.at(-1)).toMatchObject({ phase: 'failed', error: expect.stringMatching(message) });
		}
	);

	it('on a first install leaves nothing behind', async () => {
		const db = freshDb();
		await expect(ingestBundle({ source: cases[0]![1](), db })).rejects.toThrow(lastFacts.name);
		expect(await db.packs.count()).toBe(0);
		expect(await db.meta.count()).toBe(0);
	});
});
