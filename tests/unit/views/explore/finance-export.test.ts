import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../src/lib/export/table';
import type { FactGroup } from '../../../../src/model/bundle-format';
import type { PartyFinanceLine } from '../../../../src/model/types';
import { financeTable } from '../../../../src/views/explore/finance-export';
import { sampleFinances } from '../../../fixtures/party-finances';

const group = (lines: PartyFinanceLine[]): FactGroup => ({
	entity: 'o-40008000011',
	declarations: [],
	donations: [],
	taxTotals: [],
	relations: [],
	refs: [],
	partyFinances: lines
});
const party = {
	id: 'o-40008000011',
	name: 'Saules Latvijai',
	group: group(sampleFinances().lines)
};
const sourceOf = (line: PartyFinanceLine) => (line.source.dataset === 'a4' ? 'a4' : 'report');

describe('financeTable', () => {
	const table = financeTable([party], 2021, sourceOf);

	it('gives every line of the year once, in published order, with its own record', () => {
		expect(table.rows.map((r) => r.sources.map((s) => s.record).join())).toEqual([
			'a4.csv:2',
			'a4.csv:3',
			'report.html#balance:1',
			'report.html#income-expense:1',
			'report.html#income-expense:2',
			'report.html#income-expense:10',
			'report.html#income-expense:12',
			'report.html#income-expense:14'
		]);
	});

	it('writes amounts exactly from cents, with the source kind and the stated totals marked', () => {
		const csv = toCsv(table).split('\r\n');
		expect(csv[0]).toBe(
			'party_id,party,year,source_kind,statement,heading,item,is_total,amount,currency,source_dataset,source_record,source_url'
		);
		expect(csv[1]).toBe(
			'o-40008000011,Saules Latvijai,2021,a4,expense,,Citi izdevumi,false,1085.50,EUR,a4,a4.csv:2,'
		);
		expect(csv).toContain(
			'o-40008000011,Saules Latvijai,2021,report,income,,VII. Ieņēmumi kopā.,true,6500.50,EUR,report,report.html#income-expense:10,'
		);
	});

	it('holds nothing for a year without lines', () => {
		expect(financeTable([party], 2019, sourceOf).rows).toEqual([]);
	});
});
