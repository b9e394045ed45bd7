// The explore file stored as columns: what goes in comes out, and damage is named.
import { describe, expect, it } from 'vitest';
import { createExploreEngine } from '../../../src/lib/explore/explore-engine';
import { typedColumns } from '../../../src/lib/explore/typed-columns';
import {
	decodeColumns,
	decodeExplore,
	encodeColumns,
	encodeExplore,
	readStoredExplore
} from '../../../src/lib/storage/explore-codec';
import { encodePack } from '../../../src/lib/storage/pack-codec';
import { BundleError } from '../../../src/model/bundle-error';
import type { ExploreBody } from '../../../src/model/explore-file';
import { allOf, plantedColumns, type PlantedRow } from '../../fixtures/explore-fixture';
import { plantedSections } from '../../fixtures/explore-officials';

const FILE = 'explore-0001.jsonl.gz';
const A = 'o-party-a';
const B = 'o-party-b';
const ROWS: PlantedRow[] = [
	{
		party: A,
		date: '2021-03-05',
		cents: 10_000,
		donor: 'p-anna',
		donorName: 'Anna Liepa',
		office: true,
		record: 'a1.csv:2'
	},
	{
		party: A,
		date: '2022',
		cents: 2_400,
		kind: 'membership-fee',
		donor: 'p-anna',
		donorName: 'Anna Liepa',
		office: true,
		record: 'a2.csv:2'
	},
	{
		party: B,
		date: '2022-01-20',
		cents: -5_000,
		donor: 'p-bruno',
		donorName: 'Bruno Kalns',
		record: 'a1.csv:4'
	},
	{ party: B, date: '2022-02-15', cents: 4_000, donorName: 'ANONĪMS', record: 'a1.csv:6' },
	{
		party: B,
		date: '2022-03-01',
		cents: 20_000,
		currency: 'USD',
		donor: 'p-jānis',
		donorName: 'Jānis Bēldiņš',
		record: 'a1.csv:7'
	},
	{
		party: A,
		date: '2022-06-01',
		cents: 12_345_678_901,
		kind: 'goods-services',
		donor: 'o-koks',
		donorName: 'SIA Koks',
		donorKind: 'organisation',
		record: 'x-9'
	}
];

function planted(): ExploreBody {
	const { officials, rankings } = plantedSections();
	return {
		donations: plantedColumns(ROWS, { [A]: 'Partija A', [B]: 'Partija “B”' }),
		flags: [],
		...(officials && { officials }),
		...(rankings && { rankings })
	};
}

describe('the explore file stored as columns', () => {
	it('decodes to the same columns, typed, and the same other sections', async () => {
		const body = planted();
		const loaded = await decodeExplore(await encodeExplore(body), FILE);
		expect(loaded.donations).toEqual(typedColumns(body.donations));
		expect(loaded.donations.cents).toBeInstanceOf(Float64Array);
		expect(Array.from(loaded.donations.cents)).toEqual(ROWS.map((r) => r.cents));
		const { donations: _, ...sections } = body;
		expect(body.officials).toBeDefined();
		expect(loaded.sections()).toEqual(sections);
	});

	it('answers as the parsed file does', async () => {
		const body = planted();
		const fromStore = createExploreEngine(await decodeExplore(await encodeExplore(body), FILE));
		const fromFile = createExploreEngine(body);
		for (const measure of ['donations', 'fees', 'both'] as const)
			expect(fromStore.overview(allOf(measure))).toEqual(fromFile.overview(allOf(measure)));
	});

	it('is stored compressed, and its columns are views into the inflated buffer', async () => {
		const body = planted();
		const stored = await encodeExplore(body);
		const inner = encodeColumns(body);
		expect(stored.byteLength).toBeLessThan(inner.byteLength);
		expect(decodeColumns(inner, FILE).donations.party.buffer).toBe(inner.buffer);
	});

	it('reads a row an earlier app version stored as JSON, and a columns row, alike', async () => {
		const body = planted();
		const head = { version: 'v1', kind: 'explore', first: A, last: B, records: 6 } as const;
		const json = await encodePack({ ...head, items: [body] });
		const columns = {
			...head,
			layout: 'columns' as const,
			data: await encodeExplore(body),
			file: FILE
		};
		const [fromJson, fromColumns] = await Promise.all([
			readStoredExplore(json),
			readStoredExplore(columns)
		]);
		expect(json.layout).toBe('deflate');
		expect(fromJson!.donations).toEqual(fromColumns!.donations);
		expect(fromJson!.sections()).toEqual(fromColumns!.sections());
	});

	it('holds an empty file', async () => {
		const body: ExploreBody = { donations: plantedColumns([]), flags: [] };
		const loaded = await decodeExplore(await encodeExplore(body), FILE);
		expect(loaded.donations.ids).toBe('');
		expect(loaded.donations.party).toHaveLength(0);
	});
});

describe('a damaged stored explore row', () => {
	const named = (problem: RegExp) =>
		expect.objectContaining({
			name: 'BundleError',
			file: FILE,
			problem: expect.stringMatching(problem) as unknown
		});
	const stored = () => encodeExplore(planted());

	it('is refused when a stored byte changed (the checksum), naming the file', async () => {
		const bytes = await stored();
		bytes[Math.floor(bytes.byteLength / 2)]! ^= 0x55;
		await expect(decodeExplore(bytes, FILE)).rejects.toThrow(BundleError);
		await expect(decodeExplore(bytes, FILE)).rejects.toThrow(
			named(/do not inflate: cut short or changed/)
		);
	});

	it('is refused when cut short', async () => {
		const bytes = await stored();
		await expect(decodeExplore(bytes.slice(0, bytes.byteLength - 5), FILE)).rejects.toThrow(
			named(/do not inflate/)
		);
	});

	it('is refused when it is not explore columns at all', () => {
		const json = () => decodeColumns(new TextEncoder().encode('{"donations":{}}'), FILE);
		expect(json).toThrow(BundleError);
		expect(json).toThrow(named(/do not start with the explore columns mark/));
	});

	it('is refused when its inner buffer is cut short or its header garbled', () => {
		const inner = encodeColumns(planted());
		expect(() => decodeColumns(inner.slice(0, inner.byteLength - 9), FILE)).toThrow(
			named(/runs past the end/)
		);
		expect(() => decodeColumns(inner.slice(0, 20), FILE)).toThrow(
			named(/header runs past the end/)
		);
		const garbled = inner.slice();
		garbled[9] = 0x7b; // '{' inside the JSON header
		expect(() => decodeColumns(garbled, FILE)).toThrow(named(/header is not JSON/));
	});

	it('says so in its message with the file first', async () => {
		const bytes = (await stored()).slice(0, 40);
		await expect(decodeExplore(bytes, FILE)).rejects.toThrow(
			/^explore-0001\.jsonl\.gz: its stored explore columns are damaged \(.+\); install the data again$/
		);
	});
});
