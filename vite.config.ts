import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const BUNDLES = 'data/bundles';

/** What to do when data/bundles/ holds no bundle, in words the terminal shows. */
const NO_BUNDLE =
	`no bundle in ${BUNDLES}/ (no manifest.json), so the app would have no data. Run\n` +
	'  npm run build:data                                 the fictional demo data, or\n' +
	'  npm run build:data -- --out data/bundles FILE...   your own sources (data/README.md)\n' +
	'then build again; or build the app alone and put a bundle in dist/data/ later:\n' +
	'  npm run build -- --mode app-only';

/**
 * The app loads `data/manifest.json` relative to the page. In dev that is served from
 * data/bundles/; a build copies data/bundles/ to dist/data/, where anyone may later drop
 * other bundles without rebuilding the app. A build with no bundle stops and says what to
 * run (a dist/ without data installs nothing), unless built with --mode app-only.
 */
function bundles(): Plugin {
	return {
		name: 'plainview-bundles',
		configResolved({ command, mode }) {
			// Before any plugin starts, so the message is the only one the terminal shows.
			const hasBundle = existsSync(join(BUNDLES, 'manifest.json'));
			if (command === 'build' && mode !== 'app-only' && mode !== 'test' && !hasBundle)
				throw new Error(NO_BUNDLE);
		},
		configureServer(server) {
			if (!existsSync(join(BUNDLES, 'manifest.json'))) server.config.logger.warn(NO_BUNDLE);
			server.middlewares.use('/data', (req, res, next) => {
				const path = normalize(join(BUNDLES, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
				if (!path.startsWith(BUNDLES) || !existsSync(path) || !statSync(path).isFile())
					return next();
				// Bundle files are gzip bytes the app checks and stores as they are: no Content-Encoding.
				const type = path.endsWith('.gz') ? 'application/gzip' : 'application/json; charset=utf-8';
				res.setHeader('Content-Type', type);
				createReadStream(path).pipe(res);
			});
		},
		writeBundle(options) {
			if (!existsSync(join(BUNDLES, 'manifest.json'))) return;
			cpSync(BUNDLES, join(options.dir ?? 'dist', 'data'), { recursive: true });
		}
	};
}

/**
 * src/main.ts loads the app as chunks, one per task, so that no task is long. Left to the
 * imports, each chunk would be fetched only when the one before had run; index.html names
 * them all up front instead (modulepreload, and their stylesheets), so the browser fetches
 * them together with the entry.
 */
function preloadStart(): Plugin {
	return {
		name: 'plainview-preload-start',
		apply: 'build',
		transformIndexHtml: {
			order: 'post',
			handler(_html, { bundle, chunk }) {
				if (!bundle || !chunk) return;
				const files = new Set<string>();
				const css = new Set<string>();
				const visit = (file: string) => {
					const found = bundle[file];
					if (found?.type !== 'chunk' || files.has(file)) return;
					files.add(file);
					for (const sheet of found.viteMetadata?.importedCss ?? []) css.add(sheet);
					found.imports.forEach(visit);
				};
				// src/page-code.ts is imported only for the pages it names, and loads them itself.
				const isPageCode = (file: string) => {
					const found = bundle[file];
					return found?.type === 'chunk' && found.name === 'page-code';
				};
				chunk.dynamicImports.filter((file) => !isPageCode(file)).forEach(visit);
				for (const file of chunk.imports) files.delete(file);
				return [
					...[...files].map((file) => ({
						tag: 'link',
						attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
						injectTo: 'head' as const
					})),
					...[...css].map((file) => ({
						tag: 'link',
						attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` },
						injectTo: 'head' as const
					}))
				];
			}
		}
	};
}

/**
 * The app shell offline (DESIGN.md, "Storage and offline"): Workbox precaches the built
 * HTML, JS (workers included), CSS and icons. Bundles stay out: they live in IndexedDB, and
 * a second copy in the Cache API would double the storage for nothing. src/main.ts registers
 * the worker once the app has started (no register script: its install would share the start's
 * two cores); autoUpdate swaps in a new shell at the next load, which is safe because no state
 * lives in the page.
 */
function offlineShell(): Plugin[] {
	return VitePWA({
		registerType: 'autoUpdate',
		injectRegister: false,
		workbox: {
			// The manifest and its icons are added by the plugin itself.
			globPatterns: ['**/*.{js,css,html}'],
			globIgnores: ['data/**'],
			navigateFallback: 'index.html',
			// The first visit's page is controlled at once, so it works offline without a reload.
			clientsClaim: true,
			cleanupOutdatedCaches: true
		},
		manifest: {
			name: 'Plainview',
			short_name: 'Plainview',
			description:
				'Offline-first explorer of political integrity data: declarations, party donations and company tax totals.',
			lang: 'lv',
			display: 'standalone',
			background_color: '#ffffff',
			theme_color: '#1d4e89',
			icons: [
				{ src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
				{ src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
				{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }
			]
		}
	});
}

export default defineConfig(({ mode, command }) => ({
	// Relative asset paths: the built site works from any folder of any static server.
	base: './',
	// Whether there is a service worker to register (src/main.ts): only a build has sw.js.
	// Not import.meta.env.PROD, which follows NODE_ENV: the e2e setup builds from inside vitest.
	define: {
		'import.meta.env.HAS_OFFLINE_SHELL': JSON.stringify(command === 'build' && mode !== 'test')
	},
	// svelteTesting() picks Svelte's browser build for jsdom; in a build it must stay out
	// (mode, not the VITEST variable: the e2e setup runs `vite build` from inside vitest).
	plugins: [
		svelte(),
		bundles(),
		preloadStart(),
		...(mode === 'test' ? [svelteTesting()] : offlineShell())
	],
	// The icons the web manifest names, copied to the top of dist/ (no public/ at the top level).
	publicDir: 'src/public',
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
