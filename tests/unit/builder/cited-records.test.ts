/**
 * Every fact of every profile cites a record that holds it: each cited row or record is read
 * back from the source files (tests/fixtures/cited-records.ts, not the adapters) and compared
 * with the fact. Run on the demo data and on the real samples built together.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/builder/adapters/index';
import { build } from '../../../src/builder/build';
import type { FactGroup, FileKind } from '../../../src/model/bundle-format';
import { bundleLines } from '../../fixtures/bundle-lines';
import type { Entity } from '../../../src/model/types';
import { SourceRecords } from '../../fixtures/cited-records';
import { describeRealData, realPath } from '../../fixtures/realdata';
import { checkGroup, type Checked } from '../../fixtures/cited-checks';

/**
 * What a file states for every row, not in each row: Delna's deputies table is the 13th
 * Saeima's ("Darbība 13.Saeimā"), so its adapter gives every row that post in the Saeima, and
 * names the party column's tie "partijas biedrs" (a label of Plainview's own, issue 12 item 9).
 */
const FILE_STATES: Record<string, string[]> = {
	'saeima-deputies-csv': ['13. Saeimas deputāts', 'Latvijas Republikas Saeima', 'partijas biedrs']
};

function buildAndCheck(files: string[], register: string): Checked {
	const out = join(mkdtempSync(join(tmpdir(), 'plainview-cited-')), 'bundle');
	const { error, report } = build({ files, out, builtAt: '2026-12-01' }, ADAPTERS);
	expect(error).toBeUndefined();
	const context = new Map(
		report.files.map((f) => [f.file, FILE_STATES[f.format ?? ''] ?? []] as const)
	);
	const lines = <T>(kind: FileKind): T[] => bundleLines<T>(out, kind);
	const entities = new Map(lines<Entity>('entities').map((e) => [e.id, e]));
	const records = new SourceRecords(files, context, register);
	const checked: Checked = { facts: 0, failures: [] };
	const seen = new Set<string>();
	for (const group of lines<FactGroup>('facts'))
		checkGroup(group, entities, records, checked, seen);
	return checked;
}

/** The first failures, each naming the fact and the record that lacks it. */
const report = ({ failures }: Checked) => failures.slice(0, 30);

describe('every fact cites a record that holds it: demo data', () => {
	it('holds for every fact of every profile', () => {
		const dir = resolve(import.meta.dirname, '../../../data/demo');
		const files = readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && /\.(csv|json|html)$/.test(e.name))
			// Provenance and the fictional party register are not source files.
			.filter((e) => !['sources.json', 'planted.json', 'parties.json'].includes(e.name))
			.map((e) => join(e.parentPath, e.name))
			.sort();
		const checked = buildAndCheck(files, join(dir, 'parties.json'));
		expect(checked.facts).toBeGreaterThan(1000);
		expect(report(checked)).toEqual([]);
	}, 120_000);
});

describeRealData('every fact cites a record that holds it', () => {
	it('holds for every fact of every profile, the ten samples built together', () => {
		const checked = buildAndCheck(
			[
				'lv-knab-donations-delna-iw/a1.csv',
				'lv-knab-donations-delna-iw/a2.csv',
				'lv-saeima-deputies-delna-iw/groups.csv',
				'lv-vid-declarations-interests-delna-iw/interests_and_assets.csv',
				'lv-vid-declaration-pages/data.json',
				'lv-vid-declaration-pages/slesers-2024.html',
				'lv-knab-web-snapshots/knab_donations_page.html',
				'lv-knab-donations-delna-iw/a4.csv',
				'lv-knab-web-snapshots/knab_declaration_detail.html',
				'lv-knab-web-snapshots/knab_declarations_page.html'
			].map((f) => realPath(f)),
			resolve(import.meta.dirname, '../../../data/parties.json')
		);
		expect(checked.facts).toBeGreaterThan(28_000);
		expect(report(checked)).toEqual([]);
	}, 180_000);
});
