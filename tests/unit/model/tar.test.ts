// @vitest-environment node
// The tar codec on its own: what it writes, the system tar reads, and the other way round.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexTar, writeTar } from '../../../src/model/tar';

const index = (bytes: Uint8Array) =>
	indexTar('x.tar', bytes.byteLength, async (at, n) => bytes.slice(at, at + n));

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'plainview-tar-'));
});

describe('writeTar and indexTar', () => {
	it('round-trips files, padded to 512-byte blocks, with a valid header checksum', async () => {
		const files = [
			{ name: 'manifest.json', bytes: new TextEncoder().encode('{"a":1}') },
			{ name: 'facts-0001.json', bytes: new Uint8Array(513).fill(65) }
		];
		const bytes = writeTar(files, 1_700_000_000);
		expect(bytes.byteLength).toBe(512 + 512 + 512 + 1024 + 1024);
		const spans = await index(bytes);
		expect([...spans.keys()]).toEqual(['manifest.json', 'facts-0001.json']);
		const facts = spans.get('facts-0001.json')!;
		expect(bytes.slice(facts.offset, facts.offset + facts.size)).toEqual(files[1]!.bytes);
	});

	it('is listed and unpacked by the system tar as the same files', () => {
		const path = join(dir, 'check.tar');
		writeFileSync(path, writeTar([{ name: 'a.json', bytes: new TextEncoder().encode('[1]') }]));
		expect(execFileSync('tar', ['-tf', path], { encoding: 'utf8' })).toBe('a.json\n');
		expect(execFileSync('tar', ['-xOf', path, 'a.json'], { encoding: 'utf8' })).toBe('[1]');
	});

	it('reads an archive the system tar wrote from a folder (./ names, a directory entry)', async () => {
		const folder = join(dir, 'folder');
		mkdirSync(folder);
		writeFileSync(join(folder, 'manifest.json'), '{}');
		const path = join(dir, 'system.tar');
		execFileSync('tar', ['--format=ustar', '-C', folder, '-cf', path, '.']);
		expect([...(await index(new Uint8Array(readFileSync(path)))).keys()]).toEqual([
			'manifest.json'
		]);
	});

	it('refuses a damaged header, naming the archive', async () => {
		const damaged = writeTar([{ name: 'manifest.json', bytes: new Uint8Array(10) }]);
		damaged[3] = 0x7a;
		await expect(index(damaged)).rejects.toThrow(
			/^x\.tar: is not a tar archive or is damaged \(the header at byte 0 fails its checksum\)/
		);
	});

	it('refuses an archive cut short', async () => {
		const whole = writeTar([{ name: 'manifest.json', bytes: new Uint8Array(2000) }]);
		await expect(index(whole.slice(0, 1500))).rejects.toThrow(/^x\.tar: is cut short/);
	});
});
