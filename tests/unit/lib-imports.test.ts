// @vitest-environment node
// The app's structure, read from the imports of every .ts and .svelte file under src/lib.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = join(ROOT, 'src/lib');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
	});
}

/** Every module a file imports (static, dynamic, re-export), as written. */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
	return [...text.matchAll(pattern)].map((match) => match[1]!);
}

/** The folder under src/lib a path is in ('worker-rpc.ts' for a file at its top). */
function libFolder(path: string): string | undefined {
	const inLib = relative(LIB, path);
	return inLib.startsWith('..') ? undefined : inLib.split('/')[0];
}

const files = sourceFiles(LIB);

describe('src/lib imports', () => {
	it('reach Dexie only from src/lib/storage/', () => {
		const users = files.filter((file) => importsOf(file).includes('dexie'));
		expect(users.length).toBeGreaterThan(0);
		expect(
			users.map((file) => relative(LIB, file)).filter((f) => !f.startsWith('storage/'))
		).toEqual([]);
	});

	it('form no loop between folders', () => {
		const edges = new Map<string, Set<string>>();
		for (const file of files) {
			const from = libFolder(file)!;
			for (const spec of importsOf(file)) {
				if (!spec.startsWith('.')) continue;
				const to = libFolder(resolve(dirname(file), spec));
				if (to === undefined || to === from) continue;
				if (!edges.has(from)) edges.set(from, new Set());
				edges.get(from)!.add(to);
			}
		}
		const loops: string[] = [];
		const visit = (folder: string, path: string[]) => {
			for (const next of edges.get(folder) ?? []) {
				if (next === path[0]) loops.push([...path, next].join(' → '));
				else if (!path.includes(next) && next > path[0]!) visit(next, [...path, next]);
			}
		};
		for (const folder of edges.keys()) visit(folder, [folder]);
		expect(loops).toEqual([]);
	});
});
