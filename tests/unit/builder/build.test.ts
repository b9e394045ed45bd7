import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { build } from '../../../src/builder/build';
import { formatReport } from '../../../src/builder/report';
import { parseManifest, type Manifest } from '../../../src/model/bundle-format';
import { expandInputs } from '../../../src/builder/sources/input-files';
import { fakeDonations, fakeFile } from '../../fixtures/fake-adapter';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'plainview-build-'));
	mkdirSync(join(dir, 'in'));
});

const input = (name: string, text: string) => {
	const path = join(dir, 'in', name);
	writeFileSync(path, text);
	return path;
};
/** `run` with the system's temporary folder (os.tmpdir(), which reads TMPDIR) set to `folder`. */
function withTmpdir<T>(folder: string, run: () => T): T {
	const before = process.env.TMPDIR;
	process.env.TMPDIR = folder;
	try {
		return run();
	} finally {
		if (before === undefined) delete process.env.TMPDIR;
		else process.env.TMPDIR = before;
	}
}

const readOut = (out: string) =>
	Object.fromEntries(
		readdirSync(out)
			.sort()
			.map((f) => [f, readFileSync(join(out, f)).toString('base64')])
	);

describe('build', () => {
	it('builds byte-identical bundles from the same inputs', () => {
		const files = [input('a.csv', fakeFile(40)), input('b.csv', fakeFile(25))];
		const first = join(dir, 'first');
		const second = join(dir, 'second');
		expect(build({ files, out: first, chunkRecords: 10 }, [fakeDonations]).error).toBeUndefined();
		expect(build({ files, out: second, chunkRecords: 10 }, [fakeDonations]).error).toBeUndefined();
		expect(readOut(first)).toEqual(readOut(second));
		expect(Object.keys(readOut(first))).toEqual(
			expect.arrayContaining([
				'manifest.json',
				'build-report.json',
				'entities-0001.jsonl.gz',
				'facts-0001.jsonl.gz',
				'explore-0001.jsonl.gz'
			])
		);
	});

	it('reports rows read, accepted and rejected per file, with the line of each rejected row', () => {
		const path = input('a.csv', fakeFile(40, 1));
		const { report } = build({ files: [path], out: join(dir, 'out') }, [fakeDonations]);
		expect(report.files[0]).toMatchObject({
			format: 'fake-donations',
			detectedBy: 'header',
			rowsRead: 41,
			accepted: 40
		});
		expect(report.files[0]!.rejected).toEqual([{ line: 42, reason: 'not an amount: "EUR lots"' }]);
	});

	it('fails on too many rejected rows, names the file, and leaves the output folder as it was', () => {
		const out = join(dir, 'out');
		build({ files: [input('good.csv', fakeFile(20))], out }, [fakeDonations]);
		const before = readOut(out);
		const bad = input('bad.csv', fakeFile(18, 2)); // 10 % rejected
		const result = build({ files: [bad], out }, [fakeDonations]);
		expect(result.error).toContain('bad.csv');
		expect(result.error).toContain('2 of 20 rows rejected (10.0 %)');
		expect(readOut(out)).toEqual(before);
		expect(build({ files: [bad], out, maxRejected: 0.2 }, [fakeDonations]).error).toBeUndefined();
	});

	it('fails on a file whose format it cannot recognise, and says how to force one', () => {
		const result = build({ files: [input('mystery.csv', 'a,b\n1,2\n')], out: join(dir, 'out') }, [
			fakeDonations
		]);
		expect(result.error).toMatch(
			/mystery\.csv: cannot read: format not recognised.*--as.*fake-donations/
		);
		expect(() => readdirSync(join(dir, 'out'))).toThrow();
	});

	it('fails on a binary file', () => {
		const path = join(dir, 'in', 'image.csv');
		writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
		expect(build({ files: [path], out: join(dir, 'out') }, [fakeDonations]).error).toContain(
			'binary data'
		);
	});

	it('takes provenance from a sources.json sidecar, and the build time from it', () => {
		const path = input('a.csv', fakeFile(5));
		writeFileSync(
			join(dir, 'in', 'sources.json'),
			JSON.stringify({
				'a.csv': { publisher: 'KNAB', url: 'https://example.org/a', retrievedAt: '2026-10-01' }
			})
		);
		const out = join(dir, 'out');
		build({ files: [path], out }, [fakeDonations]);
		const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
		expect(manifest.builtAt).toBe('2026-10-01');
		// The party register is cited as a source too (its own test: parties/build-parties.test.ts).
		expect(manifest.sources.filter((s: { id: string }) => s.id !== 'party-register')).toEqual([
			{
				id: 'a',
				format: 'fake-donations',
				file: 'a.csv',
				publisher: 'KNAB',
				title: 'Test donations',
				url: 'https://example.org/a',
				licence: 'CC0',
				retrievedAt: '2026-10-01',
				// The first and last date of its donations.
				period: ['2023-01-01', '2023-01-05'],
				records: 5
			}
		]);
	});

	it('reads a folder: skips, with the reason, a file in it no format recognises', () => {
		input('a.csv', fakeFile(5));
		mkdirSync(join(dir, 'in', 'notes'));
		// Same stem as a.csv: a skipped file must not lengthen the dataset ids of the others.
		writeFileSync(join(dir, 'in', 'notes', 'a.txt'), 'a list of things to do\n');
		const out = join(dir, 'out');
		const result = build({ ...expandInputs([join(dir, 'in')]), out }, [fakeDonations]);
		expect(result.error).toBeUndefined();
		expect(
			result.report.files.map((f) => [f.file.slice(dir.length), f.dataset, !!f.skipped])
		).toEqual([
			['/in/a.csv', 'a', false],
			['/in/notes/a.txt', '', true]
		]);
		expect(result.report.files[1]!.skipped).toMatch(/format not recognised/);
		const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
		expect(manifest.sources.map((s: { id: string }) => s.id)).toEqual(['a', 'party-register']);
		// Named on its own, the same file fails the build.
		const named = build({ files: [join(dir, 'in', 'notes', 'a.txt')], out }, [fakeDonations]);
		expect(named.error).toMatch(/a\.txt: cannot read: format not recognised/);
	});

	it('leaves out, and says so, a graph or explore record past the pack bound the app reads', () => {
		const out = join(dir, 'out');
		const result = build({ files: [input('a.csv', fakeFile(40))], out, packBound: 2000 }, [
			fakeDonations
		]);
		expect(result.error).toBeUndefined();
		const warnings = result.report.bundleWarnings ?? [];
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(
			/^explore-0001\.jsonl\.gz left out: its one explore record is [\d.]+ MiB unpacked, over the 0\.0 MiB the app reads in one pack, so this bundle has no explore pages$/
		);
		expect(formatReport(result.report)).toContain(`bundle: ${warnings[0]}`);
		expect(readdirSync(out)).not.toContain('explore-0001.jsonl.gz');
		const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
		expect(manifest.files.map((f) => f.kind)).not.toContain('explore');
		expect(parseManifest('manifest.json', manifest).files).toHaveLength(manifest.files.length);
		// Under the default bound nothing is left out.
		const whole = build({ files: [input('a.csv', fakeFile(40))], out }, [fakeDonations]);
		expect(whole.report.bundleWarnings).toBeUndefined();
		expect(readdirSync(out)).toContain('explore-0001.jsonl.gz');
	});

	it('leaves none of the records it kept in TMPDIR, built or failed', () => {
		const temp = join(dir, 'temp');
		mkdirSync(temp);
		const files = [input('a.csv', fakeFile(40)), input('b.csv', fakeFile(25))];
		const result = withTmpdir(temp, () =>
			build({ files, out: join(dir, 'out'), chunkRecords: 10 }, [fakeDonations])
		);
		expect(result.error).toBeUndefined();
		expect(result.report.counts?.donations).toBe(65);
		// (tsx, which runs the build's second thread, keeps a cache there of its own.)
		const spills = () => readdirSync(temp).filter((f) => f.startsWith('plainview-'));
		expect(spills()).toEqual([]);
		// A failed build removes them too.
		const broken = [input('c.csv', 'not,a,known,header\n1,2,3,4\n')];
		const failed = withTmpdir(temp, () =>
			build({ files: broken, out: join(dir, 'out2') }, [fakeDonations])
		);
		expect(failed.error).toBeDefined();
		expect(spills()).toEqual([]);
	});

	it('fails, saying where and what to do, when it has nowhere to keep the records read', () => {
		const notAFolder = input('a-file', 'x');
		const out = join(dir, 'out');
		const result = withTmpdir(notAFolder, () =>
			build({ files: [input('a.csv', fakeFile(10))], out }, [fakeDonations])
		);
		expect(result.error).toMatch(
			/cannot make a folder in .*a-file for the records read: .*set TMPDIR/
		);
		expect(result.report.ok).toBe(false);
		expect(() => readdirSync(out)).toThrow(/ENOENT/);
	});

	it('writes the same bundle whatever the order of its inputs, a file of many pieces among them', () => {
		const big = fakeFile(19_000); // over a MiB: parsed a piece at a time
		expect(big.length).toBeGreaterThan(2 ** 20);
		const files = [
			input('a.csv', fakeFile(30)),
			input('big.csv', big),
			input('c.csv', fakeFile(7))
		];
		const bundle = (out: string) => {
			const { 'build-report.json': _, ...rest } = readOut(out);
			return rest;
		};
		const first = join(dir, 'first');
		const second = join(dir, 'second');
		expect(build({ files, out: first }, [fakeDonations]).error).toBeUndefined();
		const reversed = [...files].reverse();
		expect(build({ files: reversed, out: second }, [fakeDonations]).error).toBeUndefined();
		expect(bundle(second)).toEqual(bundle(first));
		const manifest = JSON.parse(readFileSync(join(first, 'manifest.json'), 'utf8'));
		expect(manifest.counts.donations).toBe(19_037);
	}, 180_000);
});
