/**
 * Finding a CSV's columns by header name, not position: publishers reorder, rename and
 * re-accent headers between releases (`Reģistrācijas kods` became `Registracijas_kods`), so
 * names are compared folded, without diacritics, case, spaces or punctuation.
 */
import { foldText } from '../../model/fold-name';

/** One column an adapter reads. */
export interface ColumnRule {
	/** Header names meaning this column; the first is the one messages use. A trailing `*` matches a prefix. */
	names: readonly string[];
	/** True when a file may lack the column. */
	optional?: boolean;
}

export type ColumnSpec<K extends string> = Record<K, ColumnRule>;

export interface ColumnMatch<K extends string> {
	/** Position of each column found. */
	index: Partial<Record<K, number>>;
	/** The header cell each column was found by, as published (units such as `tūkst. EUR` live there). */
	header: Partial<Record<K, string>>;
	/** Required columns not found, by their first name. */
	missing: string[];
	/** Header cells no rule claimed, as published: a sign the format has grown or changed. */
	unused: string[];
}

/**
 * The form header names are compared in.
 * @example foldHeader('Tajā skaitā, IIN') // 'tajaskaitaiin', as is foldHeader('Taja_skaita_IIN')
 */
export function foldHeader(name: string): string {
	return foldText(name).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Finds each column of `spec` in `header`. Exact names are tried for every column before any
 * prefix, so a prefix rule never takes a cell another column names exactly; a cell serves one column.
 */
export function findColumns<K extends string>(
	header: readonly string[],
	spec: ColumnSpec<K>
): ColumnMatch<K> {
	const folded = header.map(foldHeader);
	const claimed = new Set<number>();
	const match: ColumnMatch<K> = { index: {}, header: {}, missing: [], unused: [] };
	const fields = Object.keys(spec) as K[];
	for (const isPrefixPass of [false, true]) {
		for (const field of fields) {
			if (match.index[field] !== undefined) continue;
			const at = findCell(folded, spec[field].names, isPrefixPass, claimed);
			if (at < 0) continue;
			claimed.add(at);
			match.index[field] = at;
			match.header[field] = header[at];
		}
	}
	for (const field of fields) {
		const rule = spec[field];
		if (match.index[field] === undefined && !rule.optional)
			match.missing.push(rule.names[0] ?? field);
	}
	match.unused = header.filter((cell, i) => !claimed.has(i) && cell.trim() !== '');
	return match;
}

function findCell(
	folded: readonly string[],
	names: readonly string[],
	isPrefixPass: boolean,
	claimed: ReadonlySet<number>
): number {
	for (const name of names) {
		if (name.endsWith('*') !== isPrefixPass) continue;
		const key = foldHeader(name);
		const at = folded.findIndex(
			(cell, i) => !claimed.has(i) && (isPrefixPass ? cell.startsWith(key) : cell === key)
		);
		if (at >= 0) return at;
	}
	return -1;
}

/** A row's values by column, trimmed: padding (`"9531  "`) never carries meaning in these files. */
export function pickColumns<K extends string>(
	cells: readonly string[],
	index: Partial<Record<K, number>>
): Partial<Record<K, string>> {
	const values: Partial<Record<K, string>> = {};
	for (const field of Object.keys(index) as K[]) {
		const at = index[field];
		if (at !== undefined) values[field] = (cells[at] ?? '').trim();
	}
	return values;
}
