/**
 * Red flags on the real samples (issue 16): the major-donor flag against Delna's own
 * `above_yearly_limit` column of a1.csv (read here from the CSV, never from Plainview's
 * output), and every flag kind's count. The figures are printed for the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { REAL_FILES, readRecords } from '../../../../src/builder/eval/run';
import { computeFlags } from '../../../../src/builder/flags';
import { DEFAULT_REGISTER, loadPartyRegister } from '../../../../src/builder/parties/load';
import { resolve } from '../../../../src/builder/resolve/resolve';
import { readCsv } from '../../../../src/builder/sources/csv';
import { FLAG_KINDS, type Flag } from '../../../../src/model/flags';
import { describeRealData, REALDATA, realPath } from '../../../fixtures/realdata';

let flags: Flag[];
/** a1.csv lines Delna marks `above_yearly_limit`, and the a1.csv lines Plainview's flags cite. */
let delna: Set<number>;
let plainview: Set<number>;

describeRealData('red flags', () => {
	beforeAll(() => {
		const records = readRecords(REAL_FILES.map((f) => join(REALDATA, f)));
		flags = computeFlags(resolve(records, {}, loadPartyRegister(DEFAULT_REGISTER).register));
		const a1 = readCsv(readFileSync(realPath('lv-knab-donations-delna-iw/a1.csv'), 'utf8'));
		delna = new Set(
			a1.rows.filter((r) => r.values.Flags === 'above_yearly_limit').map((r) => r.line)
		);
		plainview = new Set(
			flags
				.filter((f) => f.kind === 'major-donor')
				.flatMap((f) => f.sources)
				.flatMap((s) => (s.record.startsWith('a1.csv:') ? [Number(s.record.slice(7))] : []))
		);
	}, 120_000);

	it('flags major donors as Delna does: ≥ 99 % of its rows Delna-flagged, ≥ 95 % of Delna’s found', () => {
		const both = [...plainview].filter((line) => delna.has(line)).length;
		const onlyPlainview = plainview.size - both;
		const onlyDelna = delna.size - both;
		console.info(
			`major donor, a1.csv rows: Delna ${delna.size}, Plainview ${plainview.size}, both ${both}, only Plainview ${onlyPlainview}, only Delna ${onlyDelna}`
		);
		expect(delna.size).toBeGreaterThan(0);
		expect(both / plainview.size).toBeGreaterThanOrEqual(0.99);
		expect(both / delna.size).toBeGreaterThanOrEqual(0.95);
	});

	it('counts every flag kind, each flag citing its rows and resting on no possible link', () => {
		const counts = Object.fromEntries(
			FLAG_KINDS.map((kind) => [kind, flags.filter((f) => f.kind === kind).length])
		);
		console.info(`flags per kind on the real samples: ${JSON.stringify(counts)}`);
		expect(counts['major-donor']).toBeGreaterThan(0);
		for (const flag of flags) {
			expect(flag.sources.length).toBeGreaterThan(0);
			expect(flag.confidence).not.toBe('possible');
		}
		expect(new Set(flags.map((f) => f.id)).size).toBe(flags.length);
	});
});
