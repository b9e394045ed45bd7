import { describe, expect, it } from 'vitest';
import {
	emptyColumns,
	RANKING_SIZE,
	type OfficialTable
} from '../../../src/model/explore-officials';
import { officialTableProblem, rankingsProblem } from '../../../src/model/explore-officials-check';

function table(): OfficialTable {
	const columns = emptyColumns();
	const row = {
		person: 'p-1', name: 'Anna', year: 2023, declaration: 'decl-1', institution: 0, party: -1,
		municipality: -1, posts: 1, interests: 2, incomeCents: 500, outsideIncomeCents: 100,
		holdingsCents: 0, debtsCents: 0, companies: 0, otherCurrency: 0, dataset: 0,
		record: 'd.csv:2', url: ''
	}; // prettier-ignore
	for (const [k, v] of Object.entries(row))
		(columns[k as keyof typeof columns] as unknown[]).push(v);
	return {
		institutions: [{ id: 'o-1', name: 'Saeima' }],
		parties: [],
		municipalities: [],
		datasets: ['d'],
		unmatched: [],
		columns
	};
}

describe('officialTableProblem', () => {
	it('accepts a sound table', () => expect(officialTableProblem(table())).toBeUndefined());

	it.each([
		['a short column', (t: OfficialTable) => t.columns.year.pop(), 'columns.year has 0 rows'],
		[
			'a fractional amount',
			(t: OfficialTable) => (t.columns.incomeCents[0] = 1.5),
			'columns.incomeCents row 0'
		],
		['a negative count', (t: OfficialTable) => (t.columns.posts[0] = -1), 'columns.posts row 0'],
		[
			'an index past its table',
			(t: OfficialTable) => (t.columns.party[0] = 0),
			'columns.party row 0: 0 is not an index into parties'
		],
		['no dataset', (t: OfficialTable) => (t.columns.dataset[0] = -1), 'columns.dataset row 0'],
		['an empty person', (t: OfficialTable) => (t.columns.person[0] = ''), 'columns.person row 0'],
		[
			'outside income over the total',
			(t: OfficialTable) => (t.columns.outsideIncomeCents[0] = 600),
			'outsideIncomeCents row 0: more than incomeCents'
		]
	])('names the column and row of %s', (_what, spoil, message) => {
		const t = table();
		spoil(t);
		expect(officialTableProblem(t)).toContain(message);
	});
});

describe('rankingsProblem', () => {
	const ok = { donors: [], byParty: [], officials: [], companies: [] };
	it('accepts empty rankings', () => expect(rankingsProblem(ok)).toBeUndefined());
	it('refuses a list over the ranking size', () => {
		const companies = Array.from({ length: RANKING_SIZE + 1 }, (_, i) => ({
			id: `o-${i}`, kind: 'company' as const, name: 'X', officials: 1
		})); // prettier-ignore
		expect(rankingsProblem({ ...ok, companies })).toContain('companies has 101 rows');
	});
});
