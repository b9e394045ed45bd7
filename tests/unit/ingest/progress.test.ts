import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../../src/model/bundle-format';
import type { InstallProgress } from '../../../src/lib/ingest/progress';
import { ProgressTracker } from '../../../src/lib/ingest/progress';

const file = (name: string, bytes: number, records: number) => ({
	name,
	kind: 'facts' as const,
	bytes,
	records,
	sha256: '0'.repeat(64),
	range: ['a', 'b'] as [string, string],
	packs: [bytes],
	unpacked: { bytes: bytes * 5, sha256: '1'.repeat(64), packs: [bytes * 5] }
});
const manifest: Manifest = {
	format: 4,
	version: 'v1',
	builtAt: '2026-11-01',
	sources: [],
	counts: {},
	files: [file('a.json', 1000, 10), file('b.json', 3000, 30)]
};

describe('ProgressTracker', () => {
	it('estimates the time left from the byte rate once there is one', () => {
		let now = 0;
		const seen: InstallProgress[] = [];
		const tracker = new ProgressTracker(
			(p) => seen.push(p),
			() => now
		);
		tracker.begin(manifest);
		now = 100;
		tracker.bytes(400);
		expect(seen.at(-1)?.etaSeconds).toBeUndefined(); // 0.1 s in: too soon to tell
		now = 1000;
		tracker.bytes(600); // 1,000 bytes/s, 3,000 left
		expect(seen.at(-1)).toMatchObject({ bytes: { done: 1000, total: 4000 }, etaSeconds: 3 });
		tracker.fileStored(1000, 10, 1000);
		expect(seen.at(-1)).toMatchObject({
			files: { done: 1, total: 2 },
			records: { done: 10, total: 40 }
		});
	});

	it('counts a file’s bytes in full when the source did not report them as they came', () => {
		const seen: InstallProgress[] = [];
		const tracker = new ProgressTracker(
			(p) => seen.push(p),
			() => 0
		);
		tracker.begin(manifest);
		tracker.fileStored(3000, 30, 0);
		expect(seen.at(-1)?.bytes.done).toBe(3000);
	});

	it('never shows more than the total, and ends at it', () => {
		const seen: InstallProgress[] = [];
		const tracker = new ProgressTracker(
			(p) => seen.push(p),
			() => 0
		);
		tracker.begin(manifest);
		tracker.bytes(9999);
		expect(seen.at(-1)?.bytes.done).toBe(4000);
		tracker.complete(manifest);
		expect(seen.at(-1)).toEqual({
			phase: 'ready',
			version: 'v1',
			files: { done: 2, total: 2 },
			bytes: { done: 4000, total: 4000 },
			records: { done: 40, total: 40 }
		});
	});
});
