import { describe, expect, it } from 'vitest';
import { answerOfficials, sortRows } from '../../../src/lib/explore/officials-handler';
import { emptyColumns } from '../../../src/model/explore-officials';
import type { OfficialQuery, OfficialsResponse } from '../../../src/lib/explore/officials-protocol';
import { plantedSections } from '../../fixtures/explore-officials';

const sections = plantedSections();
const ask = (query: Partial<OfficialQuery>) => {
	const reply = answerOfficials(sections, {
		call: 'officials',
		query: { filter: {}, sort: 'name', descending: false, offset: 0, limit: 50, ...query }
	});
	if (!reply.ok || !('officialsPage' in reply)) throw new Error('no page');
	return reply.officialsPage;
};
const names = (query: Partial<OfficialQuery>) => ask(query).rows.map((r) => r.name);

describe('answerOfficials', () => {
	it('filters by year, municipality, party and institution, and combines them', () => {
		expect(names({ filter: { year: 2023 } })).toEqual(['Anna Liepa', 'Jānis Ozars', 'Rita Eglāja']);
		expect(names({ filter: { municipality: 'riga' } })).toEqual(['Anna Liepa', 'Ilze Koka']);
		expect(names({ filter: { municipality: 'riga', year: 2023 } })).toEqual(['Anna Liepa']);
		expect(names({ filter: { party: 'Vienotība' } })).toEqual(['Jānis Ozars']);
		const saeima = ask({ filter: { party: 'Vienotība' } }).rows[0]!.institution!.key;
		expect(names({ filter: { institution: saeima } })).toEqual(['Jānis Ozars']);
		expect(names({ filter: { name: 'LIEPA' } })).toEqual(['Anna Liepa']);
	});

	it('ranks by any column, and sums every selected row, not only the page', () => {
		expect(names({ sort: 'incomeCents', descending: true })).toEqual([
			'Jānis Ozars', 'Anna Liepa', 'Rita Eglāja', 'Ilze Koka'
		]); // prettier-ignore
		// Text columns in Latvian order; equal texts by name.
		expect(names({ sort: 'institution' })).toEqual([
			'Jānis Ozars', 'Rita Eglāja', 'Anna Liepa', 'Ilze Koka'
		]); // prettier-ignore
		expect(names({ sort: 'name', descending: true })).toEqual([
			'Rita Eglāja', 'Jānis Ozars', 'Ilze Koka', 'Anna Liepa'
		]); // prettier-ignore
		const page = ask({ sort: 'holdingsCents', descending: true, limit: 1 });
		expect(page.rows.map((r) => r.name)).toEqual(['Anna Liepa']);
		expect(page.totals).toMatchObject({
			rows: 4,
			people: 4,
			holdingsCents: 250_000 + 40_000 + 10_000,
			incomeCents: 3_126_051 + 5_000_000 + 900_000,
			otherCurrency: 1
		});
	});

	it('colours each tile by every filter but its own', () => {
		const map = (filter = {}) => {
			const reply: OfficialsResponse = answerOfficials(sections, {
				call: 'official-map',
				filter: { municipality: 'riga', ...filter },
				measure: 'holdingsCents'
			});
			return reply.ok && 'officialMap' in reply ? reply.officialMap : [];
		};
		expect(map()).toEqual([
			{ id: 'riga', rows: 2, value: 250_000 + 40_000 },
			{ id: 'liepaja', rows: 1, value: 10_000 }
		]);
		expect(map({ year: 2022 })).toEqual([{ id: 'riga', rows: 1, value: 40_000 }]);
	});

	it('gives every selected row with its source for a download', () => {
		const reply = answerOfficials(sections, {
			call: 'official-rows',
			filter: { municipality: 'riga' },
			sort: 'year',
			descending: false
		});
		const rows = reply.ok && 'officialRows' in reply ? reply.officialRows : [];
		expect(rows.map((r) => [r.name, r.year, r.source.dataset])).toEqual([
			['Ilze Koka', 2022, 'declarations'],
			['Anna Liepa', 2023, 'declarations']
		]);
	});

	it('lists the filter options with their row counts', () => {
		const reply = answerOfficials(sections, { call: 'official-options' });
		const options = reply.ok && 'officialOptions' in reply ? reply.officialOptions : undefined;
		expect(options?.years).toEqual([2023, 2022]);
		expect(options?.parties).toEqual([
			{ name: 'Vienotība', rows: 1 },
			{ name: 'Zaļie', rows: 1 }
		]);
	});

	it('says when the sections are missing', () => {
		expect(answerOfficials({}, { call: 'rankings' })).toMatchObject({ ok: false, missing: true });
		expect(answerOfficials({}, { call: 'official-options' })).toMatchObject({ ok: false });
	});
});

describe('sortRows on a large table', () => {
	// Over the size where a selection is sorted itself: the table's cached order is filtered.
	const n = 2_500;
	const columns = emptyColumns();
	for (let i = 0; i < n; i++) {
		const row = {
			person: `p-${i}`, name: `Vārds ${i % 97}`, year: 2020 + (i % 4), declaration: `decl-${i}`,
			institution: -1, party: -1, municipality: -1, posts: i % 5, interests: 0,
			incomeCents: (i * 7919) % 100_003, outsideIncomeCents: 0, holdingsCents: 0, debtsCents: 0,
			companies: 0, otherCurrency: 0, dataset: 0, record: `d.csv:${i + 2}`, url: ''
		}; // prettier-ignore
		for (const [k, v] of Object.entries(row))
			(columns[k as keyof typeof columns] as unknown[]).push(v);
	}
	const table = {
		institutions: [],
		parties: [],
		municipalities: [],
		datasets: ['d'],
		unmatched: [],
		columns
	};
	const income = (i: number) => columns.incomeCents[i]!;

	it.each([true, false])(
		'gives the selection in the column’s order (descending: %s)',
		(descending) => {
			const chosen = [...columns.person.keys()].filter((i) => i % 3 !== 0);
			const sorted = sortRows(table, chosen, 'incomeCents', descending);
			expect(sorted).toHaveLength(chosen.length);
			const expected = [...chosen].sort((a, b) =>
				descending ? income(b) - income(a) : income(a) - income(b)
			);
			expect(sorted).toEqual(expected);
			// Asked again, from the cached order: the same.
			expect(sortRows(table, chosen, 'incomeCents', descending)).toEqual(expected);
		}
	);

	it('sorts a small selection the same way as the cached order', () => {
		const all = sortRows(table, [...columns.person.keys()], 'posts', true);
		const few = [7, 3, 1_000, 42, 2_499];
		expect(sortRows(table, few, 'posts', true)).toEqual(all.filter((i) => few.includes(i)));
	});
});
