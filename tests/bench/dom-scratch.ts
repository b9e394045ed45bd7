// scratch: DOM size per profile (not committed)
import { join } from 'node:path';
import { serveFolder } from '../e2e/static-server';
import { readNamedEntities } from './bundle-names';
import { launchBench } from './chromium';
import { openProfiles } from './plainview';
import { ROOT } from './prepare';
import { waitSearchable } from './trace';
import { pickProfiles } from './queries';

const dir = join(ROOT, 'test-results', 'bench-focus');
const bundles = join(ROOT, 'test-results/bench/bundles-national');
const all = pickProfiles(readNamedEntities(bundles), { person: 30, party: 10, company: 10 });
const server = await serveFolder(join(dir, process.argv[2] ?? 'site'), { port: 41_777 });
const { context, page } = await launchBench(join(dir, 'profile'));
try {
	await page.goto(`${server.url}#/search`);
	await waitSearchable(page);
	for (const e of all.filter((p) => p.kind === 'party').slice(0, 4)) {
		const [t] = await openProfiles(page, [e]);
		await page.waitForTimeout(1500);
		const n = await page.evaluate(() => {
			const out: Record<string, number> = { all: document.querySelectorAll('main *').length };
			document.querySelectorAll('main section, main article > *').forEach((s, i) => {
				const h = s.querySelector('h2,h1')?.textContent?.slice(0, 20) ?? s.tagName + i;
				out[h] = s.querySelectorAll('*').length;
			});
			out.rows = document.querySelectorAll('main tr').length;
			out.height = document.documentElement.scrollHeight;
			return out;
		});
		console.log(e.id, t?.dataMs?.toFixed(0), t?.drawnMs?.toFixed(0), JSON.stringify(n));
	}
} finally {
	await context.close();
	await server.close();
}
