/**
 * Initial JS: the scripts (and module preloads) index.html loads, gzip-compressed at
 * level 9 as a static server would serve them. Workers load later and are listed apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsFile {
	file: string;
	bytes: number;
	gzipBytes: number;
}

export interface JsSizes {
	initial: JsFile[];
	initialGzipBytes: number;
	workers: JsFile[];
	css: JsFile[];
}

export function measureJs(site: string): JsSizes {
	const html = readFileSync(join(site, 'index.html'), 'utf8');
	const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
	const scripts = [
		...refs(/<script[^>]*\ssrc="([^"]+)"/g),
		...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)
	];
	const styles = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
	const initial = staticClosure(site, scripts).map((file) => sizeOf(site, file));
	const workers = readdirSync(join(site, 'assets'))
		.filter((name) => /worker.*\.js$/.test(name))
		.map((name) => sizeOf(site, `assets/${name}`));
	return {
		initial,
		initialGzipBytes: initial.reduce((total, file) => total + file.gzipBytes, 0),
		workers,
		css: styles.map((ref) => sizeOf(site, ref))
	};
}

/** The entry scripts and every chunk they import statically (dynamic imports load later). */
function staticClosure(site: string, entries: readonly string[]): string[] {
	const found = new Set<string>();
	const queue = entries.map((ref) => ref.replace(/^\.?\//, ''));
	while (queue.length > 0) {
		const file = queue.shift() ?? '';
		if (found.has(file)) continue;
		found.add(file);
		const code = readFileSync(join(site, file), 'utf8');
		const imports =
			/\bfrom\s*["'](\.{1,2}\/[^"']+\.js)["']|\bimport\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
		for (const match of code.matchAll(imports))
			queue.push(posix.normalize(posix.join(posix.dirname(file), match[1] ?? match[2] ?? '')));
	}
	return [...found];
}

function sizeOf(site: string, ref: string): JsFile {
	const file = ref.replace(/^\.?\//, '');
	const content = readFileSync(join(site, file));
	return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}
