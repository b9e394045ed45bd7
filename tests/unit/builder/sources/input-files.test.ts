import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../../../src/builder/sources/input-files';

describe('expandInputs', () => {
	it('gives every file below a folder, sorted, without sidecars or hidden files', () => {
		const dir = mkdtempSync(join(tmpdir(), 'plainview-inputs-'));
		for (const sub of ['b', 'a/deep', '.git']) mkdirSync(join(dir, sub), { recursive: true });
		const files = [
			'b/z.csv',
			'b/a.csv',
			'a/deep/x.json',
			'a/sources.json',
			'planted.json',
			'parties.json',
			'.hidden.csv',
			'.git/config',
			'notes.txt'
		];
		for (const f of files) writeFileSync(join(dir, f), 'x');
		const named = join(dir, 'b', 'a.csv');
		const { files: out, found } = expandInputs([join(dir, 'b'), dir, named]);
		expect(out).toEqual(
			['a/deep/x.json', 'b/a.csv', 'b/z.csv', 'notes.txt'].map((f) => join(dir, f))
		);
		// Named on its own, a file must be read even when a folder also holds it.
		expect(found.has(named)).toBe(false);
		expect(found.has(join(dir, 'notes.txt'))).toBe(true);
	});

	it('keeps a path that does not exist as a named file, for the build to report', () => {
		expect(expandInputs(['/nonexistent/x.csv'])).toEqual({
			files: ['/nonexistent/x.csv'],
			found: new Set()
		});
	});
});
