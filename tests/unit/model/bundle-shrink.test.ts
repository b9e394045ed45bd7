import { describe, expect, it } from 'vitest';
import type { Manifest, ManifestFile } from '../../../src/model/bundle-format';
import {
	bundleCounts,
	bundleShrink,
	SHRINK_RATIO,
	ShrinkError
} from '../../../src/model/bundle-shrink';

const file = (kind: ManifestFile['kind'], records: number) => ({ kind, records }) as ManifestFile;
/** A manifest with `entities` entity records and `facts` fact groups, plus a search file of the entities. */
const manifestOf = (version: string, entities: number, facts: number) =>
	({
		version,
		files: [file('entities', entities), file('facts', facts), file('search', entities)]
	}) as Manifest;

const installed = manifestOf('v1', 8_000, 12_000);

describe('bundleCounts', () => {
	it('counts entities from the entity files and records from every file', () => {
		expect(bundleCounts(installed)).toEqual({ entities: 8_000, records: 28_000 });
	});
});

describe('bundleShrink', () => {
	it.each([
		['the same bundle', manifestOf('v2', 8_000, 12_000)],
		['a larger bundle', manifestOf('v2', 9_000, 20_000)],
		['a tenth exactly', manifestOf('v2', 800, 2_000)],
		['half the bundle', manifestOf('v2', 4_000, 6_000)]
	])('lets %s through', (_name, offered) => {
		expect(bundleShrink(installed, offered)).toBeUndefined();
	});

	it.each([
		['a bundle of 12 records', manifestOf('v2', 4, 4), { entities: 4, records: 12 }],
		['just under a tenth of the entities', manifestOf('v2', 799, 20_000), undefined],
		['enough entities but under a tenth of the records', manifestOf('v2', 900, 0), undefined]
	])('holds back %s, with both sides counted', (_name, offered, counts) => {
		const shrink = bundleShrink(installed, offered);
		expect(shrink).toMatchObject({
			installed: { entities: 8_000, records: 28_000 },
			version: 'v2'
		});
		if (counts) expect(shrink?.offered).toEqual(counts);
	});

	it('uses the stated ratio unless given another', () => {
		expect(SHRINK_RATIO).toBe(0.1);
		expect(bundleShrink(installed, manifestOf('v2', 4_000, 6_000), 0.6)).toBeDefined();
	});

	it('says in its error what would be lost, naming the manifest', () => {
		const shrink = bundleShrink(installed, manifestOf('v2', 4, 4))!;
		expect(new ShrinkError(shrink).message).toBe(
			'manifest.json: lists 4 entities in 12 records, under 0.1 of the installed 8000 in 28000; not installed without confirmation'
		);
	});
});
