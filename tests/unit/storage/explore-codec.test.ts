// The explore file stored as columns: what goes in comes out, and damage is named.
import { describe, expect, it } from 'vitest';
import { createExploreEngine } from '../../../src/lib/explore/explore-engine';
import { typedColumns } from '../../../src/lib/explore/typed-columns';
import { decodeExplore, encodeExplore } from '../../../src/lib/storage/explore-codec';
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
		donorName: 'Jānis Bērziņš',
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
	it('decodes to the same columns, typed, and the same other sections', () => {
		const body = planted();
		const stored = encodeExplore(body);
		const loaded = decodeExplore(stored, FILE);
		expect(loaded.donations).toEqual(typedColumns(body.donations));
		expect(loaded.donations.cents).toBeInstanceOf(Float64Array);
		expect(Array.from(loaded.donations.cents)).toEqual(ROWS.map((r) => r.cents));
		const { donations: _, ...sections } = body;
		expect(loaded.sections()).toEqual(sections);
		expect(body.officials).toBeDefined();
	});

	it('answers as the parsed file does', () => {
		const body = planted();
		const fromStore = createExploreEngine(decodeExplore(encodeExplore(body), FILE));
		const fromFile = createExploreEngine(body);
		for (const measure of ['donations', 'fees', 'both'] as const)
			expect(fromStore.overview(allOf(measure))).toEqual(fromFile.overview(allOf(measure)));
	});

	it('views the columns in the stored buffer rather than copying them', () => {
		const stored = encodeExplore(planted());
		const loaded = decodeExplore(stored, FILE);
		expect(loaded.donations.party.buffer).toBe(stored.buffer);
	});

	it('holds an empty file', () => {
		const body: ExploreBody = { donations: plantedColumns([]), flags: [] };
		const loaded = decodeExplore(encodeExplore(body), FILE);
		expect(loaded.donations.ids).toBe('');
		expect(loaded.donations.party).toHaveLength(0);
	});
});

describe('a damaged stored explore row', () => {
	const damaged = (change: (bytes: Uint8Array) => Uint8Array) => () =>
		decodeExplore(change(encodeExplore(planted())), FILE);
	const named = (problem: RegExp) =>
		expect.objectContaining({
			name: 'BundleError',
			file: FILE,
			problem: expect.stringMatching(problem) as unknown
		});

	it('is refused when it is not explore columns at all', () => {
		const json = damaged(() => new TextEncoder().encode('{"donations":{}}'));
		expect(json).toThrow(BundleError);
		expect(json).toThrow(named(/do not start with the explore columns mark/));
	});

	it('is refused when cut short, naming the file', () => {
		expect(damaged((b) => b.slice(0, b.byteLength - 9))).toThrow(named(/runs past the end/));
		expect(damaged((b) => b.slice(0, 20))).toThrow(named(/header runs past the end/));
	});

	it('is refused when its header is garbled', () => {
		expect(
			damaged((b) => {
				const copy = b.slice();
				copy[9] = 0x7b; // '{' inside the JSON header
				return copy;
			})
		).toThrow(named(/header is not JSON/));
	});

	it('is refused when a code points past its table', () => {
		const body = planted();
		const stored = encodeExplore(body);
		const loaded = decodeExplore(stored, FILE);
		// Flip a stored party code in place: the view shares the stored bytes.
		loaded.donations.party[2] = 9;
		expect(() => decodeExplore(stored, FILE)).toThrow(named(/party\.2 is 9, not a code under 2/));
	});

	it('says so in its message with the file first', () => {
		try {
			damaged((b) => b.slice(0, 20))();
			expect.unreachable();
		} catch (error) {
			expect((error as Error).message).toMatch(
				/^explore-0001\.jsonl\.gz: its stored explore columns are damaged \(.+\); install the data again$/
			);
		}
	});
});
