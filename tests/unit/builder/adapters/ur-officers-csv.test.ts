import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urOfficersCsv } from '../../../../src/builder/adapters/ur-officers-csv';
import type { CompanyRoleRecord } from '../../../../src/builder/sources/source-records';
import { runAdapter } from '../../../fixtures/adapters';

const fixture = (name: string) =>
	resolve(import.meta.dirname, '../../../fixtures/sources/ur', name);

describe('urOfficersCsv on officers.csv', () => {
	const result = runAdapter(urOfficersCsv, fixture('officers.csv'));
	const records = result.records as CompanyRoleRecord[];
	const byLine = (line: number) => records.find((r) => r.source.record === `officers.csv:${line}`);

	it('counts every row and rejects the unreadable ones with their line', () => {
		expect(result.rowsRead).toBe(7);
		expect(records).toHaveLength(5);
		expect(result.rejected).toEqual([
			{
				line: 6,
				reason: expect.stringMatching(/at_legal_entity_registration_number: not an 11-digit/)
			},
			{ line: 7, reason: 'entity_type: unknown "ROBOT"' }
		]);
	});

	it('reads a natural person with the name as published, marked surname-first, and the code', () => {
		expect(byLine(2)).toEqual({
			type: 'company-role',
			holder: {
				type: 'person',
				name: 'Kalniņa Ilze',
				nameOrder: 'surname-first',
				maskedCode: '150777-*****'
			},
			company: { type: 'organisation', name: '', regNo: '40003123451', country: 'LV' },
			relation: 'board-member',
			role: 'BOARD_MEMBER (EXECUTIVE_BOARD)',
			start: '2015-03-02',
			source: { dataset: 'test', record: 'officers.csv:2' }
		});
	});

	it('reads a legal-entity officer by its reg. no.', () => {
		expect(byLine(3)?.holder).toEqual({
			type: 'organisation',
			name: 'SIA "Vadības serviss; Grupa"',
			regNo: '40003999991',
			country: 'LV'
		});
	});

	it('keeps a birth date given instead of a code', () => {
		expect(byLine(4)?.holder).toEqual({
			type: 'person',
			name: 'Tamm Jaan',
			nameOrder: 'surname-first',
			birthDate: '1970-01-01'
		});
		expect(byLine(4)?.role).toBe('CHAIR_OF_BOARD (EXECUTIVE_BOARD)');
	});

	it('reads an OWNER (of a sole trader) as an owner, not a board member', () => {
		expect(byLine(5)).toMatchObject({ relation: 'shareholder', role: 'OWNER' });
	});

	it('keeps a person whose code is impossible, without the code, and says so', () => {
		expect(byLine(8)?.holder).toEqual({
			type: 'person',
			name: 'Bēldiņš Jānis',
			nameOrder: 'surname-first'
		});
		expect(result.warnings).toEqual([expect.stringMatching(/^line 8: no such birth date/)]);
	});
});
