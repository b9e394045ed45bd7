/**
 * A scripted series of explore page clicks, the same every run (seeded): each click changes
 * one filter of the one before, as a person clicking bars would (a party, a band, a period,
 * a kind, a donor kind, the office bar, the measure switch, a name typed, or Reset).
 */
import type { ExploreEngine } from '../../src/lib/explore/explore-engine';
import {
	AMOUNT_BANDS,
	DONOR_KINDS,
	MONEY_MEASURES,
	OFFICE_KEYS,
	type DonationFilter
} from '../../src/lib/explore/explore-protocol';
import { foldText } from '../../src/model/fold-name';
import { FIRST_FILTER } from '../../src/lib/explore/explore-first-view';
import { pick, random } from '../fixtures/search-fixtures';

/** Nothing chosen: what the donations page asks first. */
const EMPTY: DonationFilter = FIRST_FILTER;

const toggle = <T>(list: readonly T[], value: T): T[] =>
	list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** The first filter selects everything; then `clicks` more. */
export function scriptClicks(engine: ExploreEngine, clicks: number, seed = 15): DonationFilter[] {
	const next = random(seed);
	const c = engine.data.columns;
	const parties = Array.from(c.parties.keys())
		.map((p) => ({ id: c.parties[p]!, rows: engine.data.party.filter((x) => x === p).length }))
		.sort((a, b) => b.rows - a.rows)
		.slice(0, 8)
		.map((p) => p.id);
	const years = [...new Set(engine.data.months.map((m) => m.slice(0, 4)))];
	const filters: DonationFilter[] = [EMPTY];
	let f = EMPTY;
	for (let i = 0; i < clicks; i++) {
		const roll = next();
		if (roll < 0.3) f = { ...f, parties: toggle(f.parties, pick(next, parties)) };
		else if (roll < 0.45) f = { ...f, bands: toggle(f.bands, pick(next, AMOUNT_BANDS).id) };
		else if (roll < 0.55) f = period(f, pick(next, years), next());
		else if (roll < 0.65) f = { ...f, kinds: toggle(f.kinds, pick(next, c.kinds)) };
		else if (roll < 0.75) f = { ...f, donors: toggle(f.donors, pick(next, DONOR_KINDS)) };
		else if (roll < 0.85) f = { ...f, office: toggle(f.office, pick(next, OFFICE_KEYS)) };
		else if (roll < 0.9) f = { ...f, measure: pick(next, MONEY_MEASURES), kinds: [] };
		else if (roll < 0.95)
			f = { ...f, name: f.name ? '' : fragment(pick(next, c.donorNames), next) };
		else f = EMPTY;
		filters.push(f);
	}
	return filters;
}

/** A year, a quarter of it, or no period (each a third of the time). */
function period(f: DonationFilter, year: string, roll: number): DonationFilter {
	const { from: _from, to: _to, ...rest } = f;
	if (roll < 1 / 3) return rest;
	if (roll < 2 / 3) return { ...rest, from: `${year}-01`, to: `${year}-12` };
	return { ...rest, from: `${year}-04`, to: `${year}-06` };
}

/** Three letters from inside a donor's name, as typed into the name filter. */
function fragment(name: string, next: () => number): string {
	const folded = foldText(name);
	const at = Math.floor(next() * Math.max(1, folded.length - 3));
	return folded.slice(at, at + 3);
}
