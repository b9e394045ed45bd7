import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { organisationKind, urRegisterCsv } from '../../../../src/builder/adapters/ur-register-csv';
import type { OrganisationRecord } from '../../../../src/builder/sources/source-records';
import { runAdapter } from '../../../fixtures/adapters';

const fixture = (name: string) =>
	resolve(import.meta.dirname, '../../../fixtures/sources/ur', name);

describe('urRegisterCsv on register.csv (BOM, CRLF, quoted fields with ";")', () => {
	const result = runAdapter(urRegisterCsv, fixture('register.csv'));
	const records = result.records as OrganisationRecord[];
	const byLine = (line: number) => records.find((r) => r.source.record === `register.csv:${line}`);

	it('counts every row and rejects a bad reg. no. with its line', () => {
		expect(result.rowsRead).toBe(8);
		expect(records).toHaveLength(7);
		expect(result.rejected).toEqual([
			{ line: 8, reason: expect.stringMatching(/regcode: not an 11-digit registration number/) }
		]);
	});

	it('reads a company whole, quoted ";" and all', () => {
		expect(byLine(2)).toEqual({
			type: 'organisation',
			organisation: {
				type: 'organisation',
				name: 'SIA "Ozolkalns; Meža nams"',
				regNo: '40003123451',
				kind: 'company',
				legalForm: 'SIA',
				country: 'LV'
			},
			registered: '2010-04-12',
			address: 'Rīga, Ozolu iela 1; k-2',
			source: { dataset: 'test', record: 'register.csv:2' }
		});
	});

	it.each([
		[3, 'IK "Pūces ligzda"', 'company'],
		[4, 'Politiskā partija "Zaļā Pļava"', 'party'],
		[5, 'Biedrība "Lasītāju klubs"', 'ngo'],
		[6, 'Nodibinājums "Ezera fonds"', 'ngo'],
		[7, 'Ozolmuižas draudze', 'other']
	])('reads line %i, %s, as kind %s', (line, name, kind) => {
		expect(byLine(line)?.organisation).toMatchObject({ name, kind });
	});

	it.each([
		[3, 'IK'],
		[5, 'Biedrība'],
		[7, 'Draudze']
	])('gives line %i the legal form %j', (line, legalForm) => {
		expect(byLine(line)?.organisation.legalForm).toBe(legalForm);
	});

	it('keeps the end date of a terminated entity', () => {
		expect(byLine(5)).toMatchObject({ registered: '2005-06-01', terminated: '2019-11-30' });
		expect(byLine(2)).not.toHaveProperty('terminated');
	});

	it('leaves out a date that is not ISO, and says so, rather than guess day and month', () => {
		expect(byLine(9)).not.toHaveProperty('registered');
		expect(result.warnings).toEqual([
			expect.stringMatching(/^line 9: registered: not an ISO date: "03\/04\/2012"/)
		]);
	});
});

describe('organisationKind', () => {
	it.each([
		['K', 'Komercreģistrs', 'SIA', 'Sabiedrība ar ierobežotu atbildību', 'company'],
		['K', 'Komercreģistrs', 'AKF', 'Ārvalsts komersanta filiāle', 'company'],
		['U', 'Uzņēmumu reģistra žurnāls', 'VU', 'Valsts uzņēmums', 'company'],
		['P', 'Politisko partiju reģistrs', 'PP', 'Politiskā partija', 'party'],
		['P', 'Politisko partiju reģistrs', 'PPA', 'Politisko partiju apvienība', 'party'],
		['B', 'Biedrību un nodibinājumu reģistrs', 'BDR', 'Biedrība', 'ngo'],
		['A', 'Arodbiedrību reģistrs', 'ARB', 'Arodbiedrība', 'ngo'],
		['R', 'Reliģisko organizāciju un to iestāžu reģistrs', 'DRZ', 'Draudze', 'other'],
		// Codes we do not know: the words decide, and "sabiedrība" is not "biedrība".
		['X', 'Politisko partiju reģistrs', 'ZZ', '', 'party'],
		['X', '', 'ZZ', 'Biedrība', 'ngo'],
		['X', '', 'ZZ', 'Jauna sabiedrība', 'other']
	])('%s/%s %s/%s is %s', (regtype, regtypeText, type, typeText, kind) => {
		expect(organisationKind(regtype, regtypeText, type, typeText)).toBe(kind);
	});
});
