/**
 * Donation and membership-fee rows, one calendar year at a time: only a year's rows are in
 * memory (about 100k at national scale). Within a year rows are shuffled and then sorted by
 * date, newest first, as the Delna export is.
 */
import {
	EARLY_YEAR_WEIGHT,
	ELECTION_MONTHS,
	FEE_AMOUNTS,
	MIN_WAGE,
	MONEY_AMOUNTS,
	YEAR_WEIGHTS
} from './donation-tables';
import type { DonationKind, DonationRow, Donor, LedgerFile } from './donation-types';
import { codeFragment, daysIn, dayNumber, fromDayNumber, isoDate } from './format';
import { containsForbidden, type Rng } from './random';
import { clearOfReal } from './real-clash';
import type { World } from './world';

/** The year weights of a file; `from` reaches back before the exports' first year (full set). */
function yearWeights(file: LedgerFile, from?: number): Record<number, number> {
	const weights = YEAR_WEIGHTS[file];
	const first = Math.min(...Object.keys(weights).map(Number));
	if (from === undefined || file === 'api' || from >= first) return weights;
	const early: Record<number, number> = {};
	for (let year = from; year < first; year++) early[year] = EARLY_YEAR_WEIGHT;
	return { ...early, ...weights };
}

export function ledgerYears(file: LedgerFile, from?: number): number[] {
	return Object.keys(yearWeights(file, from))
		.map(Number)
		.sort((a, b) => b - a);
}

export function yearTarget(file: LedgerFile, total: number, year: number, from?: number): number {
	const weights = yearWeights(file, from);
	const sum = Object.values(weights).reduce((a, b) => a + b, 0);
	return Math.round((total * (weights[year] ?? 0)) / sum);
}

function randomDate(rng: Rng, year: number): string {
	const hot = ELECTION_MONTHS[year] ?? [];
	const last = year === 2026 ? 10 : 12; // the API dump was taken on 1 November 2026
	const month = rng.weighted(
		Array.from({ length: last }, (_, i) => [i + 1, hot.includes(i + 1) ? 3 : 1] as const)
	);
	return isoDate(year, month, rng.int(1, daysIn(year, month)));
}

function pickKind(rng: Rng, file: LedgerFile): DonationKind {
	if (file === 'donations') return rng.chance(0.03) ? 'Manta vai pakalpojums' : 'Nauda';
	if (file === 'fees') return rng.chance(0.07) ? 'Iestāšanās maksa' : 'Biedra nauda';
	return rng.weighted([
		['Nauda', 85],
		['Manta vai pakalpojums', 3],
		['Iestāšanās maksa', 2],
		['Biedra nauda', 10]
	] as const);
}

function pickCents(rng: Rng, kind: DonationKind): number {
	if (kind === 'Manta vai pakalpojums') return rng.int(50, 3000) * 100 + rng.int(0, 99);
	if (kind === 'Iestāšanās maksa') return rng.pick([5, 10, 20, 50]) * 100;
	const table = kind === 'Biedra nauda' ? FEE_AMOUNTS : MONEY_AMOUNTS;
	const euros = rng.weighted(table);
	// Card payments net of fees leave odd cents now and then (EUR 47.63).
	return rng.chance(0.02) ? euros * 100 - rng.int(1, 150) : euros * 100;
}

/** A typo'd code: an extra digit, a lost digit or a stray space, as in the real export. */
function typoCode(rng: Rng, fragment: string): string {
	const at = rng.int(1, 5);
	const code = rng.pick([
		`${fragment.slice(0, at)}${rng.digits(1)}${fragment.slice(at)}-*****`,
		`${fragment.slice(0, at)}${fragment.slice(at + 1)}-*****`,
		`${fragment} -*****`
	]);
	// A typo must not turn into the one fragment we never print.
	return containsForbidden(code) ? `${fragment} -*****` : code;
}

function randomDonor(rng: Rng, world: World, file: LedgerFile): { donor: Donor; tag?: string } {
	const pool =
		file === 'fees' || (file === 'api' && rng.chance(0.1)) ? world.feePayers : world.donors;
	const person = world.people.get(
		pool[rng.skewedIndex(pool.length, file === 'fees' ? 1.3 : 2.2)] ?? 0
	);
	if (file === 'api' || file === 'fees') return { donor: { type: 'person', person: person.id } };
	const roll = rng.next();
	if (roll < 0.003) {
		const company = rng.pick(world.companies);
		if (company.form !== 'BDR')
			return { donor: { type: 'company', company: company.index }, tag: 'legal-entity-random' };
	}
	if (roll < 0.007) return { donor: { type: 'anonymous' }, tag: 'anonymous-random' };
	if (roll < 0.0085 && !person.foreign) {
		const code = typoCode(
			rng,
			person.birth.slice(8, 10) + person.birth.slice(5, 7) + person.birth.slice(2, 4)
		);
		return { donor: { type: 'person', person: person.id, code }, tag: 'typo-code-random' };
	}
	return person.foreign
		? { donor: { type: 'person', person: person.id }, tag: 'foreign-code-random' }
		: { donor: { type: 'person', person: person.id } };
}

function randomRows(rng: Rng, world: World, file: LedgerFile, year: number): DonationRow[] {
	let { donor, tag } = randomDonor(rng, world, file);
	// The API dump lists natural persons with Latvian codes only.
	while (file === 'api' && donor.type === 'person' && world.people.get(donor.person).foreign)
		({ donor, tag } = randomDonor(rng, world, file));
	const kind = pickKind(rng, file);
	const own = donor.type === 'person' ? world.people.get(donor.person).party : undefined;
	const party =
		own !== undefined && !rng.chance(0.1)
			? own
			: rng.weighted(world.parties.map((p) => [p.index, p.weight] as const));
	let cents = pickCents(rng, kind);
	if (donor.type === 'anonymous') cents = rng.pick([5, 10, 20, 50]) * 100;
	const person = donor.type === 'person' ? world.people.get(donor.person) : undefined;
	const keys = !person
		? []
		: [
				`${person.first} ${person.last}`.toLowerCase(),
				...(person.foreign ? [] : [codeFragment(person.birth)])
			];
	const clear = (day: string) => clearOfReal(keys, day);
	const date = clear(randomDate(rng, year));
	const row: DonationRow = { date, party, kind, cents, donor, ...(tag ? { tag } : {}) };
	const rows = [row];
	const yearEnd = dayNumber(`${year}-${year === 2026 ? '10-31' : '12-31'}`);
	if (file !== 'api' && rng.chance(0.011) && dayNumber(date) < yearEnd) {
		const refund = rng.chance(0.7) ? -cents : -Math.round(cents / 2);
		const later = clear(
			fromDayNumber(rng.int(dayNumber(date) + 1, Math.min(yearEnd, dayNumber(date) + 60)))
		);
		rows.push({ ...row, date: later, cents: refund, tag: 'refund-random' });
	}
	return rows;
}

/** One year of a file: planted rows plus random ones, flagged and sorted newest first. */
export function yearRows(
	world: World,
	rng: Rng,
	file: LedgerFile,
	year: number,
	target: number
): DonationRow[] {
	const rows: DonationRow[] = world.planted.rows
		.filter((r) => r.file === file && r.date.startsWith(`${year}-`))
		.map(({ file: _file, ...row }) => row);
	while (rows.length < target) rows.push(...randomRows(rng, world, file, year));
	rng.shuffle(rows);
	return rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** Donors whose yearly total passes 5 minimum monthly wages; all their rows that year get the flag. */
export function flaggedDonors(rows: readonly DonationRow[], year: number): Set<string> {
	const totals = new Map<string, number>();
	for (const row of rows) {
		const key = donorKey(row.donor);
		if (key) totals.set(key, (totals.get(key) ?? 0) + row.cents);
	}
	const limit = 5 * (MIN_WAGE[year] ?? 500) * 100;
	return new Set([...totals].filter(([, cents]) => cents > limit).map(([key]) => key));
}

export function donorKey(donor: Donor): string | undefined {
	if (donor.type === 'person') return `p${donor.person}`;
	if (donor.type === 'company') return `c${donor.company}`;
	return undefined;
}
