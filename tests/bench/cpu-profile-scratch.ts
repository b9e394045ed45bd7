// scratch: CPU profile of party/person opens (not committed)
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { serveFolder } from '../e2e/static-server';
import { readNamedEntities } from './bundle-names';
import { launchBench } from './chromium';
import { openProfiles } from './plainview';
import { buildSite, ROOT } from './prepare';
import { waitSearchable } from './trace';
import { pickProfiles } from './queries';

const kind = process.argv[2] ?? 'party';
const dir = join(ROOT, 'test-results', 'bench-focus');
const bundles = join(ROOT, 'test-results/bench/bundles-national');
const entities = readNamedEntities(bundles);
const all = pickProfiles(entities, { person: 30, party: 10, company: 10 });
const picked = all.filter((p) => p.kind === kind);
const site = await buildSite(dir, bundles, { forTrace: true });
const server = await serveFolder(site, { port: 41_777 });
const { context, page } = await launchBench(join(dir, 'profile'));
try {
	await page.goto(`${server.url}#/search`);
	await waitSearchable(page);
	await openProfiles(page, all);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	const t = await openProfiles(page, picked);
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: any };
	console.log(t.map((p) => `${p.id} ${p.dataMs?.toFixed(0)}/${p.drawnMs?.toFixed(0)}`).join('\n'));
	writeFileSync(`/tmp/h-prof/${kind}.cpuprofile`, JSON.stringify(profile));
	// self time by function
	const self = new Map<string, number>();
	const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
	const dt: number[] = profile.timeDeltas;
	profile.samples.forEach((id: number, i: number) => {
		const n = byId.get(id);
		const cf = n.callFrame;
		const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
		self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
	});
	const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
	for (const [k, us] of top) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
	// inclusive time for selected names
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const incl = new Map<string, number>();
	profile.samples.forEach((id: number, i: number) => {
		const seen = new Set<string>();
		for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
			const cf = byId.get(cur).callFrame;
			const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
			if (seen.has(key)) continue;
			seen.add(key);
			incl.set(key, (incl.get(key) ?? 0) + (dt[i] ?? 0));
		}
	});
	console.log('--- inclusive');
	for (const [k, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60))
		console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
} finally {
	await context.close();
	await server.close();
}
