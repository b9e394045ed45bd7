import { describe, expect, it } from 'vitest';
import { groupFacts } from '../../../../src/builder/bundle/group-facts';
import { PartyRegister } from '../../../../src/builder/parties/register';
import { resolveDetailed } from '../../../../src/builder/resolve/resolve';
import type {
	PartyFinanceRecord,
	PartyReportRecord
} from '../../../../src/builder/sources/source-records';
import { party } from '../../../fixtures/records';
import { FICTIONAL_PARTIES } from '../../../fixtures/party-register';

const register = PartyRegister.parse(FICTIONAL_PARTIES);
let line = 1;
const expense = (name: string, year: number, cents: number): PartyFinanceRecord => ({
	type: 'party-finance',
	party: party(name),
	year,
	statement: 'expense',
	item: 'Reklāmas pakalpojumi',
	amount: { cents, currency: 'EUR' },
	source: { dataset: 'a4', record: `a4.csv:${++line}` }
});
const filed = (name: string, regNo?: string): PartyReportRecord => ({
	type: 'party-report',
	party: { ...party(name), ...(regNo && { regNo }) },
	year: 2021,
	kind: 'Gada pārskats',
	filed: '2022-03-31',
	source: { dataset: 'list', record: `list.html#${++line}` }
});

describe('party finances resolved through the party register', () => {
	const records = [
		expense('Saules Latvijai', 2021, 100),
		expense('SAULES LATVIJAI', 2021, 250),
		expense('Rīta Kustība', 2020, 7),
		expense('Mēness partija', 2021, 40),
		filed('"SAULES LATVIJAI"'),
		// The reg. no. places it whatever the name says.
		filed('Saulainā partija', '40008000011')
	];
	const { data, unplacedParties } = resolveDetailed(records, {}, register);

	it('gives the a4 spellings of one party (current, upper case, former name) one party', () => {
		const saules = data.partyFinances!.filter((f) => f.party === 'o-40008000011');
		expect(saules.map((f) => f.partyName)).toEqual(
			expect.arrayContaining(['Saules Latvijai', 'SAULES LATVIJAI', 'Rīta Kustība'])
		);
		expect(saules).toHaveLength(3);
		expect(data.partyReports!.map((r) => r.party)).toEqual(['o-40008000011', 'o-40008000011']);
	});

	it('keeps a name the register cannot place apart, unplaced and reported, never merged', () => {
		const moon = data.partyFinances!.find((f) => f.partyName === 'Mēness partija')!;
		expect(moon.party).not.toBe('o-40008000011');
		expect(data.organisations.find((o) => o.id === moon.party)).toMatchObject({
			isUnplaced: true
		});
		expect(unplacedParties).toEqual([
			expect.objectContaining({ name: 'Mēness partija', count: 1 })
		]);
	});

	it("carries the lines and reports in the party's fact group, each citing its record", () => {
		const group = groupFacts(data).find((g) => g.entity === 'o-40008000011')!;
		expect(group.partyFinances?.map((f) => f.source.record).sort()).toEqual([
			'a4.csv:2',
			'a4.csv:3',
			'a4.csv:4'
		]);
		expect(group.partyReports).toHaveLength(2);
		expect(new Set(group.partyFinances?.map((f) => f.id)).size).toBe(3);
	});
});
