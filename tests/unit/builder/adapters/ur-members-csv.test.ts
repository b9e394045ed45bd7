import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shareValue, urMembersCsv } from '../../../../src/builder/adapters/ur-members-csv';
import type { CompanyRoleRecord } from '../../../../src/builder/sources/source-records';
import { runAdapter } from '../../../fixtures/adapters';

const fixture = (name: string) =>
	resolve(import.meta.dirname, '../../../fixtures/sources/ur', name);

describe('urMembersCsv on members.csv', () => {
	const result = runAdapter(urMembersCsv, fixture('members.csv'));
	const records = result.records as CompanyRoleRecord[];
	const byLine = (line: number) => records.find((r) => r.source.record === `members.csv:${line}`);

	it('counts every row and rejects a bad company reg. no. with its line', () => {
		expect(result.rowsRead).toBe(7);
		expect(records).toHaveLength(6);
		expect(result.rejected).toEqual([
			{ line: 7, reason: expect.stringMatching(/at_legal_entity_registration_number: .*"123"/) }
		]);
	});

	it('reads a shareholding with shares, exact value and start date', () => {
		expect(byLine(2)).toEqual({
			type: 'company-role',
			holder: {
				type: 'person',
				name: 'Kalniņa Ilze',
				nameOrder: 'surname-first',
				maskedCode: '150777-*****'
			},
			company: { type: 'organisation', name: '', regNo: '40003123451', country: 'LV' },
			relation: 'shareholder',
			start: '2010-04-12',
			shares: 2000,
			value: { cents: 200_000, currency: 'EUR' },
			source: { dataset: 'test', record: 'members.csv:2' }
		});
	});

	it.each([
		[3, 800, { cents: 80_000, currency: 'EUR' }], // a legal entity, nominal "1"
		[4, 3000, { cents: 426_861, currency: 'EUR' }], // 3000 × 1.42287
		[8, 500, { cents: 50_000, currency: 'LVL' }] // LVL kept as LVL
	])('values line %i as shares × nominal, exactly', (line, shares, value) => {
		expect(byLine(line)).toMatchObject({ shares, value });
	});

	it('reads a legal-entity member by its reg. no.', () => {
		expect(byLine(3)?.holder).toMatchObject({ type: 'organisation', regNo: '40003999991' });
	});

	it('leaves out a value that is not whole cents, keeping the shares, and says so', () => {
		expect(byLine(5)).toMatchObject({ shares: 3 });
		expect(byLine(5)).not.toHaveProperty('value');
		expect(result.warnings).toContainEqual(
			expect.stringMatching(/^line 5: 3 × 0.0014 EUR is not whole cents/)
		);
	});

	it('keeps joint owners as published, marked, with a warning', () => {
		expect(byLine(6)).toMatchObject({
			holder: { type: 'organisation', name: 'Bēldiņš Jānis, Bēldiņa Līga', kind: 'other' },
			role: 'JOINT_OWNERS',
			shares: 100,
			value: { cents: 100_000, currency: 'EUR' }
		});
		expect(result.warnings).toContainEqual(expect.stringMatching(/^line 6: JOINT_OWNERS/));
	});
});

describe('shareValue', () => {
	const warnings: string[] = [];
	const warn = (message: string) => warnings.push(message);
	it.each([
		[1000, '0.0014', { cents: 140, currency: 'EUR' }],
		[7, '2.5', { cents: 1750, currency: 'EUR' }],
		[1, '2800', { cents: 280_000, currency: 'EUR' }],
		[3, '0.333', undefined], // 0.999 EUR: not whole cents
		[3, '1,00', undefined], // not a published nominal value
		[0, '1.00', { cents: 0, currency: 'EUR' }]
	])('%i × %s', (count, nominal, value) => {
		expect(shareValue(count, nominal, 'EUR', warn)).toEqual(value);
	});

	it('gives no value without a currency', () => {
		expect(shareValue(10, '1.00', undefined, warn)).toBeUndefined();
		expect(warnings.at(-1)).toMatch(/no share_currency/);
	});
});
