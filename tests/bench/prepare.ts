/**
 * Everything the browser runs need, built into the bench folder: the source set (made if
 * missing), its bundles (rebuilt only when the sources or the builder change), the app
 * built by Vite with the bundles as dist/data, and the naive page beside it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	closeSync,
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BundleBuild {
	dir: string;
	/** Seconds the build took, or undefined when the cached bundles were reused. */
	seconds?: number;
	key: string;
}

/** Source files below a folder, as the builder's own default list picks them. */
export function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && /\.(csv|json|html)$/.test(e.name))
		.filter((e) => !['sources.json', 'planted.json', 'parties.json'].includes(e.name))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

/** Makes the national set with the project's own generator when it is not there yet. */
export function ensureNationalSources(log: (line: string) => void): string {
	const dir = join(ROOT, 'data/national');
	if (existsSync(dir) && sourceFiles(dir).length > 0) return dir;
	log('data/national is missing: npm run data:demo -- --scale (several minutes)');
	run('npm', ['run', 'data:demo', '--', '--scale'], 60 * 60_000);
	return dir;
}

/**
 * Builds `sources` into `<benchDir>/bundles-<label>`, unless the folder already holds a build
 * of the same inputs: the key covers each source's size and mtime and the content of the
 * builder and model code, so a change to the encoding rebuilds.
 */
export function buildBundles(
	benchDir: string,
	label: string,
	sources: readonly string[],
	log: (line: string) => void
): BundleBuild {
	const dir = join(benchDir, `bundles-${label}`);
	const key = inputKey(sources);
	const keyFile = join(dir, 'bench-key.txt');
	if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
		log(`bundles: reusing ${relative(ROOT, dir)} (inputs unchanged)`);
		return { dir, key };
	}
	log(`bundles: building ${sources.length} source files into ${relative(ROOT, dir)}`);
	const started = performance.now();
	const report = join(benchDir, `build-${label}.log`);
	const env = label === 'full' ? fullBuildEnv() : undefined;
	run('npx', ['tsx', 'src/builder/cli.ts', '--out', dir, ...sources], 60 * 60_000, report, env);
	const seconds = (performance.now() - started) / 1000;
	writeFileSync(keyFile, key);
	const counts = readFileSync(report, 'utf8')
		.split('\n')
		.filter((line) => /^\d+ people/.test(line));
	log(
		`bundles: built in ${seconds.toFixed(1)} s (${counts[0] ?? 'see ' + relative(ROOT, report)})`
	);
	return { dir, seconds, key };
}

/** The full-size set's build needs about 14 GiB of heap, past V8's default limit (README, Scaling). */
export function fullBuildEnv(): NodeJS.ProcessEnv {
	return { ...process.env, NODE_OPTIONS: '--max-old-space-size=16384' };
}

function inputKey(sources: readonly string[]): string {
	const hash = createHash('sha256');
	for (const file of sources) {
		const stat = statSync(file);
		hash.update(`${relative(ROOT, file)} ${stat.size} ${stat.mtimeMs}\n`);
	}
	for (const dir of ['src/builder', 'src/model']) {
		for (const file of sourceCode(join(ROOT, dir))) hash.update(readFileSync(file));
	}
	const overrides = join(ROOT, 'data/linking-overrides.json');
	if (existsSync(overrides)) hash.update(readFileSync(overrides));
	return hash.digest('hex');
}

function sourceCode(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.ts'))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

/**
 * The app (vite build with the project's config) into `<benchDir>/site`, the bundles linked
 * in as site/data, and the naive page as site/naive. `forTrace` builds it unminified, so a
 * trace names functions, into `<benchDir>/site-trace`, without the naive page.
 */
export async function buildSite(
	benchDir: string,
	bundles: string,
	{ forTrace = false } = {}
): Promise<string> {
	const site = join(benchDir, forTrace ? 'site-trace' : 'site');
	rmSync(site, { recursive: true, force: true });
	await build({
		root: ROOT,
		configFile: join(ROOT, 'vite.config.ts'),
		// The app alone: the bench serves its own bundles, so data/bundles/ need not exist.
		mode: 'app-only',
		logLevel: 'error',
		build: { outDir: site, emptyOutDir: true, minify: !forTrace }
	});
	// The config copies data/bundles in when there is one; the bench serves its own instead.
	rmSync(join(site, 'data'), { recursive: true, force: true });
	mkdirSync(join(site, 'data'));
	for (const name of readdirSync(bundles)) {
		const from = join(bundles, name);
		// Hard links: a national bundle is most of a gigabyte.
		try {
			linkSync(from, join(site, 'data', name));
		} catch {
			copyFileSync(from, join(site, 'data', name));
		}
	}
	if (forTrace) return site;
	await build({
		root: join(import.meta.dirname, 'naive'),
		configFile: false,
		base: './',
		logLevel: 'warn',
		build: { outDir: join(site, 'naive'), emptyOutDir: true, target: 'es2022' }
	});
	return site;
}

/** Runs a command to its end (or its timeout); output goes to `logFile` when given. */
function run(
	command: string,
	args: string[],
	timeoutMs: number,
	logFile?: string,
	env?: NodeJS.ProcessEnv
): void {
	const out = logFile ? openSync(logFile, 'w') : 'inherit';
	try {
		const result = spawnSync(command, args, {
			cwd: ROOT,
			stdio: ['ignore', out, out],
			timeout: timeoutMs,
			...(env && { env })
		});
		if (result.status !== 0) {
			const where = logFile ? `; see ${relative(ROOT, logFile)}` : '';
			throw new Error(
				`${command} ${args.slice(0, 3).join(' ')} … failed (${result.status ?? result.signal})${where}`
			);
		}
	} finally {
		if (typeof out === 'number') closeSync(out);
	}
}
