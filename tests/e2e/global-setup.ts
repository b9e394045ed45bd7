/**
 * Builds the demo bundles and the app once, serves dist/ on 127.0.0.1, and hands the URL
 * to the e2e tests. Debian's chromium is required (CI installs it); without it the e2e
 * tests skip and say why.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveFolder, type StaticServer } from './static-server';

const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';

let server: StaticServer | undefined;

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		skipReason: string;
	}
}

export async function setup(project: TestProject): Promise<void> {
	if (!existsSync(CHROMIUM)) {
		project.provide('baseUrl', '');
		project.provide('skipReason', `${CHROMIUM} not found (apt-get install chromium)`);
		return;
	}
	const run = (args: string[]) => execFileSync('npx', args, { cwd: ROOT, stdio: 'pipe' });
	run(['tsx', 'src/builder/cli.ts', '--out', 'data/bundles']);
	run(['vite', 'build', '--logLevel', 'warn']);
	mkdirSync(resolve(ROOT, 'test-results/screenshots'), { recursive: true });
	server = await serveFolder(resolve(ROOT, 'dist'), { dataDelayMs: 250 });
	project.provide('baseUrl', server.url);
	project.provide('skipReason', '');
}

export async function teardown(): Promise<void> {
	await server?.close();
}
