// @vitest-environment node
// The code's structure (issue 14), read from the imports of every .ts and .svelte file
// under src: where Dexie may be used, which side of the builder/app line may import which,
// and that no folder imports another folder that imports it back.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
	});
}

/** Every module a file imports (static, dynamic, re-export, worker URL), as written. */
export function importsOf(text: string): string[] {
	const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bnew URL\(\s*)['"]([^'"]+)['"]/g;
	return [...text.matchAll(pattern)].map((match) => match[1]!);
}

interface Import {
	/** Both relative to src/, e.g. 'lib/search/search-client.ts' → 'lib/graph'. */
	file: string;
	spec: string;
	/** The imported path relative to src/ (a package name for a bare import). */
	target: string;
}

const imports: Import[] = sourceFiles(SRC).flatMap((path) =>
	importsOf(readFileSync(path, 'utf8')).map((spec) => ({
		file: relative(SRC, path),
		spec,
		target: spec.startsWith('.') ? relative(SRC, resolve(dirname(path), spec)) : spec
	}))
);

/** The part of the code a path under src/ belongs to. */
function sideOf(path: string): string {
	if (path.startsWith('..')) return 'outside';
	const top = path.split('/')[0]!;
	return /\.(ts|svelte)$/.test(top) ? 'app' : top === 'lib' || top === 'views' ? 'app' : top;
}

/** Imports from one side to another that the structure forbids. */
const FORBIDDEN: [from: string, to: string][] = [
	['app', 'builder'],
	['app', 'demo'],
	['builder', 'app'],
	['builder', 'demo'],
	['model', 'app'],
	['model', 'builder'],
	['model', 'demo']
];

describe('imports across src', () => {
	it('are read from every file (a check that reads nothing would pass)', () => {
		expect(imports.length).toBeGreaterThan(500);
		expect(
			imports.some((i) => i.file === 'App.svelte' && i.target === 'lib/search/search.svelte')
		).toBe(true);
	});

	it('reach Dexie only from src/lib/storage/', () => {
		const users = imports.filter((i) => i.spec === 'dexie').map((i) => i.file);
		expect(users.length).toBeGreaterThan(0);
		expect(users.filter((file) => !file.startsWith('lib/storage/'))).toEqual([]);
	});

	it('keep the builder and the app apart; the model imports neither', () => {
		const crossings = imports
			.filter((i) => i.spec.startsWith('.'))
			.filter((i) =>
				FORBIDDEN.some(([from, to]) => sideOf(i.file) === from && sideOf(i.target) === to)
			)
			.map((i) => `${i.file} → ${i.spec}`);
		expect(crossings).toEqual([]);
	});

	it('never come back from src/lib into src/views', () => {
		const back = imports
			.filter((i) => i.file.startsWith('lib/') && i.target.startsWith('views/'))
			.map((i) => `${i.file} → ${i.spec}`);
		expect(back).toEqual([]);
	});

	it('form no loop between folders', () => {
		const edges = new Map<string, Set<string>>();
		for (const { file, spec, target } of imports) {
			if (!spec.startsWith('.') || target.startsWith('..')) continue;
			const [from, to] = [dirname(file), dirname(target)];
			if (from === to) continue;
			if (!edges.has(from)) edges.set(from, new Set());
			edges.get(from)!.add(to);
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
