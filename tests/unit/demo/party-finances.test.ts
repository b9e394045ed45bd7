// @vitest-environment node
/** The fictional party finances read back through the adapters: the files agree with each other. */
import { describe, expect, it } from 'vitest';
import { knabExpenditureCsv } from '../../../src/builder/adapters/knab-expenditure-csv';
import { knabReportHtml } from '../../../src/builder/adapters/knab-report-html';
import { knabReportsListHtml } from '../../../src/builder/adapters/knab-reports-list-html';
import { PartyRegister } from '../../../src/builder/parties/register';
import type { PartyFinanceRecord } from '../../../src/builder/sources/source-records';
import { demo } from '../../fixtures/demo-output';

const read = (adapter: typeof knabReportHtml, file: string) =>
	adapter.read({ name: file.split('/').pop()!, text: demo().text(file) }, { dataset: 'demo' });

describe('demo party finances', () => {
	const register = PartyRegister.parse(JSON.parse(demo().text('parties.json')));
	const a4 = read(knabExpenditureCsv, 'knab/expenditure.csv');
	const pages = demo().files.filter((f) => /^knab\/reports\/.+-\d{4}\.html$/.test(f));

	it('writes a4 rows, a list of reports and report pages that all read without a rejection', () => {
		expect(a4.rejected).toEqual([]);
		expect(a4.records.length).toBeGreaterThan(100);
		expect(read(knabReportsListHtml, 'knab/reports/list.html').rejected).toEqual([]);
		expect(pages.length).toBeGreaterThan(0);
		for (const page of pages) expect(read(knabReportHtml, page).rejected).toEqual([]);
	});

	it('spells a party several ways in a4, and the demo register places every spelling', () => {
		const names = new Set((a4.records as PartyFinanceRecord[]).map((r) => r.party.name));
		const entries = new Set([...names].map((name) => register.place(name)?.entry.id));
		expect(entries.has(undefined)).toBe(false);
		expect(names.size).toBeGreaterThan(entries.size);
	});

	it("gives each report page's expense lines 1–13 the same sum as that party's a4 rows", () => {
		for (const page of pages) {
			const lines = read(knabReportHtml, page).records as PartyFinanceRecord[];
			const { year, party } = lines[0]!;
			const stated = lines.filter((l) => l.statement === 'expense' && l.heading);
			const rows = (a4.records as PartyFinanceRecord[]).filter(
				(r) => r.year === year && register.place(r.party.name)?.entry.regNo === party.regNo
			);
			const sum = (list: PartyFinanceRecord[]) => list.reduce((s, l) => s + l.amount.cents, 0);
			expect(rows.length).toBeGreaterThan(0);
			expect(sum(rows)).toBe(sum(stated));
		}
	});
});
