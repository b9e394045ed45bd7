/**
 * What a big source costs to read, and what resolving a generated set holds. A file is parsed
 * a piece at a time and each row kept only as the record it states (sources/csv.ts scanCsv):
 * reading it whole into rows first, as the builder once did, needs far more heap than the
 * records themselves. The records then wait on disk while people are clustered; resolution
 * lets the sightings and each person's gathered facts go before the facts are made, starts
 * clusters with shared empty sets (resolve/resolve.ts, resolve/clusters.ts), and keeps what
 * it holds compact: holding more, as it once did, needs more heap than the bound below.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode } from '../../fixtures/run-node';

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

/**
 * Heap for reading and resolving the national-shaped set at a tenth of its size (about
 * 113,000 records), the way a build does: each file's sightings kept and its records put on
 * disk until their facts are made (resolve/resolve.ts ResolveInput, sources/record-spill.ts).
 * That needs between 120 and 125 MiB here. Holding every record from reading to the end of
 * resolution, as the builder did until 2026-12-07, needs more than 150 MiB, and more again
 * with every sighting, one link object per sighting and every person's gathered facts held
 * until the facts were made, ids and record refs as ropes, or a copy of each date, code and
 * organisation id per row (resolve/exact.ts, sources/record-ref.ts), as it once did.
 */
const RESOLVE_HEAP_MIB = 140;

describe('resolving a generated set', () => {
	it(`reads and resolves a tenth of the national set within a ${RESOLVE_HEAP_MIB} MiB heap`, () => {
		const set = join(dir, 'national-tenth');
		const generated = runNode(['src/demo/cli.ts', '--scale', '0.1', '--out', set], ROOT);
		expect(generated.status).toBe(0);
		const child = runNode(
			['tests/fixtures/resolve-folder.ts', set],
			ROOT,
			`--max-old-space-size=${RESOLVE_HEAP_MIB}`
		);
		expect(child.stderr.slice(-2000)).not.toMatch(/heap out of memory/);
		expect(child.status).toBe(0);
		const [records, people] = child.stdout.trim().split(' ').map(Number);
		expect(records).toBeGreaterThan(100_000);
		expect(people).toBeGreaterThan(10_000);
	}, 300_000);
});
