import { readFileSync } from 'node:fs';
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
			amount: { cents: 7600, currency: 'EUR' },
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

/** The page as text, read with plain patterns, apart from the adapter: what each test expects. */
function pageFacts(path: string) {
	const text = readFileSync(path, 'utf8');
	const cents = (amount: string) => Math.round(Number(amount.replace(/\s/g, '')) * 100);
	const rows = [...text.matchAll(/<tr>\s*<td class="party"><a href="([^"]+)">[\s\S]*?<\/tr>/g)];
	const cell = (row: string, name: string) =>
		new RegExp(`<td class="${name}">([^<]*)`).exec(row)?.[1]?.trim() ?? '';
	const dates = rows.map(([row]) => cell(row, 'date').split('.').reverse().join('-')).sort();
	const goods = rows.filter(([row]) => cell(row, 'type') === 'Manta vai pakalpojums');
	return {
		rows: rows.length,
		footerCents: cents(
			/Kopā šajā lapā<\/th>\s*<td[^>]*>\s*EUR ([\d .]+)</.exec(text)?.[1] ?? 'NaN'
		),
		money: rows.filter(([row]) => cell(row, 'type') === 'Nauda').length,
		goodsCents: goods.map(([row]) => cents(cell(row, 'amount').replace('EUR', ''))),
		dates: [dates[0], dates.at(-1)],
		firstHref: rows[0]?.[1] ?? ''
	};
}

describeRealData('knabDonationsHtml', () => {
	const path = realPath('lv-knab-web-snapshots', 'knab_donations_page.html');
	const result = page(path);
	const facts = pageFacts(path);

	it('reads every row of the page and rejects none', () => {
		expect(facts.rows).toBeGreaterThan(0);
		expect(result.rowsRead).toBe(facts.rows);
		expect(result.records).toHaveLength(facts.rows);
		expect(result.rejected).toEqual([]);
	});

	it('sums to the page total printed in the footer', () => {
		expect(result.records.reduce((sum, r) => sum + r.amount.cents, 0)).toBe(facts.footerCents);
	});

	it('reads the money donations and the gifts of goods, between the first and last date', () => {
		expect(result.records.filter((r) => r.kind === 'money')).toHaveLength(facts.money);
		expect(
			result.records.filter((r) => r.kind === 'goods-services').map((r) => r.amount.cents)
		).toEqual(facts.goodsCents);
		expect(facts.goodsCents.length).toBeGreaterThan(0);
		const dates = result.records.map((r) => r.date).sort();
		expect([dates[0], dates.at(-1)]).toEqual(facts.dates);
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
			`https://info.knab.gov.lv/lv/db/ziedojumi/${facts.firstHref}`
		);
		expect(result.warnings).toEqual([
			`dates read day-first (DMY): ${facts.rows} of ${facts.rows} dates have a day above 12`
		]);
	});
});
