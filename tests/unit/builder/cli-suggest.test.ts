// @vitest-environment node
/** `--suggest-mb`: how much of a bundle a first visit keeps by default (bundle/suggest-groups.ts). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../../src/model/bundle-format';
import { runNode } from '../../fixtures/run-node';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'plainview-suggest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('build:data --suggest-mb', () => {
	it('builds the demo with every group kept by default, and none with a budget of 0', () => {
		const groups = (args: string[]) => {
			const out = join(dir, args.join('') || 'default');
			const run = runNode(['src/builder/cli.ts', '--out', out, ...args, 'data/demo'], ROOT);
			expect(run.status, run.stderr).toBe(0);
			const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
			return manifest.groups!.map((g) => g.suggested);
		};
		const whole = groups([]);
		expect(whole.length).toBeGreaterThan(3);
		expect(whole.every(Boolean)).toBe(true);
		expect(groups(['--suggest-mb', '0']).some(Boolean)).toBe(false);
	}, 120_000);

	it('refuses a budget that is not a number of megabytes', () => {
		const run = runNode(['src/builder/cli.ts', '--suggest-mb', 'lots', 'data/demo'], ROOT);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/--suggest-mb takes megabytes \(0 or more\), not lots/);
	});
});
