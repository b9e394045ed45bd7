/**
 * The output folder, written atomically: files go into a fresh sibling folder as they are
 * made, and only a finished build swaps it in, so a failed or crashed build never leaves
 * half a bundle in --out (nor changes what was there).
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface Staging {
	write(name: string, content: string | Uint8Array): void;
	/** Where a file of this name is staged, for a writer of its own (bundle/pack-thread.ts). */
	path(name: string): string;
	/** Swaps the staged folder in for the target. */
	commit(): void;
	/** Removes the staged folder; the target is as it was. */
	abort(): void;
}

export function stageFolder(out: string): Staging {
	const target = resolve(out);
	const staging = `${target}.building-${process.pid}`;
	const old = `${target}.old-${process.pid}`;
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });
	return {
		write: (name, content) => writeFileSync(`${staging}/${name}`, content),
		path: (name) => `${staging}/${name}`,
		commit() {
			mkdirSync(dirname(target), { recursive: true });
			if (existsSync(target)) renameSync(target, old);
			renameSync(staging, target);
			rmSync(old, { recursive: true, force: true });
		},
		abort: () => rmSync(staging, { recursive: true, force: true })
	};
}
