/**
 * Round trips: source files → build() → bundle → FtM export → schema validation, over the demo
 * data and, when present, a real sample. Prints the entity counts by schema.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../../src/builder/adapters/index';
import { build } from '../../../../src/builder/build';
import type { FtmEntity } from '../../../../src/model/ftm';
import { validateFtm } from '../../../../src/builder/export/ftm-validate';
import { openBundleExport } from '../../../../src/builder/export/read-bundle';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const ROOT = resolve(import.meta.dirname, '../../../..');
const DEMO = join(ROOT, 'data/demo');
const tempDir = () => mkdtempSync(join(tmpdir(), 'plainview-ftm-'));

function buildInto(files: string[]): string {
	const out = join(tempDir(), 'bundle');
	const { error } = build({ files, out, builtAt: '2026-11-01' }, ADAPTERS);
	expect(error).toBeUndefined();
	return out;
}

function exportAll(dir: string, includePossible = false) {
	const bundle = openBundleExport(dir, { includePossible });
	return { entities: [...bundle.entities()], bundle };
}

function countBySchema(entities: FtmEntity[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const e of entities) counts[e.schema] = (counts[e.schema] ?? 0) + 1;
	return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Everything valid, except that FtM requires a Payment's payer and an anonymous donation has
 * none we can name: those, and only those, may lack it.
 */
function expectValid(entities: FtmEntity[]): void {
	const byId = new Map(entities.map((e) => [e.id, e]));
	const issues = validateFtm(entities).filter((issue) => {
		const summary = byId.get(issue.id)?.properties.summary?.[0] ?? '';
		return !(
			issue.kind === 'missing-required' &&
			issue.schema === 'Payment' &&
			issue.property === 'payer' &&
			/^donor (not identified|link left out)/.test(summary)
		);
	});
	expect(issues.slice(0, 5)).toEqual([]);
}

describe('FtM export of the demo bundle', () => {
	let dir: string;
	let entities: FtmEntity[];
	beforeAll(() => {
		const files = readdirSync(DEMO, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && /\.(csv|json|html)$/.test(e.name))
			.filter((e) => !['sources.json', 'planted.json', 'parties.json'].includes(e.name))
			.map((e) => join(e.parentPath, e.name))
			.sort();
		dir = buildInto(files);
		entities = exportAll(dir).entities;
	}, 120_000);

	it('emits only known schemata and properties, non-empty values and resolvable references', () => {
		expectValid(entities);
		const counts = countBySchema(entities);
		console.log('demo bundle, FtM entities by schema:', counts);
		for (const schema of ['Person', 'Company', 'Organization', 'PublicBody', 'Payment']) {
			expect(counts[schema]).toBeGreaterThan(0);
		}
		for (const schema of ['Occupancy', 'Position', 'Membership', 'Directorship', 'Ownership']) {
			expect(counts[schema]).toBeGreaterThan(0);
		}
	});

	it('stays valid with --include-possible, adding only links', () => {
		const all = exportAll(dir, true).entities;
		expectValid(all);
		const before = new Set(entities.map((e) => e.id));
		const added = all.filter((e) => !before.has(e.id));
		expect(added.every((e) => !e.properties.name)).toBe(true);
	});

	it('writes one entity per person, organisation and donation in the bundle', () => {
		const { counts } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
			counts: Record<string, number>;
		};
		const bySchema = countBySchema(entities);
		expect(bySchema.Person).toBe(counts.people);
		expect(bySchema.Payment).toBe(counts.donations);
		const orgs = ['Company', 'Organization', 'PublicBody'].map((s) => bySchema[s] ?? 0);
		expect(orgs.reduce((a, b) => a + b)).toBe(counts.organisations);
	});

	it('gives every link and payment a record id: <file>:<line> for a CSV row', () => {
		const intervals = entities.filter((e) => !e.properties.name);
		expect(intervals.length).toBeGreaterThan(0);
		for (const e of intervals) expect(e.properties.recordId?.length).toBeGreaterThan(0);
		const records = intervals.flatMap((e) => e.properties.recordId ?? []);
		expect(records).toContain('donations.csv:2');
		expect(records.every((r) => /^[\w.-]+(:\d+|#\d+)$|^[\w.-]+$/.test(r))).toBe(true);
	});

	it('keeps planted namesakes apart, each merged person as one entity', () => {
		const planted = JSON.parse(readFileSync(join(DEMO, 'planted.json'), 'utf8')) as {
			cases: { id: string; people: { name: string; birthDate: string }[] }[];
		};
		const namesakes = planted.cases.find((c) => c.id === 'namesake-different-birth-dates')!;
		const ids = namesakes.people.map(({ name, birthDate }) => {
			const found = entities.filter(
				(e) =>
					e.schema === 'Person' &&
					e.properties.name?.includes(name) &&
					e.properties.birthDate?.includes(birthDate)
			);
			expect(found).toHaveLength(1);
			return found[0]!.id;
		});
		expect(new Set(ids).size).toBe(namesakes.people.length);
	});

	it('refuses a bundle file whose sha256 differs from the manifest, naming the file', () => {
		const copy = join(tempDir(), 'bundle');
		cpSync(dir, copy, { recursive: true });
		const facts = readdirSync(copy).find((f) => f.startsWith('facts-'))!;
		writeFileSync(join(copy, facts), readFileSync(join(copy, facts), 'utf8').replace('"', ' "'));
		expect(() => exportAll(copy)).toThrow(new RegExp(`${facts}: sha256 [0-9a-f]+ differs`));
	});

	it('runs as npm run export, writing JSON lines to --out and counts to stderr', () => {
		const out = join(tempDir(), 'ftm.jsonl');
		const tsx = join(ROOT, 'node_modules/.bin/tsx');
		const cli = join(ROOT, 'src/builder/export/cli.ts');
		const run = spawnSync(tsx, [cli, '--format', 'ftm', '--bundles', dir, '--out', out], {
			encoding: 'utf8'
		});
		expect(run.stderr).toContain(`exported ${entities.length} FtM entities`);
		expect(run.status).toBe(0);
		const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
		expect(lines.map((l) => JSON.parse(l) as FtmEntity)).toEqual(entities);
		const bad = spawnSync(tsx, [cli, '--format', 'csv', '--bundles', dir], { encoding: 'utf8' });
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('--format must be ftm');
		const missing = join(tempDir(), 'none.jsonl');
		const fail = spawnSync(
			tsx,
			[cli, '--format', 'ftm', '--bundles', tempDir(), '--out', missing],
			{
				encoding: 'utf8'
			}
		);
		expect(fail.status).toBe(1);
		expect(fail.stderr).toContain('manifest.json');
		expect(existsSync(missing)).toBe(false);
	}, 60_000);
});

describeRealData('FtM export of a1.csv + groups.csv', () => {
	it('validates, with one Payment per donation and the deputies’ posts and parties', () => {
		const dir = buildInto([
			realPath('lv-knab-donations-delna-iw/a1.csv'),
			realPath('lv-saeima-deputies-delna-iw/groups.csv')
		]);
		const { entities } = exportAll(dir);
		expectValid(entities);
		const counts = countBySchema(entities);
		console.log('a1.csv + groups.csv, FtM entities by schema:', counts);
		expect(counts.Payment).toBe(26122);
		expect(counts.Occupancy).toBeGreaterThanOrEqual(100);
		expect(counts.Membership).toBeGreaterThan(0);
	}, 120_000);
});
