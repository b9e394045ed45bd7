/**
 * Planted red flags: rows that put planted people exactly on, or just under, the mark of each
 * money flag, and the expectations planted.json records for them. The income-rule rows are
 * sized from the official's own generated declaration for the year before, so the mark is
 * met to the cent whatever the seed gives.
 */
import { buildDeclaration } from './declarations';
import type { PlantedKey } from './planted';
import type { PlantedRow } from './planted-rows';
import type { World } from './world';

/** 30 % of the income declared for the year before (the builder's INCOME_SHARE_PERCENT). */
const INCOME_SHARE_PERCENT = 30;

export function plantedFlagRows(world: World): PlantedRow[] {
	const p = world.planted.people;
	const row = (key: PlantedKey, tag: string, date: string, party: number, cents: number) => ({
		file: 'donations' as const,
		date,
		party,
		kind: 'Nauda' as const,
		cents,
		donor: { type: 'person' as const, person: p[key].id },
		tag
	});
	/** Cents that bring the official's year total to 30 % of the income declared the year before. */
	const toIncomeLimit = (key: PlantedKey, year: number, alreadyCents: number) => {
		const official = world.officialByPerson.get(p[key].id);
		if (!official) throw new Error(`planted person ${key} holds no office`);
		const income = buildDeclaration(world, official, year - 1).income;
		const declared = income.reduce((sum, i) => sum + i.cents, 0);
		return Math.floor((declared * INCOME_SHARE_PERCENT) / 100) - alreadyCents;
	};
	return [
		// EUR 3,000 + the planted EUR 100 of 2023-05-30: EUR 3,100, exactly five 2023 wages.
		row('janisDonor', 'flag-major-donor', '2023-09-14', 1, 300_000),
		// EUR 1,500 planted in 2022 + EUR 999.99: one cent under five 2022 wages (EUR 2,500).
		row('guntaBoard', 'flag-major-donor-near-miss', '2022-10-19', 5, 99_999),
		// The yearly EUR 240 fee + this: EUR 1 over 30 % of the 2022 income declared.
		row(
			'edgarsCouncil',
			'flag-income',
			'2023-06-15',
			5,
			toIncomeLimit('edgarsCouncil', 2023, 24_000) + 100
		),
		// The yearly EUR 120 fee + this: exactly 30 %, which the rule does not flag.
		row(
			'ilzeDouble',
			'flag-income-near-miss',
			'2023-06-21',
			3,
			toIncomeLimit('ilzeDouble', 2023, 12_000)
		)
	];
}
