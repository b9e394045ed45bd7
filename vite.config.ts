import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const BUNDLES = 'data/bundles';

/**
 * The app loads `data/manifest.json` relative to the page. In dev that is served from
 * data/bundles/; a build copies data/bundles/ to dist/data/, where anyone may later drop
 * other bundles without rebuilding the app.
 */
function bundles(): Plugin {
	return {
		name: 'plainview-bundles',
		configureServer(server) {
			server.middlewares.use('/data', (req, res, next) => {
				const path = normalize(join(BUNDLES, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
				if (!path.startsWith(BUNDLES) || !existsSync(path) || !statSync(path).isFile())
					return next();
				res.setHeader('Content-Type', 'application/json; charset=utf-8');
				createReadStream(path).pipe(res);
			});
		},
		writeBundle(options) {
			const out = join(options.dir ?? 'dist', 'data');
			if (!existsSync(join(BUNDLES, 'manifest.json'))) {
				this.warn(
					`no ${BUNDLES}/manifest.json: run npm run build:data first; dist/data/ is left empty`
				);
				return;
			}
			cpSync(BUNDLES, out, { recursive: true });
		}
	};
}

export default defineConfig(({ mode }) => ({
	// Relative asset paths: the built site works from any folder of any static server.
	base: './',
	// svelteTesting() picks Svelte's browser build for jsdom; in a build it must stay out
	// (mode, not the VITEST variable: the e2e setup runs `vite build` from inside vitest).
	plugins: [svelte(), bundles(), ...(mode === 'test' ? [svelteTesting()] : [])],
	build: { target: 'es2022' },
	worker: { format: 'es' },
	preview: { port: 4173, strictPort: false },
	test: {
		// The JSON report feeds the closing "N passed, N failed" line of .ci/run.
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
					environment: 'jsdom',
					setupFiles: ['tests/setup.ts'],
					testTimeout: 60_000
				}
			},
			{
				// Real Chromium driven by playwright-core against the built app on 127.0.0.1.
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 300_000
				}
			}
		]
	}
}));
