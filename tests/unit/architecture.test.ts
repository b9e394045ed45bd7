// @vitest-environment node
// The code's structure (issue 14), read from the imports of every .ts and .svelte file
// under src: where Dexie may be used, which side of the builder/app line may import which,
// and that no folder imports another folder that imports it back.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const TESTS = join(ROOT, 'tests');

function sourceFiles(dir: string, pattern = /\.(ts|svelte)$/): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path, pattern);
		return pattern.test(entry.name) ? [path] : [];
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
	['demo', 'app'],
	['demo', 'builder'],
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

/** 'DataTable.svelte' and 'data-table.ts' → 'data-table'; 'x.svelte.test.ts' → 'x'. */
const stemOf = (name: string) =>
	name
		.replace(/(\.svelte)?(\.test)?\.(ts|svelte)$/, '')
		.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
		.toLowerCase();

/** A test folder under tests/unit or tests/component names a folder of src, without `lib/`. */
const srcFolderOf = (folder: string) => (folder.startsWith('lib/') ? folder.slice(4) : folder);

describe('tests/ mirrors src/', () => {
	const tests = ['unit', 'component'].flatMap((kind) =>
		sourceFiles(join(TESTS, kind), /\.test\.ts$/).map((path) => ({
			path: relative(TESTS, path),
			folder: dirname(relative(join(TESTS, kind), path)).replace(/^\.$/, '')
		}))
	);
	const modules = sourceFiles(SRC).map((path) => relative(SRC, path));
	const folders = new Set(modules.map((m) => srcFolderOf(dirname(m)).replace(/^\.$|^lib$/, '')));

	it('keeps every test in a folder that src has (acceptance tests cross all of it)', () => {
		expect(tests.length).toBeGreaterThan(100);
		const astray = tests.filter((t) => t.folder !== 'acceptance' && !folders.has(t.folder));
		expect(astray.map((t) => t.path)).toEqual([]);
	});

	it("puts a test named after a module in that module's folder", () => {
		const misplaced = tests.flatMap((t) => {
			const stem = stemOf(t.path.split('/').pop()!);
			const homes = modules
				.filter((m) => stemOf(m.split('/').pop()!) === stem)
				.map((m) => srcFolderOf(dirname(m)).replace(/^\.$|^lib$/, ''));
			return homes.length > 0 && !homes.includes(t.folder)
				? [`${t.path} (${homes.join(', ')})`]
				: [];
		});
		expect(misplaced).toEqual([]);
	});
});
