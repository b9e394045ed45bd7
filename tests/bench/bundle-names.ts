/**
 * The names in a built bundle, read in Node to derive search queries and profile ids.
 * The bench must survive changes to the bundle encoding, so little here depends on the
 * file layout: it walks each file's JSON (a document, or gzip JSON Lines) and keeps every object with a string `id` and
 * `name`, taking the kind from a `kind` field or the id's prefix (`p-` person).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface NamedEntity {
	id: string;
	name: string;
	kind: string;
	otherNames: string[];
}

interface ManifestEntry {
	name: string;
	kind?: string;
}

/** The file list of a manifest, whatever else it holds. */
export function manifestFiles(dir: string): ManifestEntry[] {
	const manifest: unknown = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
	const files = (manifest as { files?: unknown }).files;
	if (!Array.isArray(files)) throw new Error(`${dir}/manifest.json has no files list`);
	return files.flatMap((file: unknown) => {
		const { name, kind } = (file ?? {}) as { name?: unknown; kind?: unknown };
		return typeof name === 'string' ? [{ name, ...(typeof kind === 'string' && { kind }) }] : [];
	});
}

/**
 * Every named entity in the bundle: from the search files when there are any (one doc per
 * entity), else from all files; the first record seen for an id wins.
 */
export function readNamedEntities(dir: string): NamedEntity[] {
	const files = manifestFiles(dir);
	const search = files.filter((file) => file.kind === 'search');
	const found = new Map<string, NamedEntity>();
	for (const file of search.length > 0 ? search : files) {
		collectNamed(readRecords(join(dir, file.name)), found);
	}
	if (found.size === 0) throw new Error(`no named records found in the bundle files in ${dir}`);
	return [...found.values()];
}

/** A file's JSON: one document, or JSON Lines in gzip (bundle format 3) as an array. */
export function readRecords(path: string): unknown {
	const bytes = readFileSync(path);
	if (!path.endsWith('.gz')) return JSON.parse(bytes.toString('utf8'));
	const lines = gunzipSync(bytes).toString('utf8').split('\n');
	return lines.filter((line) => line.length > 0).map((line) => JSON.parse(line) as unknown);
}

function collectNamed(root: unknown, found: Map<string, NamedEntity>): void {
	// An explicit stack: a deep or large file must not overflow the call stack.
	const stack: unknown[] = [root];
	while (stack.length > 0) {
		const value = stack.pop();
		if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
			continue;
		}
		if (value === null || typeof value !== 'object') continue;
		const record = value as Record<string, unknown>;
		const { id, name } = record;
		if (typeof id === 'string' && typeof name === 'string' && /^[po]-/.test(id)) {
			if (!found.has(id)) found.set(id, toNamed(record, id, name));
			continue;
		}
		for (const child of Object.values(record)) if (typeof child === 'object') stack.push(child);
	}
}

function toNamed(record: Record<string, unknown>, id: string, name: string): NamedEntity {
	const kind =
		typeof record.kind === 'string' ? record.kind : id.startsWith('p-') ? 'person' : 'org';
	const other = Array.isArray(record.otherNames) ? record.otherNames : [];
	return { id, name, kind, otherNames: other.filter((n): n is string => typeof n === 'string') };
}
