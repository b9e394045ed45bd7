/**
 * What a big source costs to read. A file is parsed a piece at a time and each row kept only
 * as the record it states (sources/csv.ts scanCsv): reading it whole into rows first, as the
 * builder once did, needs far more heap than the records themselves.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'plainview-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The demo's fictional donations, repeated until the file has `copies` times its rows. */
function bigDonations(copies: number): { path: string; rows: number } {
	const [header, ...body] = readFileSync(join(ROOT, 'data/demo/knab/donations.csv'), 'utf8')
		.split('\n')
		.filter((line) => line !== '');
	const path = join(dir, 'donations.csv');
	const block = body.join('\n') + '\n';
	writeFileSync(path, header + '\n' + block.repeat(copies));
	return { path, rows: body.length * copies };
}

/**
 * Heap for 200,000 donation rows: their records fit with room to spare, while the whole
 * file's parsed rows (cells and values of every row) held beside them do not; the old
 * whole-file reader ran out of heap here.
 */
const HEAP_MIB = 320;

describe('reading a big source', () => {
	it(`reads 200,000 donation rows within a ${HEAP_MIB} MiB heap`, () => {
		const { path, rows } = bigDonations(25);
		expect(rows).toBe(200_000);
		const child = spawnSync(
			process.execPath,
			[
				`--max-old-space-size=${HEAP_MIB}`,
				'--import',
				'tsx',
				'tests/fixtures/read-one-source.ts',
				path
			],
			{ cwd: ROOT, encoding: 'utf8' }
		);
		expect(child.stderr.slice(-2000)).not.toMatch(/heap out of memory/);
		expect(child.status).toBe(0);
		expect(child.stdout.trim()).toBe(`knab-donations-csv ${rows}`);
	}, 180_000);
});
