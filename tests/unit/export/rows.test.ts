import { describe, expect, it } from 'vitest';
import { partyTable, personTable } from '../../../src/lib/export/rows';
import { searchExport, searchTable } from '../../../src/lib/export/search-export';
import type { ExportTable } from '../../../src/lib/export/table';
import type { SearchHit } from '../../../src/lib/search/search-types';
import {
	ANNA,
	GREEN,
	SAEIMA,
	partyProfile,
	personProfile,
	profile,
	relation,
	sourceRef
} from '../../fixtures/profiles';

const hasSources = (table: ExportTable) =>
	table.rows.every(
		(row) => row.sources.length > 0 && row.sources.every((s) => s.dataset && s.record)
	);

const hit = (id: string, name: string): SearchHit => ({
	doc: {
		id,
		kind: 'person',
		name,
		otherNames: ['A. Liepa'],
		roles: [],
		posts: ['Deputāte'],
		parties: ['Zaļie'],
		years: [2019, 2024]
	},
	score: 0,
	matchedName: name,
	ranges: []
});

describe('searchTable', () => {
	it('keeps the order shown, with each entity’s own sources', async () => {
		const anna = { ...ANNA, sources: [sourceRef({ dataset: 'saeima', record: 'deputies.csv:4' })] };
		const table = await searchExport(
			[hit(ANNA.id, 'Anna Liepa'), hit('p-gone', 'Gone')],
			async (id) => (id === ANNA.id ? anna : undefined)
		);
		expect(table.rows.map((r) => r.values)).toEqual([
			{
				id: ANNA.id,
				kind: 'person',
				name: 'Anna Liepa',
				other_names: 'A. Liepa',
				posts: 'Deputāte',
				parties: 'Zaļie',
				years: '2019–2024'
			},
			expect.objectContaining({ id: 'p-gone' })
		]);
		expect(table.rows[0]!.sources).toEqual(anna.sources);
		expect(table.rows[1]!.sources).toEqual([]);
		expect(searchTable([], new Map()).rows).toEqual([]);
	});
});

describe('personTable', () => {
	const table = personTable(personProfile());

	it('lists declarations, donations made and links, every row with its source', () => {
		const facts = new Set(table.rows.map((r) => r.values.fact));
		expect(facts).toEqual(new Set(['declaration', 'donation', 'relation']));
		expect(hasSources(table)).toBe(true);
	});

	it('cites for a link the records that state it, not those that tell who the person is', () => {
		const stated = sourceRef({ dataset: 'vid', record: 'interests_and_assets.csv:42' });
		const post = relation({
			from: ANNA.id,
			to: SAEIMA.id,
			kind: 'holds-post',
			role: 'Deputāte',
			evidence: [
				{
					rule: 'same-name-birth-year',
					values: { birthYear: '1979' },
					sources: [sourceRef({ dataset: 'knab', record: 'donations.csv:7' })],
					published: [{ name: 'Anna Liepa', code: '020179-*****' }]
				},
				{ rule: 'stated-in-source', values: {}, sources: [stated] }
			]
		});
		const rows = personTable(profile(ANNA, { group: { relations: [post] } })).rows;
		expect(rows.map((r) => r.sources)).toEqual([[stated]]);
	});

	it('writes a declaration with its institution, post and source record', () => {
		const row = table.rows.find((r) => r.values.fact === 'declaration')!;
		expect(row.values).toMatchObject({
			date: '2025-03-14',
			counterparty: 'Latvijas Republikas Saeima',
			role: 'Saeimas deputāte'
		});
		expect(row.sources[0]).toMatchObject({ dataset: 'vid-declarations' });
	});

	it('writes amounts as exact decimals from cents', () => {
		const amounts = table.rows
			.filter((r) => r.values.fact === 'donation')
			.map((r) => r.values.amount);
		expect(amounts.every((a) => typeof a === 'string' && /^-?\d+\.\d{2}$/.test(a))).toBe(true);
	});
});

describe('partyTable', () => {
	it('lists what the party’s own group holds: its anonymous gifts and their payer row', () => {
		const table = partyTable(partyProfile({ withSummary: false }));
		expect(table.rows.map((r) => [r.values.fact, r.values.counterparty, r.values.amount])).toEqual([
			['donation', 'ANONĪMS', '25.00'],
			['donor', 'ANONĪMS', '25.00']
		]);
		expect(hasSources(table)).toBe(true);
		expect(partyTable(partyProfile()).rows.map((r) => r.values.counterparty)).not.toContain(
			GREEN.name
		);
	});
});
