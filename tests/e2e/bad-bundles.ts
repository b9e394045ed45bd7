/**
 * Damaged copies of a good bundle, one per way a bundle goes bad. Each is given a new
 * manifest version (as a new build would have), so the app tries to install it.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../src/model/bundle-format';

export interface BadBundle {
	name: string;
	/** The file the message must name. */
	file: string;
	/** The problem the message must state. */
	problem: RegExp;
	/** A problem the browser itself reports for this case (the 404 of a missing file). */
	expectedProblem?: RegExp;
	/** Writes the bad bundle into `out` from the good one in `good`; returns `out`. */
	make(good: string, out: string): string;
}

function copy(good: string, out: string): string {
	rmSync(out, { recursive: true, force: true });
	cpSync(good, out, { recursive: true });
	return out;
}

function readManifest(dir: string): Manifest {
	return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** A new version that lists `change`d files as the builder would (sizes and hashes kept as given). */
function writeManifest(
	dir: string,
	tag: string,
	change: (m: Manifest) => unknown = (m) => m
): void {
	const manifest = readManifest(dir);
	manifest.version = `${manifest.version}-${tag}`;
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify(change(manifest)));
}

/** Rewrites a chunk and, when `rehash`, updates its size and sha256 in the manifest. */
function rewrite(dir: string, name: string, edit: (bytes: Buffer) => Buffer, rehash: boolean) {
	const path = join(dir, name);
	const bytes = edit(readFileSync(path));
	writeFileSync(path, bytes);
	if (!rehash) return;
	const manifest = readManifest(dir);
	const entry = manifest.files.find((f) => f.name === name);
	if (!entry) throw new Error(`${name} is not in the manifest`);
	entry.bytes = bytes.byteLength;
	entry.sha256 = createHash('sha256').update(bytes).digest('hex');
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

/** Replaces the first `from` with `to` in a JSON chunk (same length unless said otherwise). */
function replaceOnce(bytes: Buffer, from: string, to: string): Buffer {
	const text = bytes.toString('utf8');
	const at = text.indexOf(from);
	if (at < 0) throw new Error(`${from} not found`);
	return Buffer.from(text.slice(0, at) + to + text.slice(at + from.length), 'utf8');
}

export const BAD_BUNDLES: readonly BadBundle[] = [
	{
		name: 'a truncated chunk',
		file: 'facts-0001.json',
		problem: /is \d+ bytes but the manifest says \d+ \(truncated or replaced\)/,
		make: (good, out) => {
			copy(good, out);
			rewrite(out, 'facts-0001.json', (b) => b.subarray(0, b.byteLength >> 1), false);
			writeManifest(out, 'truncated');
			return out;
		}
	},
	{
		name: 'a chunk whose sha256 differs',
		file: 'facts-0002.json',
		problem: /sha256 is [0-9a-f]{64} but the manifest says [0-9a-f]{64}/,
		make: (good, out) => {
			copy(good, out);
			// Same length, other content: only the hash can tell.
			rewrite(out, 'facts-0002.json', (b) => replaceOnce(b, '"cents":', '"cents" '), false);
			writeManifest(out, 'changed');
			return out;
		}
	},
	{
		name: 'an unknown format version',
		file: 'manifest.json',
		problem: /unknown bundle format 2 \(this app reads format 1\)/,
		make: (good, out) => {
			copy(good, out);
			writeManifest(out, 'format2', (m) => ({ ...m, format: 2 }));
			return out;
		}
	},
	{
		name: 'a record that fails validation',
		file: 'entities-0001.json',
		problem: /invalid record/,
		make: (good, out) => {
			copy(good, out);
			// A person without a name; the manifest is re-hashed so only validation can catch it.
			rewrite(out, 'entities-0001.json', (b) => replaceOnce(b, '"name":"', '"nome":"'), true);
			writeManifest(out, 'invalid');
			return out;
		}
	},
	{
		name: 'a missing file',
		file: 'facts-0003.json',
		problem: /404/,
		expectedProblem: /^console: Failed to load resource: .*404/,
		make: (good, out) => {
			copy(good, out);
			writeManifest(out, 'missing', (m) => {
				const last = m.files.at(-1)!;
				return { ...m, files: [...m.files, { ...last, name: 'facts-0003.json', kind: 'facts' }] };
			});
			return out;
		}
	},
	{
		name: 'a manifest that is not JSON',
		file: 'manifest.json',
		problem: /is not valid JSON/,
		make: (good, out) => {
			copy(good, out);
			writeFileSync(join(out, 'manifest.json'), '<!doctype html><title>Not here</title>');
			return out;
		}
	}
];
