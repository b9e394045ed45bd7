import { describe, expect, it } from 'vitest';
import { rankings } from '../../../../src/builder/bundle/explore-rankings';
import { resolve } from '../../../../src/builder/resolve/resolve';
import { rankingsProblem } from '../../../../src/model/explore-officials-check';
import { BOARD_CO, plantedOfficials, SHARES_CO } from '../../../fixtures/explore-officials';

describe('rankings', () => {
	const data = resolve(plantedOfficials());
	const r = rankings(data);
	const idOf = (regNo: string) => data.organisations.find((o) => o.regNo === regNo)!.id;

	it('ranks donors by EUR donations, fees and refunds apart', () => {
		expect(rankingsProblem(r)).toBeUndefined();
		expect(r.donors.map((d) => [d.name, d.cents, d.refundCents, d.feeCents])).toEqual([
			['Jānis Ozars', 1_000_000, 0, 0],
			['Pēteris Kalns', 350_000, 0, 0],
			['Jānis Ozars', 200_000, -20_000, 5_000]
		]);
	});

	it('names the office of the deputy who donates, and none for his namesake', () => {
		const [namesake, , deputy] = r.donors;
		expect(namesake!.office).toBeUndefined();
		expect(deputy!.office).toMatchObject({ role: 'Saeimas deputāts' });
		expect(deputy!.id).not.toBe(namesake!.id);
	});

	it('ranks donors per party', () => {
		expect(r.byParty.map((p) => [p.name, p.donors.map((d) => d.cents)])).toEqual([
			['Partija A', [300_000, 200_000]],
			['Partija B', [1_000_000, 50_000]]
		]);
	});

	it('counts the council deputy’s two companies, not the namesake’s', () => {
		expect(r.officials.map((o) => [o.name, o.companies])).toEqual([['Anna Liepa', 2]]);
		expect(r.companies.map((c) => [c.id, c.officials]).sort()).toEqual(
			[
				[idOf(BOARD_CO), 1],
				[idOf(SHARES_CO), 1]
			].sort()
		);
	});
});
