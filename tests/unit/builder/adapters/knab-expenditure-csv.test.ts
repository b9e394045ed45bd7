import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../../src/builder/adapters/index';
import { knabExpenditureCsv } from '../../../../src/builder/adapters/knab-expenditure-csv';
import { readSource } from '../../../../src/builder/sources/read-source';
import type { PartyFinanceRecord } from '../../../../src/builder/sources/source-records';
import { runAdapter } from '../../../fixtures/adapters';

const sources = resolve(import.meta.dirname, '../../../fixtures/sources/knab');
const result = runAdapter(knabExpenditureCsv, resolve(sources, 'expenditure.csv'));
const records = result.records as PartyFinanceRecord[];
const line = (n: number) => records.find((r) => r.source.record === `expenditure.csv:${n}`);

describe('knabExpenditureCsv on a fictional a4 layout', () => {
	it('is the only adapter that claims the a4 layout, and claims no donations export', () => {
		const claim = (name: string) =>
			ADAPTERS.filter((a) => a.detect(readSource(resolve(sources, name)))).map((a) => a.format);
		expect(claim('expenditure.csv')).toEqual(['knab-expenditure-csv']);
		expect(claim('donations-dmy.csv')).toEqual(['knab-donations-csv']);
	});

	it('reads party, year, kind and amount as published, citing <file>:<line>', () => {
		expect(line(2)).toEqual({
			type: 'party-finance',
			party: { type: 'organisation', kind: 'party', name: 'Saules Latvijai' },
			year: 2021,
			statement: 'expense',
			item: 'Reklāmas pakalpojumi',
			amount: { cents: 41700, currency: 'EUR' },
			source: { dataset: 'test', record: 'expenditure.csv:2' }
		});
	});

	it('reads padded, grouped and bare amounts exactly, in euros', () => {
		expect(line(3)?.amount).toEqual({ cents: 123650, currency: 'EUR' });
		expect(line(4)?.amount).toEqual({ cents: 2881500, currency: 'EUR' });
		expect(line(6)?.amount).toEqual({ cents: 0, currency: 'EUR' });
	});

	it('drops only the padding around an item, never its words', () => {
		expect(line(3)?.item).toBe(
			'Izdevumi, kas saistīti ar labdarības pasākumu organizēšanu, dāvinājumiem (ziedojumiem)'
		);
	});

	it('rejects a row with a bad year or amount, by line, and keeps every other row', () => {
		expect(result.rowsRead).toBe(8);
		expect(records.map((r) => r.source.record)).toEqual(
			[2, 3, 4, 5, 6, 7].map((n) => `expenditure.csv:${n}`)
		);
		expect(result.rejected.map((r) => r.line)).toEqual([8, 9]);
		expect(result.rejected[0]?.reason).toContain('Gads');
	});
});
