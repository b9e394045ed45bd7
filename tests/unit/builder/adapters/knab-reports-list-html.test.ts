import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../../src/builder/adapters/index';
import { knabReportsListHtml } from '../../../../src/builder/adapters/knab-reports-list-html';
import { readSource } from '../../../../src/builder/sources/read-source';
import type { PartyReportRecord } from '../../../../src/builder/sources/source-records';
import { runAdapter } from '../../../fixtures/adapters';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const path = resolve(import.meta.dirname, '../../../fixtures/sources/knab/reports-page.html');

describe('knabReportsListHtml on a fictional saved list of reports', () => {
	const result = runAdapter(knabReportsListHtml, path);
	const records = result.records as PartyReportRecord[];

	it('is the only adapter that claims the page', () => {
		const file = readSource(path);
		expect(ADAPTERS.filter((a) => a.detect(file)).map((a) => a.format)).toEqual([
			'knab-reports-list-html'
		]);
	});

	it('reads party, kind, year and filing date, citing <file>#<row> and the report link', () => {
		expect(records[0]).toEqual({
			type: 'party-report',
			party: { type: 'organisation', kind: 'party', name: '"SAULES LATVIJAI"' },
			year: 2021,
			kind: 'Gada pārskats',
			filed: '2022-04-01',
			source: {
				dataset: 'test',
				record: 'reports-page.html#1',
				url: 'https://info.knab.gov.lv/lv/db/deklaracijas/?id=01042022-00000001&type=1'
			}
		});
		expect(records[1]).toMatchObject({ kind: 'Vēlēšanu deklarācija', year: 2022 });
	});

	it('reads a row without classes by column order, and leaves out a date not given', () => {
		expect(records[2]).toMatchObject({ party: { name: 'Mēness partija' }, year: 2021 });
		expect(records[2]).not.toHaveProperty('filed');
		expect(records[2]?.source).toEqual({ dataset: 'test', record: 'reports-page.html#3' });
	});

	it('rejects a short row by its HTML source line', () => {
		expect(result.rowsRead).toBe(4);
		expect(result.rejected).toHaveLength(1);
		expect(result.rejected[0]?.reason).toMatch(/^not a report row: 1 cells/);
	});
});

describeRealData('knabReportsListHtml', () => {
	it('reads every row of the saved KNAB list, rejecting none', () => {
		const result = runAdapter(
			knabReportsListHtml,
			realPath('lv-knab-web-snapshots/knab_declarations_page.html')
		);
		expect(result.rejected).toEqual([]);
		expect(result.records).toHaveLength(result.rowsRead);
		expect(result.rowsRead).toBeGreaterThan(0);
	});
});
