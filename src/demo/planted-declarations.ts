/**
 * Planted declaration figures for the red-flag cases: a planted official's savings in one
 * year are set so that the declaration flags fire exactly on their mark, or stay one step
 * under it, whatever the seed gives for income and holdings. Savings become one bank account.
 * The marks are the builder's (src/builder/flags/declaration-flags.ts): growth above the
 * year's income; assets above 10 × the year's income.
 */
import type { Declaration } from './decl-types';
import type { PlantedKey } from './planted';
import type { World } from './world';

type Rule = (d: Declaration, before: () => Declaration) => number;

const sum = (list: readonly { cents: number }[]) => list.reduce((s, x) => s + x.cents, 0);
const income = (d: Declaration) => sum(d.income);
const holdings = (d: Declaration) => sum(d.shares);
const wealth = (d: Declaration) => sum(d.cash) + sum(d.banks) + holdings(d);

/** Planted person and year → the savings (cents) their declaration of that year declares. */
const PLANTS: readonly (readonly [PlantedKey, number, Rule])[] = [
	// Savings and holdings grow by the year's income and EUR 1 more: flagged.
	['daceMinister', 2023, (d, before) => wealth(before()) + income(d) + 100 - holdings(d)],
	// They grow by exactly the year's income: not flagged.
	['lindaDouble', 2024, (d, before) => wealth(before()) + income(d) - holdings(d)],
	// Assets are 10 × the year's income and EUR 1 more: flagged.
	['marisDeputy', 2022, (d) => 10 * income(d) + 100 - holdings(d) - sum(d.loans)],
	// Assets are exactly 10 × the year's income: not flagged.
	['annaCouncil', 2023, (d) => 10 * income(d) - holdings(d) - sum(d.loans)]
];

export function plantDeclaration(
	world: World,
	d: Declaration,
	build: (year: number) => Declaration
): Declaration {
	const plant = PLANTS.find(
		([key, year]) => world.planted.people[key].id === d.person.id && year === d.year
	);
	if (!plant) return d;
	const cents = plant[2](d, () => build(d.year - 1));
	if (cents <= 0) throw new Error(`planted savings of ${plant[0]} in ${d.year} would be ${cents}`);
	const bank = d.banks[0]?.bank ?? world.banks[0]!;
	return { ...d, cash: [], banks: [{ bank, cents, currency: 'EUR' }] };
}
