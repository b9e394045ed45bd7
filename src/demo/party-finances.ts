/**
 * A fictional party's finances for one year, from which both the a4-layout expenditure rows
 * and the annual report page are written, so the two agree as the real ones do: the a4 rows
 * are the report's expense lines 1–13. Whole euros, as the reports print them; the use of
 * state funding is in cents. Totals are sums of the lines; the balance sheet balances.
 */
import type { Rng } from './random';
import type { Party } from './types';

/** Expense lines 1–13 of the report, as it names them (a4 drops the number and the dot). */
export const EXPENSE_ITEMS = [
	'Telpu īre un pakalpojumi, kas saistīti ar telpu īri',
	'Citas nekustamas vai kustamas mantas noma',
	'Sakaru un interneta pakalpojumi',
	'Transporta pakalpojumi',
	'Reklāmas pakalpojumi',
	'Citi pakalpojumi',
	'Darba algas un citi maksājumi fiziskām personām',
	'Izdevumi, kas saistīti ar iespieddarbiem',
	'Izdevumi, kas saistīti ar sabiedrisko pasākumu organizēšanu',
	'Izdevumi, kas saistīti ar labdarības pasākumu organizēšanu, dāvinājumiem (ziedojumiem)',
	'Materiālu izdevumi',
	'Pamatlīdzekļu un nemateriālo ieguldījumu nolietojums un norakstīšana',
	'Citi izdevumi'
] as const;

/** Relative size of each expense line: advertising and wages dominate, as in the real reports. */
const SHARES = [4, 1, 1, 1, 20, 9, 30, 4, 2, 0.2, 1, 0.5, 8];

export interface PartyYear {
	party: Party;
	year: number;
	fees: number;
	donations: number;
	business: number;
	stateFunding: number;
	other: number;
	/** Expense lines 1–13 in cents, in EXPENSE_ITEMS order; 0 where the party spent nothing. */
	expenses: number[];
	taxes: number;
	cashStart: number;
	fixedAssets: number;
	creditors: number;
	/** The use of state funding, in cents: [start, received, office, content, communication]. */
	state: [number, number, number, number, number];
}

const euros = (rng: Rng, min: number, max: number) => rng.int(min, max) * 100;

export function partyYear(rng: Rng, party: Party, year: number): PartyYear {
	const scale = party.weight * 1000;
	const stateFunding = party.inSaeima ? euros(rng, 20 * scale, 35 * scale) : 0;
	const fees = euros(rng, scale / 2, 2 * scale);
	const donations = euros(rng, 2 * scale, 8 * scale);
	const business = rng.chance(0.3) ? euros(rng, 10, 500) : 0;
	const other = rng.chance(0.2) ? euros(rng, 10, 2000) : 0;
	const income = stateFunding + fees + donations + business + other;
	// Spend 70–105 % of the income, spread over the lines by share with some noise.
	const budget = Math.round((income * rng.int(70, 105)) / 100);
	const total = SHARES.reduce((sum, share) => sum + share, 0);
	const expenses = SHARES.map((share) =>
		rng.chance(0.1)
			? 0
			: Math.round((budget * share * rng.int(60, 140)) / (total * 100) / 100) * 100
	);
	const taxes = Math.round((expenses[6]! * 0.22) / 100) * 100;
	const cashOut = expenses.reduce((sum, c) => sum + c, 0) + taxes - expenses[11]!;
	const received = stateFunding + rng.int(0, 99);
	const start = euros(rng, 0, 5 * scale);
	const office = Math.round(received * 0.5);
	const content = Math.round(received * 0.15);
	return {
		party,
		year,
		fees,
		donations,
		business,
		stateFunding,
		other,
		expenses,
		taxes,
		// Enough cash at the start that the year never ends below zero.
		cashStart: euros(rng, 2 * scale, 10 * scale) + Math.max(0, cashOut - income),
		fixedAssets: euros(rng, 0, 3 * scale),
		creditors: euros(rng, 0, 2 * scale),
		state: [start, received, office, content, Math.round(received * 0.3)]
	};
}

export const incomeOf = (y: PartyYear) =>
	y.fees + y.donations + y.business + y.stateFunding + y.other;
export const expenseOf = (y: PartyYear) => y.expenses.reduce((s, c) => s + c, 0) + y.taxes;
/** Cash spent: the expenses less depreciation, which moves no money. */
export const cashOutOf = (y: PartyYear) => expenseOf(y) - y.expenses[11]!;
export const cashEndOf = (y: PartyYear) => y.cashStart + incomeOf(y) - cashOutOf(y);
