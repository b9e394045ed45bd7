/**
 * The flags page's logic, apart from its drawing: filter by kind, year, party and institution,
 * sort, count per kind, the choices each filter offers, and one page of the selection. The
 * explore service runs it in the reader worker (the flags stay there); pure, so tests run it
 * alone.
 */
import { FLAG_KINDS, type Flag, type FlagKind, type FlagSort } from '../../model/flags';

export interface FlagFilter {
	kind?: FlagKind;
	year?: number;
	party?: string;
	institution?: string;
}

export function isFlagKind(value: string | undefined): value is FlagKind {
	return (FLAG_KINDS as readonly string[]).includes(value ?? '');
}

export function filterFlags(flags: readonly Flag[], filter: FlagFilter): Flag[] {
	return flags.filter(
		(f) =>
			(filter.kind === undefined || f.kind === filter.kind) &&
			(filter.year === undefined || f.year === filter.year) &&
			(filter.party === undefined || f.party === filter.party) &&
			(filter.institution === undefined || f.institution === filter.institution)
	);
}

const compareText = (a: string, b: string) => a.localeCompare(b, 'lv');

/** Newest year first, by name, or by kind in the catalogue's order; ties by name, then id. */
export function sortFlags(flags: readonly Flag[], sort: FlagSort): Flag[] {
	const byName = (a: Flag, b: Flag) => compareText(a.name, b.name) || compareText(a.id, b.id);
	const byYear = (a: Flag, b: Flag) => (b.year ?? 0) - (a.year ?? 0);
	const byKind = (a: Flag, b: Flag) => FLAG_KINDS.indexOf(a.kind) - FLAG_KINDS.indexOf(b.kind);
	const order =
		sort === 'year'
			? (a: Flag, b: Flag) => byYear(a, b) || byName(a, b)
			: sort === 'kind'
				? (a: Flag, b: Flag) => byKind(a, b) || byYear(a, b) || byName(a, b)
				: byName;
	return [...flags].sort(order);
}

/** How many flags of each kind, every kind listed (zero included), in the catalogue's order. */
export function countByKind(flags: readonly Flag[]): { kind: FlagKind; count: number }[] {
	const counts = new Map<FlagKind, number>();
	for (const f of flags) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
	return FLAG_KINDS.map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}

export interface FilterChoices {
	years: number[];
	parties: { id: string; name: string }[];
	institutions: { id: string; name: string }[];
}

export function filterChoices(flags: readonly Flag[]): FilterChoices {
	const years = new Set<number>();
	const parties = new Map<string, string>();
	const institutions = new Map<string, string>();
	for (const f of flags) {
		if (f.year !== undefined) years.add(f.year);
		if (f.party) parties.set(f.party, f.partyName ?? f.party);
		if (f.institution) institutions.set(f.institution, f.institutionName ?? f.institution);
	}
	const named = (map: Map<string, string>) =>
		[...map].map(([id, name]) => ({ id, name })).sort((a, b) => compareText(a.name, b.name));
	return {
		years: [...years].sort((a, b) => b - a),
		parties: named(parties),
		institutions: named(institutions)
	};
}

/** What the flags page asks: a selection, its order and one page of it. */
export interface FlagsQuery extends FlagFilter {
	sort: FlagSort;
	offset: number;
	limit: number;
}

/** One page of the selected flags, with what the page's counts and filters show. */
export interface FlagsPage {
	/** Every flag of the data. */
	total: number;
	/** Flags of the selection; the page shown starts at `offset` (moved back onto the last page). */
	selected: number;
	offset: number;
	rows: Flag[];
	counts: { kind: FlagKind; count: number }[];
	choices: FilterChoices;
}

/**
 * Answers page queries over one list of flags; the counts, the choices and each order are
 * worked out once and kept, so a filter or page change only filters and slices.
 */
export function flagsPager(flags: readonly Flag[]): (query: FlagsQuery) => FlagsPage {
	const counts = countByKind(flags);
	const choices = filterChoices(flags);
	const orders = new Map<FlagSort, Flag[]>();
	return (query) => {
		let sorted = orders.get(query.sort);
		if (!sorted) orders.set(query.sort, (sorted = sortFlags(flags, query.sort)));
		const selected = filterFlags(sorted, query);
		const limit = Math.max(1, query.limit);
		const last = Math.floor(Math.max(0, selected.length - 1) / limit) * limit;
		const offset = Math.min(Math.max(0, query.offset), last);
		return {
			total: flags.length,
			selected: selected.length,
			offset,
			rows: selected.slice(offset, offset + limit),
			counts,
			choices
		};
	};
}
