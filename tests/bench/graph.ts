/**
 * The network graph's figures in headless Chromium: d3-force layout time for ego networks of
 * 100, 500 and 2,000 nodes, and the frame time while panning (canvas and SVG). The app's own
 * layout and drawing code is bundled with esbuild into a blank page (graph-harness.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { serveFolder } from '../e2e/static-server';
import { openBrowser, withTimeout } from './chromium';
import { median, percentile } from './stats';
import type { Row } from './table';

export const GRAPH_SIZES = [100, 500, 2000] as const;

export interface GraphResult {
	/** Median layout time per node count (ms). */
	layoutMs: Record<number, number>;
	/** Median and 95th-percentile frame interval while panning, per renderer and node count. */
	pan: { renderer: 'canvas' | 'svg'; nodes: number; medianMs?: number; p95Ms?: number }[];
}

async function bundleHarness(dir: string): Promise<void> {
	mkdirSync(dir, { recursive: true });
	await build({
		entryPoints: [join(import.meta.dirname, 'graph-harness.ts')],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		outfile: join(dir, 'harness.js'),
		logLevel: 'warning'
	});
	writeFileSync(
		join(dir, 'index.html'),
		'<!doctype html><meta charset="utf-8"><title>graph bench</title><body></body><script src="harness.js"></script>\n'
	);
}

export async function measureGraph(options: {
	workDir: string;
	log: (line: string) => void;
}): Promise<GraphResult> {
	const dir = join(options.workDir, 'graph-harness');
	await bundleHarness(dir);
	const server = await serveFolder(dir);
	const browser = await openBrowser(options.workDir, 'graph');
	try {
		const { page } = browser;
		await page.goto(server.url);
		await page.waitForFunction(() => 'graphBench' in window);
		const layoutMs: Record<number, number> = {};
		for (const size of GRAPH_SIZES) {
			const runs = size >= 2000 ? 2 : 3;
			const times: number[] = [];
			for (let i = 0; i < runs; i++)
				times.push(
					await withTimeout(
						`layout of ${size} nodes`,
						120_000,
						page.evaluate((n) => window.graphBench.layout(n), size)
					)
				);
			layoutMs[size] = median(times) ?? Number.NaN;
			options.log(`graph layout, ${size} nodes: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
		}
		const pan: GraphResult['pan'] = [];
		for (const [renderer, nodes] of [
			['svg', 500],
			['svg', 2000],
			['canvas', 2000]
		] as const) {
			const frames = await withTimeout(
				`panning ${nodes} nodes (${renderer})`,
				120_000,
				page.evaluate(([r, n]) => window.graphBench.pan(n, r, 3000), [renderer, nodes] as const)
			);
			pan.push({ renderer, nodes, medianMs: median(frames), p95Ms: percentile(frames, 95) });
			options.log(
				`graph pan, ${nodes} nodes, ${renderer}: median ${median(frames)?.toFixed(1)} ms, p95 ${percentile(frames, 95)?.toFixed(1)} ms (${frames.length} frames)`
			);
			await page.screenshot({ path: join(options.workDir, `graph-${renderer}-${nodes}.png`) });
		}
		return { layoutMs, pan };
	} finally {
		await browser.close();
		await server.close();
	}
}

export function graphRows(result: GraphResult): Row[] {
	return [
		...GRAPH_SIZES.map((size): Row => ({
			measure: `graph layout (d3-force, 300 ticks), ${size.toLocaleString('en')} nodes`,
			plainview: result.layoutMs[size],
			unit: 'ms'
		})),
		...result.pan.map((p): Row => ({
			measure: `graph pan frame, ${p.nodes.toLocaleString('en')} nodes, ${p.renderer} (median)`,
			plainview: p.medianMs,
			unit: 'ms'
		}))
	];
}
