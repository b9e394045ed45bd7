/** Generates the demo set once per test file into a temporary folder, and reads it back. */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, type GenerateResult } from '../../../src/demo/generate';
import { DEMO_SIZES, type Sizes } from '../../../src/demo/sizes';

export interface Output extends GenerateResult {
	dir: string;
	text(file: string): string;
	bytes(file: string): Buffer;
	/** Lines of a text file without a BOM; line n of the file is lines[n - 1]. */
	lines(file: string): string[];
}

export function generateInto(prefix: string, sizes: Sizes = DEMO_SIZES): Output {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	const result = generate(dir, sizes);
	const bytes = (file: string) => readFileSync(join(dir, file));
	const text = (file: string) =>
		bytes(file)
			.toString('utf8')
			.replace(/^\uFEFF/, '');
	return { ...result, dir, bytes, text, lines: (file) => text(file).split('\n') };
}

let cached: Output | undefined;

/** The default demo set, generated once per test file. */
export function demo(): Output {
	cached ??= generateInto('plainview-demo-');
	return cached;
}

/** Every file under dir, as sorted paths relative to it. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir)
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? listFiles(path).map((p) => join(name, p)) : [name];
		})
		.sort();
}
