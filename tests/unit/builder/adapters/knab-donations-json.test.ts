import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knabDonationsJson } from '../../../../src/builder/adapters/knab-donations-json';
import type { DonationRecord } from '../../../../src/builder/sources/source-records';
import { runAdapter, sourceFile } from '../../../fixtures/adapters';

const fixture = resolve(import.meta.dirname, '../../../fixtures/sources/knab/donations-api.json');

const record = {
	public_id: 'd-1',
	party: 'ZIEMEĻU ALIANSE',
	typeId: 1,
	type: 'Nauda',
	amountDisplay: '10.00',
	currency: 'EUR',
	person: 'ILZE PRIEDĪTE',
	personCode: '150385*****',
	date: '20.07.2026'
};

function readJson(value: unknown, dateOrder?: 'DMY' | 'MDY') {
	return knabDonationsJson.read(sourceFile('api.json', JSON.stringify(value)), {
		dataset: 'test',
		dateOrder
	});
}

describe('knabDonationsJson on the API fixture', () => {
	const result = runAdapter(knabDonationsJson, fixture);
	const records = result.records as DonationRecord[];
	const byId = (id: string) => records.find((r) => r.source.record === id);

	it('counts every array element and rejects the unreadable ones by 1-based position', () => {
		expect(result.rowsRead).toBe(11);
		expect(records).toHaveLength(8);
		expect(result.rejected).toEqual([
			{ line: 7, reason: 'missing party, date (line = 1-based position in the JSON array)' },
			{ line: 8, reason: 'unknown donation type "3" (line = 1-based position in the JSON array)' },
			{ line: 11, reason: 'not a JSON object (line = 1-based position in the JSON array)' }
		]);
	});

	it.each([
		['d-1001', 'money'],
		['d-1002', 'goods-services'],
		['d-1003', 'entry-fee'],
		['d-1004', 'membership-fee']
	])('reads %s by its typeId as %s', (id, kind) => {
		expect(byId(id)?.kind).toBe(kind);
	});

	it('keeps names upper case as published, and the source id as the record', () => {
		expect(byId('d-1001')).toMatchObject({
			donorName: 'ILZE PRIEDĪTE',
			donor: { type: 'person', name: 'ILZE PRIEDĪTE', maskedCode: '150385*****' },
			party: { type: 'organisation', name: 'ZIEMEĻU ALIANSE', kind: 'party' },
			amount: { cents: 363000, currency: 'EUR' },
			date: '2026-07-20',
			source: { dataset: 'test', record: 'd-1001' }
		});
	});

	it('reads refunds, anonymous donors and companies', () => {
		expect(byId('d-1004')).toMatchObject({ isRefund: true, amount: { cents: -1000 } });
		expect(byId('d-1005')?.donor).toBeNull();
		expect(byId('d-1006')?.donor).toEqual({
			type: 'organisation',
			name: 'SIA ZAĻĀ LAPA',
			regNo: '40000000017',
			kind: 'company'
		});
	});

	it('trusts typeId over a disagreeing type name, with a warning', () => {
		expect(byId('d-1009')?.kind).toBe('money');
		expect(result.warnings).toContain(
			'record 9 (d-1009): typeId 1 is money but type says "Manta vai pakalpojums"; typeId used'
		);
	});

	it('tolerates numbers for ids and amounts, joins first and last names, and drops a dirty code', () => {
		expect(byId('1010')).toMatchObject({
			donorName: 'EGILS ZARIŅŠ',
			donor: { type: 'person', name: 'EGILS ZARIŅŠ' },
			donorCode: '2206881*****',
			amount: { cents: 2500, currency: 'EUR' }
		});
		expect(byId('1010')?.donor).not.toHaveProperty('maskedCode');
		expect(
			result.warnings.some((w) => w.startsWith('record 10 (1010): donor code "2206881*****"'))
		).toBe(true);
	});

	it('decides day-first for the file', () => {
		expect(result.warnings[0]).toBe('dates read day-first (DMY): 8 of 8 dates have a day above 12');
	});
});

describe('knabDonationsJson shapes', () => {
	it.each([
		['a bare array', [record]],
		['{data: […]}', { data: [record] }],
		['{results: […]}', { results: [record] }]
	])('reads %s', (_, value) => {
		const result = readJson(value);
		expect(result.records).toHaveLength(1);
		expect(result.rowsRead).toBe(1);
	});

	it('refuses a file that is not JSON, or JSON of another shape, naming the file', () => {
		expect(() => knabDonationsJson.read(sourceFile('x.json', '{oops'), { dataset: 't' })).toThrow(
			/x\.json: not valid JSON/
		);
		expect(() => readJson({ items: [] })).toThrow(/api\.json: expected an array of donations/);
	});

	it('rejects every record when slashed dates cannot be told apart', () => {
		const result = readJson([{ ...record, date: '03/04/2026' }]);
		expect(result.rejected[0]?.reason).toMatch(/^day\/month order undecidable/);
		expect(readJson([{ ...record, date: '03/04/2026' }], 'MDY').records[0]).toMatchObject({
			date: '2026-03-04'
		});
	});

	it('reads dotted dates day-first even when no day passes 12', () => {
		const result = readJson([{ ...record, date: '03.04.2026' }]);
		expect(result.records[0]).toMatchObject({ date: '2026-04-03' });
		expect(result.warnings[0]).toBe('dates read day-first (DMY): dotted dates are day-first');
	});

	it('reads the type name when there is no typeId', () => {
		const noId = Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'typeId'));
		const result = readJson([{ ...noId, type: 'Iestāšanās maksa' }]);
		expect(result.records[0]).toMatchObject({ kind: 'entry-fee' });
	});
});

describe('knabDonationsJson on rows listed twice', () => {
	it('keeps both, cites the repeat by position so no two facts share an id, and says so', () => {
		const result = readJson([record, { ...record }, { ...record, public_id: 'd-2' }]);
		const ids = result.records.map((r) => r.source.record);
		expect(ids).toEqual(['d-1', 'api.json:2', 'd-2']);
		expect(result.warnings).toContain(
			'record 2: public_id d-1 repeats record 1; kept, cited as api.json:2'
		);
		// Values equal to an earlier row's are reported, never dropped.
		expect(result.warnings).toContainEqual(
			expect.stringMatching(
				/^2 row\(s\) repeat an earlier row's values exactly; all kept.*record 2 \(d-1\) = record 1 \(d-1\)/
			)
		);
	});
});
