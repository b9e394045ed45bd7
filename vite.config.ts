import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// Relative asset paths: the built site works from any folder of any static server.
	base: './',
	plugins: [svelte(), svelteTesting()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
		environment: 'jsdom',
		setupFiles: ['tests/setup.ts'],
		testTimeout: 60_000,
		// The JSON report feeds the closing "N passed, N failed" line of .ci/run.
		reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]]
	}
});
