/**
 * Provenance for the manifest: a `sources.json` sidecar beside (or above) a source file
 * names its publisher, title, URL, licence and retrieval date; failing that, the list of
 * known public files (data/known-sources.json, by the file's sha256); the adapter's defaults
 * fill what both leave out.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Provenance } from './sources/source-records';

export interface SidecarEntry extends Partial<Provenance> {
	retrievedAt?: string;
}

const cache = new Map<string, Record<string, SidecarEntry> | null>();

function readSidecar(dir: string): Record<string, SidecarEntry> | null {
	if (!cache.has(dir)) {
		const path = join(dir, 'sources.json');
		let entries: Record<string, SidecarEntry> | null = null;
		if (existsSync(path)) {
			try {
				entries = JSON.parse(readFileSync(path, 'utf8')) as Record<string, SidecarEntry>;
			} catch (error) {
				throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
			}
		}
		cache.set(dir, entries);
	}
	return cache.get(dir)!;
}

/** The nearest sidecar entry for a file, looking up through at most four parent folders. */
export function sidecarFor(file: string): SidecarEntry | undefined {
	let dir = dirname(file);
	for (let depth = 0; depth < 5; depth++) {
		const entries = readSidecar(dir);
		const key = relative(dir, file).split(sep).join('/');
		// hasOwn: a file named `constructor` or `__proto__` must not find Object.prototype.
		if (entries && Object.hasOwn(entries, key)) return entries[key];
		const parent = dirname(dir);
		if (parent === dir) break;
		dir = parent;
	}
	return undefined;
}

const KNOWN_SOURCES = resolve(import.meta.dirname, '../../data/known-sources.json');
let known: Record<string, SidecarEntry> | undefined;

/** A known public file's provenance, found by the sha256 of its bytes. */
export function knownSourceFor(bytes: Uint8Array): SidecarEntry | undefined {
	known ??= existsSync(KNOWN_SOURCES)
		? (JSON.parse(readFileSync(KNOWN_SOURCES, 'utf8')) as { files: Record<string, SidecarEntry> })
				.files
		: {};
	const hash = createHash('sha256').update(bytes).digest('hex');
	return Object.hasOwn(known, hash) ? known[hash] : undefined;
}

/** The file's provenance: its sidecar entry, else its known-file entry, else nothing. */
export function provenanceFor(file: string): SidecarEntry | undefined {
	return sidecarFor(file) ?? knownSourceFor(readFileSync(file));
}
