import { describe, expect, it } from 'vitest';
import { eurOf, officialsTable } from '../../../src/lib/export/officials-export';
import { toCsv } from '../../../src/lib/export/table';
import { rowAt } from '../../../src/lib/explore/officials-rows';
import { plantedSections } from '../../fixtures/explore-officials';

describe('officialsTable', () => {
	it('writes amounts as exact EUR decimals', () => {
		expect([eurOf(0), eurOf(5), eurOf(312_605_1), eurOf(-20_000)]).toEqual([
			'0.00',
			'0.05',
			'31260.51',
			'-200.00'
		]);
	});

	it('gives each row its figures and its declaration’s source', () => {
		const { officials } = plantedSections();
		const i = officials!.columns.name.indexOf('Anna Liepa');
		const csv = toCsv(officialsTable([rowAt(officials!, i)])).split('\r\n');
		expect(csv[0]).toContain('person_id,name,year,declaration_id');
		expect(csv[0]).toMatch(/source_dataset,source_record,source_url$/);
		expect(csv[1]).toMatch(/,Anna Liepa,2023,decl-/);
		expect(csv[1]).toContain(
			',31260.51,1260.51,2500.00,10000.00,2,1,declarations,declarations.csv:'
		);
	});
});
