/**
 * Finding and reading the party register for a build: `--parties FILE`, else a `parties.json`
 * beside the sources or up to four folders above them (the demo's is data/demo/parties.json),
 * else the reviewed real register data/parties.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PartyRegister } from './register';

export const REGISTER_FILE = 'parties.json';
export const DEFAULT_REGISTER = resolve(import.meta.dirname, '../../../data', REGISTER_FILE);

export interface LoadedRegister {
	path: string;
	register: PartyRegister;
}

export function loadPartyRegister(path: string): LoadedRegister {
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new Error(`party register ${path}: ${(error as Error).message}`);
	}
	return { path, register: PartyRegister.parse(raw, `party register ${path}`) };
}

/** The nearest register above a file, looking through at most four parent folders. */
function nearest(file: string): string | undefined {
	let dir = dirname(resolve(file));
	for (let depth = 0; depth < 5; depth++) {
		const candidate = join(dir, REGISTER_FILE);
		if (existsSync(candidate)) return candidate;
		const parent = dirname(dir);
		if (parent === dir) break;
		dir = parent;
	}
	return undefined;
}

/** The register the given sources call for; throws when they lie under two different ones. */
export function findPartyRegister(files: readonly string[]): string {
	const found = new Set(files.map((file) => nearest(file) ?? DEFAULT_REGISTER));
	if (found.size > 1) {
		throw new Error(
			`the sources lie under different party registers (${[...found].join(', ')}); pass --parties FILE`
		);
	}
	return [...found][0] ?? DEFAULT_REGISTER;
}
