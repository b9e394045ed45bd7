import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveFolder } from '../e2e/static-server';
import { readNamedEntities } from './bundle-names';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { installProbes, waitForEntry } from './probes';
import { ROOT } from './prepare';
import { uniquePerson } from './queries';

const dir = join(ROOT, 'test-results/bench-focus');
const site = join(dir, 'site-trace');
const bundles = join(ROOT, 'test-results/bench/bundles-national');
const q = uniquePerson(readNamedEntities(bundles)).name;
const server = await serveFolder(site, { port: 41_777 });
const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
	executablePath: CHROMIUM,
	headless: true,
	args: CHROMIUM_ARGS,
	viewport: { width: 1280, height: 900 },
	locale: 'en-GB'
});
try {
	await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
	await context.addInitScript(installProbes);
	const page = context.pages()[0] ?? (await context.newPage());
	const cdp = await context.newCDPSession(page);
	const events: unknown[] = [];
	cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
	const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
	await cdp.send('Tracing.start', {
		categories: [
			'devtools.timeline',
			'disabled-by-default-devtools.timeline',
			'blink.user_timing',
			'v8.execute',
			'disabled-by-default-v8.cpu_profiler',
			'toplevel'
		].join(','),
		transferMode: 'ReportEvents'
	});
	await page.goto(`${server.url}#/search?${new URLSearchParams({ q })}`);
	const found = await waitForEntry(page, {
		name: 'plainview:search-answered',
		key: 'text',
		value: q,
		since: 0,
		timeoutMs: 60_000
	});
	console.log('searchable at', found?.drawnAt);
	await cdp.send('Tracing.end');
	await done;
	writeFileSync(process.argv[2] ?? '/tmp/warm.json', JSON.stringify({ traceEvents: events }));
} finally {
	await context.close();
	await server.close();
}
