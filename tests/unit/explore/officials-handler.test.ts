import { describe, expect, it } from 'vitest';
import { answerOfficials } from '../../../src/lib/explore/officials-handler';
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
		expect(names({ filter: { year: 2023 } })).toEqual(['Anna Liepa', 'Jānis Ozols', 'Rita Egle']);
		expect(names({ filter: { municipality: 'riga' } })).toEqual(['Anna Liepa', 'Ilze Koka']);
		expect(names({ filter: { municipality: 'riga', year: 2023 } })).toEqual(['Anna Liepa']);
		expect(names({ filter: { party: 'Vienotība' } })).toEqual(['Jānis Ozols']);
		const saeima = ask({ filter: { party: 'Vienotība' } }).rows[0]!.institution!.key;
		expect(names({ filter: { institution: saeima } })).toEqual(['Jānis Ozols']);
		expect(names({ filter: { name: 'LIEPA' } })).toEqual(['Anna Liepa']);
	});

	it('ranks by any column, and sums every selected row, not only the page', () => {
		expect(names({ sort: 'incomeCents', descending: true })).toEqual([
			'Jānis Ozols', 'Anna Liepa', 'Rita Egle', 'Ilze Koka'
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
