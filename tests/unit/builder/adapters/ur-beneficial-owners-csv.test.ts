import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urBeneficialOwnersCsv } from '../../../../src/builder/adapters/ur-beneficial-owners-csv';
import type { CompanyRoleRecord } from '../../../../src/builder/sources/source-records';
import { runAdapter } from '../../../fixtures/adapters';

const fixture = (name: string) =>
	resolve(import.meta.dirname, '../../../fixtures/sources/ur', name);

describe('urBeneficialOwnersCsv on beneficial_owners.csv', () => {
	const result = runAdapter(urBeneficialOwnersCsv, fixture('beneficial_owners.csv'));
	const records = result.records as CompanyRoleRecord[];
	const byLine = (line: number) =>
		records.find((r) => r.source.record === `beneficial_owners.csv:${line}`);

	it('counts every row and rejects the unreadable ones with their line', () => {
		expect(result.rowsRead).toBe(5);
		expect(records).toHaveLength(2);
		expect(result.rejected).toEqual([
			{ line: 4, reason: expect.stringMatching(/legal_entity_registration_number: .*"123"/) },
			{ line: 5, reason: 'forename, surname: both empty' },
			{ line: 6, reason: '3 fields where the header has 10' }
		]);
	});

	it('names the owner "forename surname" and the owned company by reg. no.', () => {
		expect(byLine(2)).toEqual({
			type: 'company-role',
			holder: { type: 'person', name: 'Ilze Kalniņa', maskedCode: '150777-*****', country: 'LV' },
			company: { type: 'organisation', name: '', regNo: '40003123451', country: 'LV' },
			relation: 'beneficial-owner',
			start: '2018-03-01',
			source: { dataset: 'test', record: 'beneficial_owners.csv:2' }
		});
	});

	it('keeps a birth date, and no single country for a dual national', () => {
		expect(byLine(3)?.holder).toEqual({
			type: 'person',
			name: 'Jaan Tamm',
			birthDate: '1970-01-01'
		});
	});
});
