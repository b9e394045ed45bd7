// @vitest-environment node
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containsForbidden } from '../../../src/demo/random';
import { nationalSizes } from '../../../src/demo/sizes';
import { demo, generateInto, listFiles } from '../../fixtures/demo-output';

const hashes = (dir: string) =>
	Object.fromEntries(
		listFiles(dir).map((file) => [
			file,
			createHash('sha256')
				.update(readFileSync(join(dir, file)))
				.digest('hex')
		])
	);

describe('demo generation', () => {
	it('writes byte-identical files on every run', () => {
		const first = demo();
		const second = generateInto('plainview-demo-again-');
		expect(hashes(second.dir)).toEqual(hashes(first.dir));
	});

	it('matches the committed data/demo (run `npm run data:demo` after changing the generator)', () => {
		const committed = resolve(import.meta.dirname, '../../../data/demo');
		if (!existsSync(committed)) return;
		expect(hashes(committed)).toEqual(hashes(demo().dir));
	});

	it('lists every written file in sources.json and nothing else', () => {
		const output = demo();
		const sources = JSON.parse(output.text('sources.json')) as Record<string, { licence: string }>;
		const files = listFiles(output.dir).filter(
			(f) => !['sources.json', 'planted.json', 'parties.json'].includes(f)
		);
		expect(Object.keys(sources).sort()).toEqual(files);
		for (const entry of Object.values(sources)) {
			expect(entry).toMatchObject({
				licence: 'Fictional demo data (CC0)',
				retrievedAt: '2026-11-01'
			});
		}
	});

	it('never prints the fragments that point at real people', () => {
		const output = demo();
		for (const file of listFiles(output.dir)) {
			expect(containsForbidden(output.text(file)), file).toBe(false);
		}
	});

	it('has roughly the sizes asked for', () => {
		const { counts } = demo();
		expect(counts['saeima/deputies.csv']).toBe(100);
		expect(counts['knab/donations.csv']).toBeGreaterThanOrEqual(8000);
		expect(counts['knab/donations.csv']).toBeLessThan(8100);
		expect(counts['vid/declarations.json']).toBeGreaterThanOrEqual(1700);
		expect(counts['ur/register.csv']).toBeGreaterThan(2000);
		expect(counts['vid-tax/tax-totals.csv']).toBeGreaterThan(5000);
	});
});

describe('national scale', () => {
	it('streams the same formats at a fraction of the national size, deterministically', () => {
		const sizes = nationalSizes(0.004);
		const a = generateInto('plainview-national-a-', sizes);
		const b = generateInto('plainview-national-b-', sizes);
		expect(hashes(b.dir)).toEqual(hashes(a.dir));
		expect(a.counts['knab/donations.csv']).toBeGreaterThanOrEqual(2520);
		expect(a.counts['vid/declarations.json']).toBeGreaterThan(6 * 100);
		expect(a.lines('knab/donations.csv')[0]).toBe(demo().lines('knab/donations.csv')[0]);
	});
});
