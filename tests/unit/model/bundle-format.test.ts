import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, parseManifest, type ManifestFile } from '../../../src/model/bundle-format';

const file = (extra: Partial<ManifestFile> = {}): ManifestFile => ({
	name: 'entities-0001.jsonl.gz',
	kind: 'entities',
	records: 10,
	bytes: 100,
	sha256: 'a'.repeat(64),
	range: ['o-1', 'p-9'],
	packs: [100],
	unpacked: { bytes: 400, sha256: 'b'.repeat(64), packs: [400] },
	...extra
});
const manifestOf = (files: unknown[], extra: Record<string, unknown> = {}) => ({
	format: BUNDLE_FORMAT,
	version: 'v',
	builtAt: '2026-11-01',
	sources: [],
	counts: {},
	files,
	...extra
});

describe('parseManifest', () => {
	it.each([3, 2, 1, 0, '4', undefined])(
		'refuses format %j, naming the file and the rebuild command',
		(format) => {
			expect(() => parseManifest('manifest.json', { format })).toThrow(
				/^manifest\.json: unknown bundle format .*\(this app reads format 4\); rebuild with npm run build:data/
			);
		}
	);

	it('refuses file names that could leave the bundle folder', () => {
		const manifest = {
			format: BUNDLE_FORMAT,
			version: 'v',
			builtAt: '2026-11-01',
			sources: [],
			counts: {},
			files: [
				{
					name: '../secret.json',
					kind: 'facts',
					records: 1,
					bytes: 1,
					sha256: 'a'.repeat(64),
					range: ['a', 'b'],
					packs: [1],
					unpacked: { bytes: 1, sha256: 'b'.repeat(64), packs: [1] }
				}
			]
		};
		expect(() => parseManifest('manifest.json', manifest)).toThrow('files.0.name');
	});

	it('reads a sound manifest', () => {
		expect(parseManifest('manifest.json', manifestOf([file()])).files).toHaveLength(1);
	});

	it.each([
		// JSON.parse('1e309') is Infinity: what a manifest with that size becomes.
		['a size of 1e309', { bytes: Number.POSITIVE_INFINITY }, 'files.0.bytes: a finite number'],
		['a negative size', { bytes: -1 }, 'files.0.bytes'],
		['a fractional record count', { records: 2.5 }, 'files.0.records: a whole number'],
		['a size larger than any real file', { bytes: 2 ** 40 }, 'files.0.bytes: at most'],
		['a pack of 0 bytes', { packs: [0] }, 'files.0.packs.0'],
		['a huge id', { range: ['o-1', 'p'.repeat(5000)] as [string, string] }, 'files.0.range.1']
	] as [string, Partial<ManifestFile>, string][])(
		'refuses %s, saying which number',
		(_, extra, message) => {
			expect(() => parseManifest('manifest.json', manifestOf([file(extra)]))).toThrow(message);
		}
	);

	it('refuses a count that is not a whole number', () => {
		expect(() =>
			parseManifest('manifest.json', manifestOf([file()], { counts: { people: Infinity } }))
		).toThrow('counts.people');
	});

	it.each([
		['no files', []],
		['files with no records', [file({ records: 0 })]],
		['no entities file', [file({ kind: 'facts', name: 'facts-0001.jsonl.gz' })]]
	])('refuses a bundle with %s, which would replace the data with nothing', (_, files) => {
		expect(() => parseManifest('manifest.json', manifestOf(files))).toThrow(
			/^manifest\.json: lists no entities: an empty bundle would replace the data with nothing/
		);
	});

	it('refuses one file listed twice', () => {
		expect(() => parseManifest('manifest.json', manifestOf([file(), file()]))).toThrow(
			'lists entities-0001.jsonl.gz twice'
		);
	});

	it('refuses two files of one kind whose ids overlap, naming both', () => {
		const files = [
			file({ name: 'entities-0001.jsonl.gz', range: ['o-1', 'p-5'] }),
			file({ name: 'entities-0002.jsonl.gz', range: ['p-5', 'p-9'] })
		];
		expect(() => parseManifest('manifest.json', manifestOf(files))).toThrow(
			'entities-0001.jsonl.gz and entities-0002.jsonl.gz overlap (o-1–p-5 and p-5–p-9): an id may be in one entities file only'
		);
	});

	it('lets files of different kinds share ids, and one kind run on in order', () => {
		const files = [
			file({ name: 'entities-0001.jsonl.gz', range: ['o-1', 'p-4'] }),
			file({ name: 'entities-0002.jsonl.gz', range: ['p-5', 'p-9'] }),
			file({ name: 'facts-0001.jsonl.gz', kind: 'facts', range: ['o-1', 'p-9'] })
		];
		expect(parseManifest('manifest.json', manifestOf(files)).files).toHaveLength(3);
	});
});
