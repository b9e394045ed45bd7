/** Writes a bundle as one tar archive (see src/model/tar.ts), for carrying it on a USB stick. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeTar } from '../model/tar';

/**
 * `files` in archive order: manifest.json first, so a reader finds it in the first header.
 * Every header carries `builtAt` as its time, so the same bundle gives the same bytes. The
 * archive is written beside its target and renamed, so a crash never leaves half of one.
 */
export function writeArchive(
	path: string,
	files: readonly (readonly [string, string | Uint8Array])[],
	builtAt: string
): void {
	const encoder = new TextEncoder();
	const mtime = Math.floor((Date.parse(builtAt) || 0) / 1000);
	const tar = writeTar(
		files.map(([name, content]) => ({
			name,
			bytes: typeof content === 'string' ? encoder.encode(content) : content
		})),
		mtime
	);
	const target = resolve(path);
	const staging = `${target}.writing-${process.pid}`;
	mkdirSync(dirname(target), { recursive: true });
	try {
		writeFileSync(staging, tar);
		renameSync(staging, target);
	} finally {
		rmSync(staging, { force: true });
	}
}
