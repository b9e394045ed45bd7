// @vitest-environment node
/**
 * The full shape at a small test scale (the same code path as `--scale full`): how many
 * records each dataset gets, the split into files, and the same bytes from the same seed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOut, FULL_SCALE, parseArgs } from '../../../src/demo/cli-args';
import { DEFAULT_SEED } from '../../../src/demo/generate';
import { fullSizes, nationalSizes, type Sizes } from '../../../src/demo/sizes';
import { buildWorld } from '../../../src/demo/world';
import { generateInto, listFiles, type Output } from '../../fixtures/demo-output';

const base = fullSizes(0.02);
/** Small parts, so a year is split into several files as at full scale. */
const SIZES: Sizes = { ...base, full: { ...base.full!, declarationsPerFile: 150 } };
let cached: Output | undefined;
const full = () => (cached ??= generateInto('plainview-full-', SIZES));
const world = buildWorld(DEFAULT_SEED, SIZES);
const shape = SIZES.full!;

const countsUnder = (prefix: string) =>
	Object.entries(full().counts).filter(([file]) => file.startsWith(prefix));

describe('--scale', () => {
	it('reads full as ten times the national set, into data/full', () => {
		expect(parseArgs(['--scale', 'full'])).toEqual({ scale: FULL_SCALE });
		expect(parseArgs(['--scale', '3'])).toEqual({ scale: 3 });
		expect(parseArgs(['--scale'])).toEqual({ scale: 1 });
		expect(defaultOut(FULL_SCALE)).toBe('data/full');
		expect(defaultOut(3)).toBe('data/national-3x');
		expect(defaultOut(1)).toBe('data/national');
		expect(defaultOut(undefined)).toBe('data/demo');
	});

	it('asks the full shape for the country: 55,000 officials, ten years, since 2002', () => {
		const country = fullSizes(FULL_SCALE);
		expect(country.civilServants).toBe(54_000);
		expect(country.full).toMatchObject({ donationsFrom: 2002, bulkCompanies: 520_000 });
		expect(country.full!.declarationYears).toHaveLength(10);
		expect(country.full!.taxYears).toEqual(country.full!.declarationYears);
		expect(nationalSizes(1).full).toBeUndefined();
	});
});

describe('the full shape at a test scale', () => {
	it('writes every official’s declaration for every year, split into parts', () => {
		const officials = world.officials.length;
		expect(officials).toBeGreaterThan(SIZES.civilServants);
		for (const year of shape.declarationYears) {
			const parts = countsUnder(`vid/declarations/declarations-${year}-`);
			expect(parts.length).toBe(Math.ceil(officials / shape.declarationsPerFile));
			expect(parts.reduce((sum, [, n]) => sum + n, 0)).toBe(officials);
			for (const [file, n] of parts) {
				expect(n).toBeLessThanOrEqual(shape.declarationsPerFile);
				expect((JSON.parse(full().text(file)) as unknown[]).length).toBe(n);
			}
		}
		expect(full().counts['vid/declarations.json']).toBeUndefined();
	});

	it('writes one tax file per year and the whole register, bulk included', () => {
		const tax = countsUnder('vid-tax/');
		expect(tax.map(([file]) => file)).toEqual(
			shape.taxYears.map((year) => `vid-tax/tax-totals-${year}.csv`)
		);
		for (const [, n] of tax) expect(n).toBeGreaterThan(shape.bulkCompanies * 0.5);
		const register = world.companies.length + world.parties.length + shape.bulkCompanies;
		expect(full().counts['ur/register.csv']).toBe(register);
		expect(full().lines('ur/register.csv').filter(Boolean)).toHaveLength(register + 1);
		expect(full().counts['ur/officers.csv']).toBeGreaterThan(shape.bulkCompanies);
		expect(full().counts['ur/members.csv']).toBeGreaterThan(shape.bulkCompanies * 0.5);
		expect(full().counts['ur/beneficial_owners.csv']).toBeGreaterThan(shape.bulkCompanies * 0.5);
	});

	it('writes the donations asked for, from 2002 on', () => {
		const donations = full().counts['knab/donations.csv']!;
		expect(donations).toBeGreaterThanOrEqual(SIZES.donations);
		expect(donations).toBeLessThan(SIZES.donations * 1.02 + 100);
		const years = new Set(
			full()
				.lines('knab/donations.csv')
				.slice(1)
				.filter(Boolean)
				.map((line) => /(\d{2})\/(\d{2})\/(\d{4}),/.exec(line)?.[3])
		);
		expect([...years].sort()[0]).toBe('2002');
		expect(years.has('2025')).toBe(true);
		expect(full().counts['knab/membership-fees.csv']).toBeGreaterThanOrEqual(SIZES.fees);
	});

	it('lists every file in sources.json', () => {
		const sources = Object.keys(JSON.parse(full().text('sources.json')) as object);
		const files = listFiles(full().dir).filter(
			(f) => !['sources.json', 'planted.json', 'parties.json'].includes(f)
		);
		expect(sources.sort()).toEqual(files);
	});

	it('writes byte-identical files from the same seed', () => {
		const small = fullSizes(0.01);
		const hashes = (dir: string) =>
			listFiles(dir).map((file) => [
				file,
				createHash('sha256')
					.update(readFileSync(join(dir, file)))
					.digest('hex')
			]);
		const a = generateInto('plainview-full-a-', small);
		const b = generateInto('plainview-full-b-', small);
		expect(hashes(b.dir)).toEqual(hashes(a.dir));
	});
});
