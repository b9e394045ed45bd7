import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knabDonationsHtml } from '../../../../src/builder/adapters/knab-donations-html';
import type { DonationRecord } from '../../../../src/builder/sources/source-records';
import { runAdapter } from '../../../fixtures/adapters';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const fixture = resolve(import.meta.dirname, '../../../fixtures/sources/knab/donations-page.html');

function page(path: string) {
	const result = runAdapter(knabDonationsHtml, path);
	const records = result.records as DonationRecord[];
	return {
		...result,
		records,
		row: (index: number) => records.find((r) => r.source.record.endsWith(`#${index}`))
	};
}

describe('knabDonationsHtml on a fictional saved page', () => {
	const result = page(fixture);

	it('reads the body rows, rejecting the unreadable ones by HTML source line', () => {
		expect(result.rowsRead).toBe(6);
		expect(result.records).toHaveLength(4);
		expect(result.rejected).toEqual([
			{ line: 44, reason: 'not an amount: "EUR ??" (line = HTML source line of the row)' },
			{ line: 51, reason: 'not a donation row: 1 cells (line = HTML source line of the row)' }
		]);
	});

	it('reads a row: party, type, amount, person with code, date, record index and link', () => {
		expect(result.row(1)).toEqual({
			type: 'donation',
			donor: { type: 'person', name: 'Ilze PRIEDĪTE', maskedCode: '150385*****' },
			donorName: 'Ilze PRIEDĪTE',
			donorCode: '150385*****',
			party: { type: 'organisation', name: '"ZIEMEĻU ALIANSE"', kind: 'party' },
			date: '2026-07-30',
			amount: { cents: 7500, currency: 'EUR' },
			kind: 'money',
			isRefund: false,
			flags: [],
			source: {
				dataset: 'test',
				record: 'donations-page.html#1',
				url: 'https://info.knab.gov.lv/lv/db/ziedojumi/?id=30072026-00000001'
			}
		});
	});

	it('reads goods, an anonymous refund and an LVL company donation', () => {
		expect(result.row(2)?.kind).toBe('goods-services');
		expect(result.row(3)).toMatchObject({ donor: null, donorName: 'ANONĪMS', isRefund: true });
		expect(result.row(4)).toMatchObject({
			donor: { type: 'organisation', regNo: '40000000017', kind: 'company' },
			amount: { cents: 10000, currency: 'LVL' },
			date: '2013-03-12'
		});
	});
});

describeRealData('knabDonationsHtml', () => {
	const result = page(realPath('lv-knab-web-snapshots', 'knab_donations_page.html'));

	it('reads all 50 rows of the page and rejects none', () => {
		expect(result.rowsRead).toBe(50);
		expect(result.records).toHaveLength(50);
		expect(result.rejected).toEqual([]);
	});

	it('sums to the page total printed in the footer, EUR 6 109.48', () => {
		expect(result.records.reduce((sum, r) => sum + r.amount.cents, 0)).toBe(610948);
	});

	it('reads 49 money donations and one of goods (EUR 14.48), dated 23–30 March 2026', () => {
		expect(result.records.filter((r) => r.kind === 'money')).toHaveLength(49);
		expect(result.records.find((r) => r.kind === 'goods-services')?.amount.cents).toBe(1448);
		const dates = result.records.map((r) => r.date).sort();
		expect([dates[0], dates.at(-1)]).toEqual(['2026-03-23', '2026-03-30']);
	});

	it('keeps every code in the unhyphenated style it was published in', () => {
		expect(
			result.records.every(
				(r) => r.donor?.type === 'person' && /^\d{6}\*{5}$/.test(r.donor.maskedCode ?? '')
			)
		).toBe(true);
	});

	it('links the first row to its KNAB record and decides day-first', () => {
		expect(result.row(1)?.source.url).toBe(
			'https://info.knab.gov.lv/lv/db/ziedojumi/?id=31032026-33652683'
		);
		expect(result.warnings).toEqual([
			'dates read day-first (DMY): 50 of 50 dates have a day above 12'
		]);
	});
});
