// The explore engine on planted rows, against figures worked out by hand below.
import { describe, expect, it } from 'vitest';
import { createExploreEngine } from '../../../src/lib/explore/explore-engine';
import type {
	Bar,
	DonationRow,
	DonorRow,
	TablePage
} from '../../../src/lib/explore/explore-protocol';
import { allOf, plantedBody, type PlantedRow } from '../../fixtures/explore-fixture';

const A = 'o-party-a';
const B = 'o-party-b';
const anna = { donor: 'p-anna', donorName: 'Anna Liepa', office: true };
const bruno = { donor: 'p-bruno', donorName: 'Bruno Kalns' };
const koks = { donor: 'o-koks', donorName: 'SIA Koks', donorKind: 'organisation' as const };
const janis = { donor: 'p-janis', donorName: 'Jānis Bēldiņš' };
const marta = { donor: 'p-marta', donorName: 'Marta Ozola' };
const anonymous = { donorName: 'ANONĪMS' };

// In date order, as the builder files them. Bands: lt50 < 50 EUR ≤ 50-200 < 200 ≤ 200-1k < 1k ≤ 1k-5k < 5k ≤ 5k-10k < 10k ≤ ge10k.
const ROWS: PlantedRow[] = [
	{ party: A, date: '2021-03-05', cents: 10_000, ...anna, record: 'a1.csv:2' }, // 50-200
	{ party: A, date: '2022', cents: 2_400, kind: 'membership-fee', ...anna, record: 'a2.csv:2' },
	{ party: A, date: '2022-01-10', cents: 300_000, ...bruno, record: 'a1.csv:3' }, // 1k-5k
	{ party: A, date: '2022-01-20', cents: -5_000, ...bruno, record: 'a1.csv:4' }, // refund, 50-200
	{ party: B, date: '2022-02-14', cents: 1_500_000, ...janis, record: 'a1.csv:5' }, // ge10k
	{ party: B, date: '2022-02-15', cents: 4_000, ...anonymous, record: 'a1.csv:6' }, // lt50
	{ party: B, date: '2022-03-01', cents: 20_000, currency: 'USD', ...marta, record: 'a1.csv:7' },
	{ party: A, date: '2022-06-01', cents: 60_000, kind: 'goods-services', ...koks, record: 'x-9' }, // 200-1k
	{ party: B, date: '2023-01-05', cents: 1_000, kind: 'entry-fee', ...bruno, record: 'a2.csv:3' },
	{ party: B, date: '2023-05-05', cents: 700_000, ...anna, record: 'a1.csv:8' } // 5k-10k
];

const engine = () => createExploreEngine(plantedBody(ROWS));
const bar = (bars: Bar[], key: string) => bars.find((b) => b.key === key)!;
const tally = (count: number, cents: number, refunds = 0, refundCents = 0, otherCurrency = 0) => ({
	count,
	cents,
	refunds,
	refundCents,
	otherCurrency
});

describe('the explore overview', () => {
	it('sums EUR donations per party, refunds and other currencies apart, fees not at all', () => {
		const o = engine().overview(allOf('donations'));
		// 100 + 3,000 + 600 + 15,000 + 40 + 7,000 EUR; the 50 EUR refund and the USD gift apart.
		expect(o).toMatchObject(tally(6, 2_574_000, 1, -5_000, 1));
		expect(o.donorCount).toBe(5); // Anna, Bruno, Koks, Jānis, Marta; the anonymous gift is no donor
		expect(o.parties.map((p) => p.key)).toEqual([B, A]); // largest first
		expect(bar(o.parties, A)).toMatchObject(tally(3, 370_000, 1, -5_000));
		expect(bar(o.parties, B)).toMatchObject(tally(3, 2_204_000, 0, 0, 1));
		expect(o.kinds.map((k) => k.key)).toEqual(['money', 'goods-services']);
	});

	it('counts fees alone under "fees", a year-only date as its year', () => {
		const e = engine();
		expect(e.overview(allOf('fees'))).toMatchObject(tally(2, 3_400));
		expect(bar(e.overview(allOf('fees')).months, '2022')).toMatchObject(tally(1, 2_400));
		expect(e.overview(allOf('both'))).toMatchObject(tally(8, 2_577_400, 1, -5_000, 1));
	});

	it("gives one party's 2022 total over a year's months, and keeps that year's year-only fee only while the whole year is chosen", () => {
		const e = engine();
		const year = { ...allOf('donations'), parties: [A], from: '2022-01', to: '2022-12' };
		expect(e.overview(year)).toMatchObject(tally(2, 360_000, 1, -5_000));
		expect(e.overview({ ...year, measure: 'both' })).toMatchObject(tally(3, 362_400, 1, -5_000));
		const half = { ...year, measure: 'both' as const, to: '2022-06' };
		expect(e.overview(half)).toMatchObject(tally(2, 360_000, 1, -5_000));
	});

	it('counts bands by the size of each gift, a refund by what was returned', () => {
		const { bands } = engine().overview(allOf('donations'));
		expect(bands.map((b) => [b.key, b.count, b.refunds, b.otherCurrency])).toEqual([
			['lt50', 1, 0, 0],
			['50-200', 1, 1, 0],
			['200-1k', 1, 0, 1],
			['1k-5k', 1, 0, 0],
			['5k-10k', 1, 0, 0],
			['ge10k', 1, 0, 0]
		]);
	});

	it("filters every other chart by a click, but not the clicked chart's own bars", () => {
		const o = engine().overview({ ...allOf('donations'), parties: [A] });
		expect(o).toMatchObject(tally(3, 370_000, 1, -5_000));
		expect(bar(o.parties, B)).toMatchObject(tally(3, 2_204_000, 0, 0, 1));
		expect(bar(o.bands, 'ge10k').count).toBe(0);
		expect(bar(o.bands, '50-200')).toMatchObject(tally(1, 10_000, 1, -5_000));
		expect(bar(o.donors, 'organisation')).toMatchObject(tally(1, 60_000));
		expect(o.donorCount).toBe(3);
	});

	it('combines filters, and an empty filter resets to everything', () => {
		const e = engine();
		const before = e.overview(allOf('donations'));
		const both = { ...allOf('donations'), parties: [B], bands: ['ge10k', 'lt50'] as const };
		const o = e.overview({ ...both, bands: [...both.bands] });
		expect(o).toMatchObject(tally(2, 1_504_000));
		// The band chart keeps B's other bands; the party chart keeps A's ge10k/lt50 rows (none).
		expect(bar(o.bands, '5k-10k').count).toBe(1);
		expect(bar(o.bands, '200-1k').otherCurrency).toBe(1);
		expect(bar(o.parties, A).count).toBe(0);
		expect(e.overview({ ...allOf('donations'), donors: ['anonymous'] })).toMatchObject(
			tally(1, 4_000)
		);
		expect(e.overview({ ...allOf('donations'), office: ['office'] })).toMatchObject(
			tally(2, 710_000)
		);
		expect(e.overview(allOf('donations'))).toEqual(before);
	});

	it('filters by a donor name folded (no case, no diacritics), contained anywhere', () => {
		const e = engine();
		expect(e.overview({ ...allOf('donations'), name: 'BELDIN' })).toMatchObject(
			tally(1, 1_500_000)
		);
		expect(e.overview({ ...allOf('donations'), name: '  ' })).toMatchObject(
			tally(6, 2_574_000, 1, -5_000, 1)
		);
	});
});

describe('the kept sums', () => {
	it('after any series of clicks equal the sums of a fresh engine for the last one', () => {
		const e = engine();
		const clicks = [
			{ ...allOf('both'), parties: [A] },
			{ ...allOf('both'), parties: [A], bands: ['50-200' as const], office: ['office' as const] },
			{ ...allOf('donations'), bands: ['50-200' as const], name: 'bruno' },
			{ ...allOf('fees'), from: '2022-01', to: '2023-12', donors: ['person' as const] },
			{ ...allOf('donations'), kinds: ['money' as const], parties: [B] },
			allOf('both')
		];
		for (const click of clicks) expect(e.overview(click)).toEqual(engine().overview(click));
	});
});

describe('the explore table', () => {
	const query = {
		filter: allOf('donations'),
		view: 'donations' as const,
		sort: 'cents',
		descending: true
	};

	it('sorts the selected donations by a column and pages them', () => {
		const e = engine();
		const first = e.table({ ...query, offset: 0, limit: 2 }) as TablePage<DonationRow>;
		expect(first.total).toBe(8);
		expect(first.rows.map((r) => r.cents)).toEqual([1_500_000, 700_000]);
		const second = e.table({ ...query, offset: 2, limit: 3 }) as TablePage<DonationRow>;
		expect(second.rows.map((r) => r.cents)).toEqual([300_000, 60_000, 20_000]);
		const names = e.table({ ...query, sort: 'donorName', descending: false, offset: 0, limit: 3 });
		expect(names.rows.map((r) => (r as DonationRow).donorName)).toEqual([
			'ANONĪMS',
			'Anna Liepa',
			'Anna Liepa'
		]);
	});

	it('gives each row its party, donor, kind and source record', () => {
		const page = engine().table({ ...query, offset: 3, limit: 1 }) as TablePage<DonationRow>;
		expect(page.rows[0]).toEqual({
			id: 'd-008',
			date: '2022-06-01',
			party: A,
			partyName: A,
			donor: 'o-koks',
			donorName: 'SIA Koks',
			kind: 'goods-services',
			cents: 60_000,
			currency: 'EUR',
			isRefund: false,
			office: false,
			source: { dataset: 'donations', record: 'x-9' }
		});
		const anon = engine().table({ ...query, sort: 'date', descending: false, offset: 4, limit: 1 });
		expect(anon.rows[0]).toMatchObject({ donorName: 'ANONĪMS', source: { record: 'a1.csv:6' } });
		expect(anon.rows[0]).not.toHaveProperty('donor');
	});

	it('sums the selection per donor, the anonymous gifts as one row', () => {
		const page = engine().table({
			...query,
			view: 'donors',
			offset: 0,
			limit: 10
		}) as TablePage<DonorRow>;
		expect(page.total).toBe(6);
		expect(page.rows.map((r) => r.name)).toEqual([
			'Jānis Bēldiņš',
			'Anna Liepa',
			'Bruno Kalns',
			'SIA Koks',
			'ANONĪMS',
			'Marta Ozola'
		]);
		expect(page.rows[1]).toEqual({
			donor: 'p-anna',
			name: 'Anna Liepa',
			...tally(2, 710_000),
			parties: [A, B],
			office: true
		});
		expect(page.rows[2]).toMatchObject({ ...tally(1, 300_000, 1, -5_000), parties: [A] });
		expect(page.rows[4]).not.toHaveProperty('donor');
		expect(page.rows[5]).toMatchObject(tally(0, 0, 0, 0, 1));
	});

	it('returns every selected row for a download, and refuses a column it does not have', () => {
		const e = engine();
		const all = e.rows({ ...allOf('fees') }, 'donations') as TablePage<DonationRow>;
		expect(all.rows.map((r) => r.source.record)).toEqual(['a2.csv:2', 'a2.csv:3']);
		expect(() => e.table({ ...query, sort: 'colour', offset: 0, limit: 1 })).toThrow(
			/no column colour/
		);
	});
});
