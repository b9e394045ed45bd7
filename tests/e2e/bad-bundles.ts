/**
 * Damaged copies of a good bundle, one per way a bundle goes bad. Each is given a new
 * manifest version (as a new build would have), so the app tries to install it.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundleRecords } from '../../src/builder/export/read-bundle';
import { packFile } from '../../src/builder/write-bundle';
import type { Manifest } from '../../src/model/bundle-format';
import { packText, planPacks } from '../../src/model/packed-file';

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

export function copy(good: string, out: string): string {
	rmSync(out, { recursive: true, force: true });
	cpSync(good, out, { recursive: true });
	return out;
}

export function readManifest(dir: string): Manifest {
	return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** A new version that lists `change`d files as the builder would (sizes and hashes kept as given). */
export function writeManifest(
	dir: string,
	tag: string,
	change: (m: Manifest) => unknown = (m) => m
): void {
	const manifest = readManifest(dir);
	manifest.version = `${manifest.version}-${tag}`;
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify(change(manifest)));
}

/** Rewrites a chunk's bytes (the manifest still lists the old size and hash). */
function rewrite(dir: string, name: string, edit: (bytes: Buffer) => Buffer): void {
	const path = join(dir, name);
	writeFileSync(path, edit(readFileSync(path)));
}

/** Changes a chunk's records and packs them again as the builder would, listing the result in the manifest. */
export function repack(
	dir: string,
	name: string,
	edit: (records: Record<string, unknown>[]) => void
) {
	const manifest = readManifest(dir);
	const entry = manifest.files.find((f) => f.name === name);
	if (!entry) throw new Error(`${name} is not in the manifest`);
	const records = readBundleRecords(dir, entry) as Record<string, unknown>[];
	edit(records);
	const texts = planPacks(entry.kind, records as never[]).map((p) => Buffer.from(packText(p)));
	const { bytes, fields } = packFile(texts);
	writeFileSync(join(dir, name), bytes);
	Object.assign(entry, fields);
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify(syncGroups(manifest)));
}

/** Sets each group's bytes and records to its files' sums, as the builder writes them. */
export function syncGroups(manifest: Manifest): Manifest {
	const entries = new Map(manifest.files.map((f) => [f.name, f]));
	for (const group of manifest.groups ?? []) {
		const files = group.files.map((name) => entries.get(name)!);
		group.bytes = files.reduce((sum, f) => sum + f.bytes, 0);
		group.records = files.reduce((sum, f) => sum + f.records, 0);
	}
	return manifest;
}

export const BAD_BUNDLES: readonly BadBundle[] = [
	{
		name: 'a truncated chunk',
		file: 'facts-0001.jsonl.gz',
		problem: /is \d+ bytes but the manifest says \d+ \(truncated or replaced\)/,
		make: (good, out) => {
			copy(good, out);
			rewrite(out, 'facts-0001.jsonl.gz', (b) => b.subarray(0, b.byteLength >> 1));
			writeManifest(out, 'truncated');
			return out;
		}
	},
	{
		name: 'a chunk whose sha256 differs',
		file: 'facts-donations-0001.jsonl.gz',
		problem: /sha256 is [0-9a-f]{64} but the manifest says [0-9a-f]{64}/,
		make: (good, out) => {
			copy(good, out);
			// Same length, one byte other: only the hash can tell.
			rewrite(out, 'facts-donations-0001.jsonl.gz', (b) => {
				const changed = Buffer.from(b);
				changed[changed.byteLength >> 1]! ^= 0xff;
				return changed;
			});
			writeManifest(out, 'changed');
			return out;
		}
	},
	{
		name: 'an unknown format version',
		file: 'manifest.json',
		problem: /unknown bundle format 5 \(this app reads format 4\)/,
		make: (good, out) => {
			copy(good, out);
			writeManifest(out, 'format5', (m) => ({ ...m, format: 5 }));
			return out;
		}
	},
	{
		name: 'a record that fails validation',
		file: 'entities-0001.jsonl.gz',
		problem: /line 1: invalid record/,
		make: (good, out) => {
			copy(good, out);
			// An entity without a name; the manifest is re-hashed so only validation can catch it.
			repack(out, 'entities-0001.jsonl.gz', ([first]) => {
				first!.nome = first!.name;
				delete first!.name;
			});
			writeManifest(out, 'invalid');
			return out;
		}
	},
	{
		name: 'a missing file',
		file: 'facts-9999.jsonl.gz',
		problem: /404/,
		expectedProblem: /^console: Failed to load resource: .*404/,
		make: (good, out) => {
			copy(good, out);
			writeManifest(out, 'missing', (m) => {
				const last = m.files.at(-1)!;
				return {
					...m,
					// Ids after every other file's, so only its absence is wrong with the list.
					files: [
						...m.files,
						{ ...last, name: 'facts-9999.jsonl.gz', kind: 'facts', range: ['~a', '~b'] }
					]
				};
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
