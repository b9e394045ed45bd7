import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { FactGroup } from '../../../../src/model/bundle-format';
import type { SearchDoc, SourceInfo } from '../../../../src/model/types';
import FinancesView from '../../../../src/views/explore/FinancesView.svelte';
import type { FinanceReads } from '../../../../src/views/explore/party-finance-list.svelte';
import { renderInApp } from '../../../fixtures/component/render';
import { rowLines } from '../../../fixtures/component/table-text';
import { financeLine, sampleFinances } from '../../../fixtures/party-finances';

const doc = (id: string, name: string): SearchDoc => ({
	id,
	kind: 'party',
	name,
	otherNames: [],
	roles: [],
	posts: [],
	parties: []
});
const empty = (entity: string): FactGroup => ({
	entity,
	declarations: [],
	donations: [],
	taxTotals: [],
	relations: [],
	refs: []
});
const GROUPS: Record<string, FactGroup> = {
	'o-40008000011': { ...empty('o-40008000011'), partyFinances: sampleFinances().lines },
	'o-40008000022': {
		...empty('o-40008000022'),
		partyFinances: [
			financeLine('expense', 'Citi izdevumi', 70000, {
				record: 'a4.csv:50',
				party: 'o-40008000022'
			})
		]
	},
	// No finances and no donations: not listed.
	'o-40008000033': empty('o-40008000033')
};
const reads: FinanceReads = {
	eachSearchPack: async (onPack) =>
		onPack([
			doc('o-40008000022', 'Zemes partija'),
			doc('p-1', 'Anna Liepa'),
			doc('o-40008000011', 'Saules Latvijai'),
			doc('o-40008000033', 'Tukšā partija')
		]),
	getGroup: async (id) => GROUPS[id]
};
const source = (id: string, format: string): SourceInfo => ({
	id,
	format,
	file: `${id}.csv`,
	publisher: 'KNAB',
	title: id,
	licence: 'test',
	records: 1
});
const sources = [source('a4', 'knab-expenditure-csv'), source('report', 'knab-report-html')];

function show(props: { parties?: string[]; year?: number } = {}) {
	const onchange = vi.fn();
	renderInApp(FinancesView, { reads, version: 'v1', onchange, ...props }, { sources });
	return onchange;
}

describe('FinancesView', () => {
	it('lists every party with figures for the newest year with lines, a4 as the sum of its lines', async () => {
		show({ year: 2021 });
		const table = await screen.findByRole('table', { name: 'All parties, 2021' });
		const lines = rowLines(table);
		expect(lines).toHaveLength(3);
		expect(lines[1]).toMatch(/^ \| Saules Latvijai \|/);
		expect(lines[1]).toContain('EUR 5,000.00 report.html#income-expense:2');
		expect(lines[1]).toContain('EUR 1,476.50 2 rows');
		expect(lines[2]).toMatch(/^ \| Zemes partija \|.*EUR 700.00 a4.csv:50$/);
		expect(screen.queryByText('Tukšā partija')).toBeNull();
	});

	it('puts a ticked party in the address, and shows the chosen parties side by side', async () => {
		const onchange = show({ parties: ['o-40008000011', 'o-40008000022'], year: 2021 });
		const compare = await screen.findByRole('table', { name: 'Side by side, 2021' });
		expect(rowLines(compare)[0]).toBe('Item | Saules Latvijai | Zemes partija');
		const other = rowLines(compare).find((line) => line.startsWith('Citi izdevumi'));
		expect(other).toBe('Citi izdevumi | EUR 1,085.50 a4.csv:2 | EUR 700.00 a4.csv:50');
		const overview = screen.getByRole('table', { name: 'All parties, 2021' });
		await fireEvent.click(
			within(overview).getByRole('checkbox', { name: 'Compare: Zemes partija' })
		);
		expect(onchange).toHaveBeenCalledWith({ parties: ['o-40008000011'], year: 2021 });
	});

	it('defaults to the newest year with finance lines and offers every year', async () => {
		show();
		expect(await screen.findByRole('table', { name: 'All parties, 2022' })).toBeTruthy();
		const select = screen.getByRole('combobox', { name: 'Year' });
		expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
			'2022',
			'2021'
		]);
	});
});

describe('FinancesView in a year without reports', () => {
	it('leaves out the columns no party has a figure in', async () => {
		show({ year: 2022 });
		const table = await screen.findByRole('table', { name: 'All parties, 2022' });
		expect(rowLines(table)[0]).toBe('Compare | Party | Expenditure (a4, sum of lines)');
	});
});
