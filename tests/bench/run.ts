/**
 * npm run bench [-- --quick] [--skip-naive] [--queries N] [--readme] [--only explore|profiles]
 *   [--build-only] [--full [--bundles DIR]]
 *
 * --full measures the full-size set (data/full, `npm run data:demo -- --scale full`, about ten
 * times the national one) against its own targets where the issue gives them; the naive way
 * is left out there (it holds every record in one page). --bundles DIR uses bundles already
 * built from it (a full build takes most of an hour) instead of building them.
 * --build-only measures only the builder (build-cost.ts): wall time and peak RSS of one build.
 * Measures the targets in real headless Chromium on the national-size set (or,
 * with --quick, the demo set), side by side with the naive way on the same data in the
 * same run, and prints one table. Results go to test-results/bench/ (git-ignored) as
 * results-<set>.json and table-<set>.md; --readme also puts the table in README.md.
 * `--only explore` measures and prints the explore rows alone (explore-only.ts), into
 * results-<set>-explore.json; --readme is ignored with it (the table would lack the rest).
 * `--only profiles` likewise measures the two profile rows alone (profiles-only.ts), into
 * results-<set>-profiles.json.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveFolder } from '../e2e/static-server';
import { readNamedEntities } from './bundle-names';
import { CHROMIUM } from './chromium';
import { connectRows, measureConnect } from './connect';
import { describeRun } from './details';
import { exploreRows, measureExplore } from './explore';
import { measureExploreOnly } from './explore-only';
import { measureExploreOpen } from './explore-open';
import { exploreOpenRows } from './explore-open-rows';
import { graphRows, measureGraph } from './graph';
import { measureJs } from './js-size';
import { measureNaive } from './naive';
import { measureApp } from './plainview';
import { measureProfilesOnly } from './profiles-only';
import { BUILD_TARGETS, formatBuildCost, FULL_BUILD_TARGETS, measureBuild } from './build-cost';
import {
	buildBundles,
	buildSite,
	ensureNationalSources,
	fullBuildEnv,
	ROOT,
	sourceFiles,
	type BundleBuild
} from './prepare';
import { deriveQueries, pickProfiles, uniquePerson } from './queries';
import { writeReadmeSection } from './readme';
import { buildRows, formatRows, markdownTable, type Row } from './table';

const BENCH_DIR = join(ROOT, 'test-results/bench');

/** Time limits per set: every wait is bounded, and the whole run has a last-resort limit. */
const LIMITS = {
	demo: {
		installMs: 120_000,
		typingMs: 90_000,
		naiveInstallMs: 180_000,
		naiveTypingMs: 60_000,
		runMs: 15 * 60_000
	},
	national: {
		installMs: 600_000,
		typingMs: 240_000,
		naiveInstallMs: 600_000,
		naiveTypingMs: 150_000,
		runMs: 60 * 60_000
	},
	full: {
		installMs: 1_800_000,
		typingMs: 600_000,
		naiveInstallMs: 0,
		naiveTypingMs: 0,
		runMs: 180 * 60_000
	}
};

async function main(): Promise<number> {
	const { values } = parseArgs({
		options: {
			quick: { type: 'boolean', default: false },
			'skip-naive': { type: 'boolean', default: false },
			queries: { type: 'string', default: '200' },
			readme: { type: 'boolean', default: false },
			only: { type: 'string' },
			'build-only': { type: 'boolean', default: false },
			full: { type: 'boolean', default: false },
			bundles: { type: 'string' }
		}
	});
	if (values.only !== undefined && values.only !== 'explore' && values.only !== 'profiles') {
		console.error(`bench: --only takes "explore" or "profiles", not "${values.only}"`);
		return 1;
	}
	const set = values.quick ? 'demo' : values.full ? 'full' : 'national';
	const sourcesOf = (log: (line: string) => void) =>
		set === 'demo'
			? join(ROOT, 'data/demo')
			: set === 'full'
				? fullSources()
				: ensureNationalSources(log);
	if (values['build-only']) {
		const folder = sourcesOf(console.log);
		console.log(`building ${relative(ROOT, folder)} under /usr/bin/time -v …`);
		const isFull = set === 'full';
		const env = isFull ? fullBuildEnv() : undefined;
		const cost = measureBuild(folder, env);
		console.log(formatBuildCost(cost, isFull ? FULL_BUILD_TARGETS : BUILD_TARGETS));
		return 0;
	}
	const limits = LIMITS[set];
	setTimeout(() => {
		console.error(`bench: still running after ${limits.runMs / 60_000} min; giving up`);
		process.exit(2);
	}, limits.runMs).unref();
	mkdirSync(BENCH_DIR, { recursive: true });
	const logFile = join(BENCH_DIR, `run-${set}.log`);
	writeFileSync(logFile, '');
	const t0 = Date.now();
	const print = (line: string) => {
		console.log(line);
		appendFileSync(logFile, `${line}\n`);
	};
	/** Progress lines carry the time since the start, [m:ss]. */
	const log = (line: string) => {
		const seconds = Math.round((Date.now() - t0) / 1000);
		print(`[${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}] ${line}`);
	};
	if (!existsSync(CHROMIUM)) {
		log(`bench: ${CHROMIUM} not found (apt-get install chromium)`);
		return 1;
	}
	const started = new Date();
	const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB`;
	const loadBefore = loadavg();
	log(`bench on the ${set} set, ${started.toISOString()}, ${machine}`);
	log(`load average before: ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);

	const bundles = values.bundles
		? givenBundles(values.bundles, log)
		: buildBundles(BENCH_DIR, set, sourceFiles(sourcesOf(log)), log);
	const site = await buildSite(BENCH_DIR, bundles.dir);
	/** An `--only` run: its rows printed as a table, and its results into results-<set>-<part>.json. */
	const printOnly = (part: string, only: { rows: Row[] }) => {
		const loadAfter = loadavg();
		print('');
		print(markdownTable(formatRows(only.rows)));
		print('');
		print(
			`${set} set, ${started.toISOString()}, headless Chromium on ${machine}. Load average before: ${loadBefore.map((l) => l.toFixed(2)).join(', ')}; after: ${loadAfter.map((l) => l.toFixed(2)).join(', ')}.`
		);
		writeFileSync(
			join(BENCH_DIR, `results-${set}-${part}.json`),
			JSON.stringify({ set, started, machine, loadBefore, loadAfter, ...only }, null, '\t')
		);
	};
	if (values.only === 'explore') {
		const only = await measureExploreOnly({
			site,
			bundlesDir: bundles.dir,
			workDir: BENCH_DIR,
			installTimeoutMs: limits.installMs,
			opens: 10,
			log
		});
		printOnly('explore', only);
		return only.open.error ? 1 : 0;
	}
	const entities = readNamedEntities(bundles.dir);
	const known = uniquePerson(entities);
	const profiles = pickProfiles(entities, { person: 30, party: 10, company: 10 });
	if (values.only === 'profiles') {
		const only = await measureProfilesOnly({
			site,
			workDir: BENCH_DIR,
			known,
			profiles,
			installTimeoutMs: limits.installMs,
			rounds: 2,
			log
		});
		printOnly('profiles', only);
		return only.error ? 1 : 0;
	}
	const js = measureJs(site);
	/** A big bundle may lack its graph or explore file (the builder leaves out one past the pack bound). */
	const kinds = new Set(
		(
			JSON.parse(readFileSync(join(bundles.dir, 'manifest.json'), 'utf8')) as {
				files: { kind: string }[];
			}
		).files.map((f) => f.kind)
	);
	const byId = new Map(entities.map((e) => [e.id, e]));
	const queries = deriveQueries(entities, Number(values.queries));
	log(
		`${entities.length} named entities; searchable check: "${known.name}"; ${queries.length} queries, ${profiles.length} profiles`
	);

	const server = await serveFolder(site);
	const common = { url: server.url, workDir: BENCH_DIR, known, queries, profiles, log };
	const { app, naive, exploreOpen } = await (async () => {
		log('Plainview:');
		const app = await measureApp({
			...common,
			installTimeoutMs: limits.installMs,
			typingBudgetMs: limits.typingMs,
			warmRuns: 3
		});
		if (!kinds.has('explore')) {
			log('explore page: skipped, the bundle has no explore file (see its build report)');
			return { app, naive: undefined, exploreOpen: undefined };
		}
		log('explore page in Chromium:');
		const exploreOpen = await measureExploreOpen({
			url: server.url,
			workDir: BENCH_DIR,
			opens: 10,
			installTimeoutMs: limits.installMs,
			log
		});
		if (values['skip-naive'] || set === 'full') return { app, naive: undefined, exploreOpen };
		log('naive:');
		const naive = await measureNaive({
			...common,
			installTimeoutMs: limits.naiveInstallMs,
			typingBudgetMs: limits.naiveTypingMs,
			warmRuns: 1
		});
		return { app, naive, exploreOpen };
	})().finally(() => server.close());

	const loadAfter = loadavg();
	log('connection finder (Node):');
	const connect = kinds.has('graph') ? measureConnect(bundles.dir) : undefined;
	log('explore engine (Node):');
	const explore = kinds.has('explore') ? measureExplore(bundles.dir) : undefined;
	const rows = [
		...buildRows({
			app,
			naive,
			js,
			queries,
			byId,
			buildSeconds: bundles.seconds,
			isFull: set === 'full'
		}),
		...(connect ? connectRows(connect) : []),
		...(exploreOpen ? exploreOpenRows(exploreOpen) : []),
		...(explore ? exploreRows(explore) : [])
	];
	rows.push(...graphRows(await measureGraph({ workDir: BENCH_DIR, log })));
	const table = markdownTable(formatRows(rows));
	const conditions = [
		`${set} set (${entities.length} named entities), ${started.toISOString().slice(0, 10)}, headless Chromium on ${machine}.`,
		`Load average (1, 5, 15 min) before: ${loadBefore.map((l) => l.toFixed(2)).join(', ')}; after: ${loadAfter.map((l) => l.toFixed(2)).join(', ')}.`,
		`Ratio = naive ÷ Plainview. Run time ${((Date.now() - started.getTime()) / 60_000).toFixed(1)} min.`
	];
	print('');
	print(table);
	print('');
	const details = describeRun(app, naive, js, byId);
	for (const line of [...conditions, ...details]) print(line);
	writeFileSync(
		join(BENCH_DIR, `results-${set}.json`),
		JSON.stringify(
			{
				set,
				started,
				machine,
				loadBefore,
				loadAfter,
				bundles,
				js,
				rows,
				app,
				naive,
				connect,
				exploreOpen,
				explore
			},
			null,
			'\t'
		)
	);
	writeFileSync(join(BENCH_DIR, `table-${set}.md`), `${table}\n\n${conditions.join('\n')}\n`);
	print(
		`\nresults in ${relative(ROOT, BENCH_DIR)}/: results-${set}.json, table-${set}.md, run-${set}.log`
	);
	if (values.readme) {
		writeReadmeSection(table, conditions, details);
		print('README.md: the Benchmarks section now holds this table');
	}
	return 0;
}

/** data/full, which the bench does not make itself: it takes a quarter of an hour and 4 GB. */
function fullSources(): string {
	const dir = join(ROOT, 'data/full');
	if (!existsSync(dir) || sourceFiles(dir).length === 0)
		throw new Error('data/full is missing: make it first with npm run data:demo -- --scale full');
	return dir;
}

/** Bundles built before this run (--bundles): their build time is not this run's to report. */
function givenBundles(dir: string, log: (line: string) => void): BundleBuild {
	if (!existsSync(join(dir, 'manifest.json')))
		throw new Error(`--bundles ${dir}: no manifest.json there`);
	log(`bundles: using ${dir} as given (--bundles), not built by this run`);
	return { dir: resolve(dir), key: 'given' };
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		process.exit(1);
	}
);
