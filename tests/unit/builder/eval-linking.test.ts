/** The linking bar of issue #4, inside npm test: the same evaluation as `npm run eval:linking`. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAR } from '../../../src/builder/eval/deputy-donors';
import { evaluateDemo, evaluateReal } from '../../../src/builder/eval/run';
import { REALDATA, describeRealData } from '../../fixtures/realdata';

describeRealData('deputy ↔ donor linking', () => {
	it('merges no namesake, asserts no ambiguous row as confirmed, and finds ≥ 99 % of true links', () => {
		const report = evaluateReal(REALDATA);
		expect(report.truth.deputy).toBeGreaterThan(1000);
		expect(report.truth.namesake).toBeGreaterThan(0);
		expect(report.namesakesMerged).toBe(0);
		expect(report.ambiguousConfirmed).toBe(BAR.ambiguousConfirmed);
		expect(report.precision).toBe(BAR.precision);
		expect(report.recall).toBeGreaterThanOrEqual(BAR.recall);
	});
});

describe('deputy ↔ donor linking on the demo data and its planted cases', () => {
	const { deputies, planted } = evaluateDemo(resolve(import.meta.dirname, '../../../data/demo'));

	it('meets the bar on the demo deputies and donors', () => {
		expect(deputies.truth.deputy).toBeGreaterThan(100);
		expect(deputies.namesakesMerged).toBe(0);
		expect(deputies.precision).toBe(1);
		expect(deputies.recall).toBeGreaterThanOrEqual(BAR.recall);
	});

	it('never merges two planted people and keeps each planted person whole', () => {
		expect(planted.cases.length).toBeGreaterThanOrEqual(10);
		expect(planted.pairsWronglyMerged).toBe(0);
		expect(planted.cases.flatMap((c) => c.mergedWithOthers)).toEqual([]);
		expect(planted.recall).toBeGreaterThanOrEqual(BAR.recall);
	});
});
