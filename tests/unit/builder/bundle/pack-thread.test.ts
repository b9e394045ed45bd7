// The second thread that packs a big build's files writes what GzipPacks writes on the build's own.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GzipPacks } from '../../../../src/builder/bundle/gzip-packs';
import { PackThread } from '../../../../src/builder/bundle/pack-thread';

const dir = mkdtempSync(join(tmpdir(), 'pack-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pack texts of many sizes, with letters outside ASCII: some wrap the ring, one is over half of it. */
function texts(file: number): string[] {
	return Array.from({ length: 40 }, (_, i) => {
		const size = i === 17 ? 40_000 : 50 + ((i * 7919 + file * 104_729) % 9_000);
		return `{"entity":"p-${file}-${i}","name":"Kalniņa ${i}"}\n`.repeat(Math.ceil(size / 40));
	});
}

function alone(list: readonly string[]) {
	const packs = new GzipPacks();
	for (const text of list) packs.add(text);
	return packs.finish();
}

describe('PackThread', () => {
	it('writes the bytes and fields GzipPacks makes, through a ring it wraps many times', async () => {
		// 64 KiB: the 40,000-byte pack is over half of it and goes as a copy.
		const thread = new PackThread(64 << 10);
		try {
			const files = [0, 1, 2].map((n) => ({ n, number: thread.open(), list: texts(n) }));
			// Interleaved, as a build starts a part's file while another part's is still open.
			for (let i = 0; i < 40; i++) for (const f of files) thread.add(f.number, f.list[i]!);
			for (const f of files) thread.finish(f.number, join(dir, `file-${f.n}.gz`));
			const written = thread.settle();
			for (const f of files) {
				const expected = alone(f.list);
				expect(written.get(f.number)).toEqual(expected.fields);
				expect(new Uint8Array(readFileSync(join(dir, `file-${f.n}.gz`)))).toEqual(expected.bytes);
			}
		} finally {
			await thread.close();
		}
	});

	it('reports a file it cannot write, naming the problem', async () => {
		const thread = new PackThread();
		try {
			const number = thread.open();
			thread.add(number, 'text\n');
			thread.finish(number, join(dir, 'no-such-folder', 'file.gz'));
			expect(() => thread.settle()).toThrow(/writing the bundle files: .*ENOENT/);
		} finally {
			await thread.close();
		}
	});
});
