/**
 * The command line's inputs as source files. A folder stands for every file below it
 * (hidden files and folders left out, and the sidecars below, which describe sources but
 * are none); the build then reads those a format recognises and reports the others as
 * skipped, while a file named on its own must be read or the build fails.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Provenance (sources.json), the demo's answer key (planted.json) and the party register. */
export const NOT_SOURCES: readonly string[] = ['sources.json', 'planted.json', 'parties.json'];

export interface InputFiles {
	/** Every input file once, sorted by path (code points), so the order never depends on the shell. */
	files: string[];
	/** The files found inside a folder rather than named: unrecognised ones are skipped, not fatal. */
	found: Set<string>;
}

export function expandInputs(paths: readonly string[]): InputFiles {
	const named = new Set<string>();
	const found = new Set<string>();
	for (const path of paths) {
		if (isFolder(path)) for (const file of filesBelow(path)) found.add(file);
		else named.add(path);
	}
	for (const file of named) found.delete(file);
	const files = [...new Set([...named, ...found])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return { files, found };
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false; // a missing path is a file that cannot be read: the build says so
	}
}

function filesBelow(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const path = join(dir, entry.name);
		if (isFolder(path)) out.push(...filesBelow(path));
		else if (!NOT_SOURCES.includes(entry.name)) out.push(path);
	}
	return out;
}
