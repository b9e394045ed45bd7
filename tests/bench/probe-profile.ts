/**
 * npx tsx tests/bench/probe-profile.ts [--dir NAME] [--bundles DIR] [--against REV] [--profiles N] [--rounds N]
 *
 * BundleStore.loadProfile alone, without the app around it: the worktree's store and the
 * store at git revision REV (default HEAD) are bundled into one script, added to the app
 * focus.ts installed under test-results/NAME (run that first; its site and profile are
 * used, on an idle page), and time the same profiles one after the other, taking turns at
 * going first. REV must have the store at src/lib/reads/ (issue 14 on): its imports resolve
 * beside the current one. Both read the same IndexedDB on an idle page, so the machine's
 * noise falls on both alike and no rendering stands in the way; focus.ts gives the figure
 * with the app around it.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { serveFolder } from '../e2e/static-server';
import { readNamedEntities } from './bundle-names';
import { launchBench } from './chromium';
import { ROOT } from './prepare';
import { pickProfiles } from './queries';
import { percentile } from './stats';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'bench-focus' },
		bundles: { type: 'string', default: join(ROOT, 'test-results/bench/bundles-national') },
		against: { type: 'string', default: 'HEAD' },
		profiles: { type: 'string', default: '50' },
		rounds: { type: 'string', default: '3' }
	}
});
const dir = join(ROOT, 'test-results', values.dir);
const perKind = Math.round(Number(values.profiles) / 5);
const picked = pickProfiles(readNamedEntities(values.bundles), {
	person: perKind * 3,
	party: perKind,
	company: perKind
});
// The older store sits beside the current one, so its relative imports resolve the same.
const older = join(ROOT, 'src/lib/reads/store.probe-older.ts');
// Served from the app's own site, which its service worker lets through to the network.
const site = join(dir, 'site');
try {
	writeFileSync(
		older,
		execFileSync('git', ['show', `${values.against}:src/lib/reads/store.ts`], { cwd: ROOT })
	);
	await build({
		stdin: {
			contents: [
				`export { BundleStore as Current } from './store';`,
				`export { BundleStore as Older } from './store.probe-older';`,
				`export { openDb } from '../storage/db';`
			].join('\n'),
			resolveDir: join(ROOT, 'src/lib/reads'),
			loader: 'ts'
		},
		bundle: true,
		format: 'iife',
		globalName: 'probe',
		target: 'es2022',
		outfile: join(site, 'probe-profile.js'),
		logLevel: 'warning'
	});
} finally {
	rmSync(older, { force: true });
}
const server = await serveFolder(site, { port: 41_777 });
const { context, page } = await launchBench(join(dir, 'profile'));
try {
	page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
	// A page that reads nothing of its own once started, left to settle first.
	await page.goto(`${server.url}#/sources`);
	await page.waitForTimeout(3000);
	await page.addScriptTag({ url: '/probe-profile.js' });
	const ids = picked.map((p) => p.id);
	const times = await page.evaluate(
		async ({ ids, rounds }) => {
			type Store = { warm(): Promise<void>; loadProfile(id: string): Promise<unknown> };
			type Probe = {
				openDb(): unknown;
				Current: new (db: unknown) => Store;
				Older: new (db: unknown) => Store;
			};
			const probe = (globalThis as unknown as { probe: Probe }).probe;
			const stores = {
				current: new probe.Current(probe.openDb()),
				older: new probe.Older(probe.openDb())
			};
			await Promise.all([stores.current.warm(), stores.older.warm()]);
			const out = { current: [] as number[][], older: [] as number[][] };
			for (let round = 0; round < rounds; round++) {
				const row = { current: [] as number[], older: [] as number[] };
				for (const [i, id] of ids.entries()) {
					const order =
						(i + round) % 2 === 0
							? (['current', 'older'] as const)
							: (['older', 'current'] as const);
					for (const which of order) {
						const started = performance.now();
						const profile = await stores[which].loadProfile(id);
						row[which].push(performance.now() - started);
						if (!profile) throw new Error(`${which}: no profile for ${id}`);
						// A pause between reads, as between two profiles opened.
						await new Promise((resolve) => setTimeout(resolve, 20));
					}
				}
				out.current.push(row.current);
				out.older.push(row.older);
			}
			return out;
		},
		{ ids, rounds: Number(values.rounds) }
	);
	for (const which of ['older', 'current'] as const) {
		const rounds = times[which].map(
			(xs) => `p50 ${percentile(xs, 50)?.toFixed(1)} p95 ${percentile(xs, 95)?.toFixed(1)}`
		);
		console.log(`${which.padEnd(7)} loadProfile ms per round: ${rounds.join('; ')}`);
	}
} finally {
	await context.close();
	await server.close();
}
