// @vitest-environment node
/** The demo's planted red flags (data/demo/planted.json): every one as expected. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	checkPlantedFlags,
	type PlantedFlagCase,
	type PlantedFlagCheck
} from '../../../../src/builder/eval/planted-flags';
import { demoAddress, demoFiles, readRecords } from '../../../../src/builder/eval/run';
import { computeFlags } from '../../../../src/builder/flags/index';
import { loadPartyRegister } from '../../../../src/builder/parties/load';
import { resolveDetailed } from '../../../../src/builder/resolve/resolve';

const DEMO = resolve(import.meta.dirname, '../../../../data/demo');
let checks: PlantedFlagCheck[];

describe('planted red flags in the demo data', () => {
	beforeAll(() => {
		const { data, sightings } = resolveDetailed(
			readRecords(demoFiles(DEMO)),
			{},
			loadPartyRegister(join(DEMO, 'parties.json')).register
		);
		const cases = (
			JSON.parse(readFileSync(join(DEMO, 'planted.json'), 'utf8')) as { cases: PlantedFlagCase[] }
		).cases;
		checks = checkPlantedFlags(
			cases,
			computeFlags(data),
			sightings,
			demoAddress(DEMO),
			data.donations
		);
	}, 120_000);

	it('plants a positive and a near miss or namesake for the money, declaration and company flags', () => {
		const people = checks.flatMap((c) => ('person' in c.expectation ? [c.expectation] : []));
		for (const kind of [
			'major-donor',
			'donations-over-income',
			'wealth-growth',
			'assets-over-income',
			'company-tax-overlap'
		])
			expect(new Set(people.filter((e) => e.flag === kind).map((e) => e.flagged))).toEqual(
				new Set([true, false])
			);
		expect(checks.filter((c) => 'rowsOf' in c.expectation).length).toBeGreaterThan(0);
	});

	it('flags every planted positive and no near miss or namesake', () => {
		expect(checks.filter((c) => !c.ok)).toEqual([]);
	});
});
