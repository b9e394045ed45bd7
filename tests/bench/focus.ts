/**
 * npx tsx tests/bench/focus.ts [--bundles DIR] [--install] [--profiles N] [--queries N] [--rounds N]
 *   [--dir NAME] [--keep-site]
 *
 * A targeted harness for work on one figure at a time: the national bundle is installed
 * once into a kept Chromium profile (test-results/bench-focus/profile), and each run only
 * rebuilds the app, reloads it and times profile opens and search as you type, in rounds,
 * with the same probes as `npm run bench`. --install starts from an empty profile.
 * To compare two builds or two bundles in alternating runs, give each its own --dir (its
 * own Chromium profile and site, under test-results/) and --keep-site to run a site as it
 * was built (e.g. before a change) instead of building the worktree's code again.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveFolder } from '../e2e/static-server';
import { readNamedEntities } from './bundle-names';
import { launchBench } from './chromium';
import { BOX, openProfiles } from './plainview';
import { waitForFound } from './probes';
import { waitForGroups } from '../e2e/wait-groups';
import { buildSite, ROOT } from './prepare';
import { deriveQueries, pickProfiles, uniquePerson } from './queries';
import { percentile } from './stats';
import { typeQueries } from './typing';

const { values } = parseArgs({
	options: {
		bundles: { type: 'string', default: join(ROOT, 'test-results/bench/bundles-national') },
		install: { type: 'boolean', default: false },
		profiles: { type: 'string', default: '50' },
		queries: { type: 'string', default: '40' },
		rounds: { type: 'string', default: '2' },
		dir: { type: 'string', default: 'bench-focus' },
		'keep-site': { type: 'boolean', default: false }
	}
});
const dir = join(ROOT, 'test-results', values.dir);
/** Fixed: IndexedDB belongs to the origin, port included. */
const PORT = 41_777;
const profileDir = join(dir, 'profile');
if (values.install) rmSync(profileDir, { recursive: true, force: true });
mkdirSync(profileDir, { recursive: true });
const isFresh = !existsSync(join(profileDir, 'Default'));

const kept = join(dir, 'site');
const site = values['keep-site'] && existsSync(kept) ? kept : await buildSite(dir, values.bundles);
const entities = readNamedEntities(values.bundles);
const known = uniquePerson(entities);
const perKind = Math.round(Number(values.profiles) / 5);
const picked = pickProfiles(entities, { person: perKind * 3, party: perKind, company: perKind });
const queries = deriveQueries(entities, Number(values.queries));
const server = await serveFolder(site, { port: PORT });
const { context, page } = await launchBench(profileDir);
try {
	page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
	const started = Date.now();
	await page.goto(`${server.url}#/search?${new URLSearchParams({ q: known.name })}`);
	const found = await waitForFound(page, known, 900_000);
	console.log(
		`${isFresh ? 'install' : 'warm start'}: searchable at ${found?.drawnAt?.toFixed(0)} ms (${((Date.now() - started) / 1000).toFixed(1)} s)`
	);
	// Profiles are measured with every group of files stored, as in `npm run bench`.
	await waitForGroups({ page });
	const p95 = (xs: number[]) => percentile(xs, 95)?.toFixed(1);
	const p50 = (xs: number[]) => percentile(xs, 50)?.toFixed(1);
	for (let round = 0; round < Number(values.rounds); round++) {
		const profiles = await openProfiles(page, picked);
		const data = profiles.flatMap((p) => (p.dataMs === undefined ? [] : [p.dataMs]));
		const drawn = profiles.flatMap((p) => (p.drawnMs === undefined ? [] : [p.drawnMs]));
		const render = profiles.flatMap((p) =>
			p.drawnMs === undefined || p.dataMs === undefined ? [] : [p.drawnMs - p.dataMs]
		);
		console.log(
			`round ${round + 1}: profile data p50 ${p50(data)} p95 ${p95(data)} ms; drawn p50 ${p50(drawn)} p95 ${p95(drawn)}; drawn − data p50 ${p50(render)} p95 ${p95(render)} ms (${data.length})`
		);
		const slowest = [...profiles].sort((a, b) => (b.drawnMs ?? 0) - (a.drawnMs ?? 0)).slice(0, 4);
		for (const p of slowest)
			console.log(
				`  ${p.kind} ${p.id}: data ${p.dataMs?.toFixed(1)} drawn ${p.drawnMs?.toFixed(1)} ms`
			);
		const sorted = [...data].sort((a, b) => a - b).slice(-6);
		console.log(`  slowest data: ${sorted.map((ms) => ms.toFixed(1)).join(', ')} ms`);
		const slowData = [...profiles].sort((a, b) => (b.dataMs ?? 0) - (a.dataMs ?? 0)).slice(0, 3);
		for (const p of slowData) console.log(`  ${p.kind} ${p.id}: data ${p.dataMs?.toFixed(1)} ms`);
		if (Number(values.queries) === 0) continue;
		await page.evaluate(() => (location.hash = '#/search'));
		await page.locator(BOX).first().waitFor({ timeout: 30_000 });
		const { keystrokes: keys } = await typeQueries(page, queries, {
			prefix: 'plainview',
			box: BOX,
			isEveryKey: true,
			budgetMs: 120_000,
			answerTimeoutMs: 15_000
		});
		const keyDrawn = keys.flatMap((k) => (k.drawnMs === undefined ? [] : [k.drawnMs]));
		const answer = keys.flatMap((k) => (k.answerMs === undefined ? [] : [k.answerMs]));
		const compute = keys.flatMap((k) => (k.computeMs === undefined ? [] : [k.computeMs]));
		const paint = keys.flatMap((k) => (k.renderMs === undefined ? [] : [k.renderMs]));
		console.log(
			`round ${round + 1}: key → drawn p50 ${p50(keyDrawn)} p95 ${p95(keyDrawn)}; answer p95 ${p95(answer)}; compute p95 ${p95(compute)}; answer → drawn p50 ${p50(paint)} p95 ${p95(paint)} ms (${keyDrawn.length} keys)`
		);
	}
} finally {
	await context.close();
	await server.close();
}
