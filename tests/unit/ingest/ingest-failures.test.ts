// @vitest-environment node
// The ingest runs in a worker, not a page; jsdom's typed arrays also come from a realm WebCrypto rejects.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GZIP_HEADER } from '../../../src/model/gzip-file';
import type { FactGroup } from '../../../src/model/bundle-format';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import type { InstallProgress } from '../../../src/lib/ingest/progress';
import { BundleStore } from '../../../src/lib/reads/store';
import { activeRow } from '../../../src/lib/storage/versions';
import {
	buildBundle,
	freshDb,
	manyRecords,
	memorySource,
	packsOf,
	profileRecords,
	replaceFile,
	replacePacks,
	rewrite,
	type MemorySource
} from '../../fixtures/bundle-fixture';

const options = { chunkRecords: 100, chunkEntities: 200 };
const v1 = buildBundle(manyRecords(300), options);
const v2 = buildBundle([...manyRecords(300), ...profileRecords()], options);
const lastFacts = v2.manifest.files.filter((f) => f.kind === 'facts').at(-1)!;
const firstEntities = v2.manifest.files.find((f) => f.kind === 'entities')!;
const graphFile = v2.manifest.files.find((f) => f.kind === 'graph')!;
const exploreFile = v2.manifest.files.find((f) => f.kind === 'explore')!;
const lastBytes = v2.files.get(lastFacts.name) as Uint8Array;
const truncated = lastBytes.slice(0, -10);
// Same length, one byte other: only the hash can tell.
const flipped = lastBytes.slice();
flipped[flipped.length >> 1]! ^= 0xff;
// The same file as a server that sends it with Content-Encoding: gzip delivers it.
const lastText = new Uint8Array(gunzipSync(lastBytes));
const flippedText = lastText.slice();
flippedText[flippedText.length >> 1]! ^= 0x01;
// A gzip header, then a deflate block of the reserved type 3, then a trailer's worth of bytes.
const notDeflate = Uint8Array.from([...GZIP_HEADER, 0x07, 0, 0, 0, 3, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
const facts = (records: Record<string, unknown>[]) => records as unknown as FactGroup[];
const gz = (name: string) => name.replaceAll('.', '\\.');

const cases: [string, () => MemorySource, RegExp][] = [
	[
		'a truncated chunk',
		() => memorySource(v2, { files: { [lastFacts.name]: truncated } }),
		new RegExp(
			`^${gz(lastFacts.name)}: is ${lastFacts.bytes - 10} bytes but the manifest says ${lastFacts.bytes}`
		)
	],
	[
		'a chunk whose sha256 differs',
		() => memorySource(v2, { files: { [lastFacts.name]: flipped } }),
		new RegExp(
			`^${gz(lastFacts.name)}: sha256 is [0-9a-f]{64} but the manifest says ${lastFacts.sha256}`
		)
	],
	[
		'a manifest of an unknown format version',
		() => memorySource(v2, { manifest: v2.manifestText.replace('"format": 4', '"format": 5') }),
		/^manifest\.json: unknown bundle format 5 \(this app reads format 4\)/
	],
	[
		'a manifest of format 2 (one gzip member per pack)',
		() => memorySource(v2, { manifest: v2.manifestText.replace('"format": 4', '"format": 2') }),
		/^manifest\.json: unknown bundle format 2 \(this app reads format 4\); rebuild/
	],
	[
		'a gzip chunk whose pack is not deflate data',
		() => memorySource(replaceFile(v2, lastFacts.name, notDeflate)),
		new RegExp(`^${gz(lastFacts.name)}: pack 1 is not a whole deflate stream`)
	],
	[
		'a chunk unpacked on the way and truncated',
		() => memorySource(v2, { files: { [lastFacts.name]: lastText.slice(0, -10) } }),
		new RegExp(
			`^${gz(lastFacts.name)}: is ${lastFacts.unpacked.bytes - 10} bytes but the manifest says ${lastFacts.unpacked.bytes} \\(truncated or replaced; it is not gzip data`
		)
	],
	[
		'a chunk unpacked on the way whose sha256 differs',
		() => memorySource(v2, { files: { [lastFacts.name]: flippedText } }),
		new RegExp(
			`^${gz(lastFacts.name)}: sha256 of its unpacked content is [0-9a-f]{64} but the manifest says ${lastFacts.unpacked.sha256}`
		)
	],
	[
		'packs that do not add up to the file',
		() => {
			const manifest = structuredClone(v2.manifest);
			manifest.files.find((f) => f.name === lastFacts.name)!.packs.push(7);
			return memorySource(v2, { manifest: JSON.stringify(manifest) });
		},
		new RegExp(
			`^${gz(lastFacts.name)}: the manifest's packs add up to ${lastFacts.bytes + 7} bytes`
		)
	],
	[
		'a record failing validation',
		() =>
			memorySource(
				rewrite(v2, lastFacts.name, (records) => {
					facts(records)[1]!.relations[0]!.confidence = 'certain' as 'confirmed';
				})
			),
		new RegExp(`^${gz(lastFacts.name)}: line 2: invalid record: relations\\.0\\.confidence`)
	],
	[
		'a line that is not JSON',
		() => memorySource(replacePacks(v2, lastFacts.name, ['{"entity":"p-x",\n'])),
		new RegExp(`^${gz(lastFacts.name)}: line 1: is not valid JSON`)
	],
	[
		'records out of id order',
		() => memorySource(rewrite(v2, lastFacts.name, (records) => records.reverse())),
		new RegExp(`^${gz(lastFacts.name)}: line 2: "[^"]+" is out of order`)
	],
	[
		'a record that does not start with its key',
		() =>
			memorySource(
				rewrite(v2, lastFacts.name, (records) => {
					const { entity, ...rest } = records[0]!;
					records[0] = { ...rest, entity };
				})
			),
		new RegExp(`^${gz(lastFacts.name)}: line 1: the record must start with its "entity"`)
	],
	[
		'a file with fewer records than the manifest says',
		() => memorySource(rewrite(v2, lastFacts.name, (records) => records.pop())),
		new RegExp(
			`^${gz(lastFacts.name)}: holds \\d+ records but the manifest says ${lastFacts.records}`
		)
	],
	[
		'a graph file naming a node it does not list',
		() =>
			memorySource(
				rewrite(v2, graphFile.name, ([graph]) => {
					(graph!.edges as number[])[1] = (graph!.nodes as string[]).length;
				})
			),
		new RegExp(
			`^${gz(graphFile.name)}: line 1: invalid record: edge 0 names a node past the \\d+ listed`
		)
	],
	[
		'an explore file whose column holds a party code past its table',
		() =>
			memorySource(
				rewrite(v2, exploreFile.name, ([explore]) => {
					const donations = explore!.donations as { party: number[]; parties: string[] };
					donations.party[0] = donations.parties.length;
				})
			),
		new RegExp(
			`^${gz(exploreFile.name)}: line 1: invalid record: donations\\.party\\.0 is \\d+, not a code under \\d+`
		)
	],
	[
		'a manifest listing a missing file',
		() => memorySource(v2, { files: { [firstEntities.name]: null } }),
		new RegExp(`^${gz(firstEntities.name)}: the server answered 404`)
	],
	[
		'a manifest that is not JSON',
		() => memorySource(v2, { manifest: '<html>Not Found</html>' }),
		/^manifest\.json: is not valid JSON/
	],
	[
		'a chunk that is not UTF-8',
		() =>
			memorySource(replacePacks(v2, lastFacts.name, [new Uint8Array([0x7b, 0xff, 0x7d, 0x0a])])),
		new RegExp(`^${gz(lastFacts.name)}: pack 1 is not valid UTF-8`)
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
