/**
 * Name search over SearchDocs: a trigram prefilter picks at most a couple of thousand
 * candidates; names whose words equal or start with the query words go first, then the
 * typo-tolerant matches fuse.js finds among the rest. Pure: the worker builds it, the page
 * searches it (index-snapshot.ts moves it across), and Node tests both.
 */
import { foldText } from '../../model/fold-name';
import type { EntityKind, SearchDoc } from '../../model/types';
import { buildFilterColumns, compileFilters, isUnfiltered, type FilterColumns } from './doc-filter';
import { foldName, foldWithMap, mapRanges } from './fold-map';
import { buildNumberIndex, findByNumber, numberQuery, type NumberIndex } from './number-index';
import { rankCandidates, type Ranked } from './rank-candidates';
import type { SearchHit, SearchQuery } from './search-types';
import { createScratch, selectCandidates, type Scratch } from './select-candidates';
import {
	buildShortTables,
	buildTops,
	EXACT_WORD,
	rankShort,
	SHORT_WORD,
	wordStartDocs,
	type ShortTables
} from './short-query';
import {
	buildTrigramIndex,
	splitTokens,
	tokenTrigrams,
	type NameTable,
	type TrigramIndex
} from './trigram-index';

/**
 * The docs by number: an array where the index is built, a PackedDocs or BlockedDocs
 * (packed-docs.ts) on the page, which parses a doc only when a hit shows it.
 */
export interface DocTable {
	readonly length: number;
	at(doc: number): SearchDoc | undefined;
}

export interface SearchIndex {
	docs: DocTable;
	/** Folded names, the doc's name first, then its otherNames. */
	names: NameTable;
	trigrams: TrigramIndex;
	columns: FilterColumns;
	/**
	 * Registration numbers and personal-code fragments (number-index.ts): made with the
	 * name-order tables, after the index is handed over, or on the first number searched.
	 */
	numbers?: NumberIndex;
	scratch: Scratch;
	/**
	 * Each doc's place in id order, for ties between equal names; absent when the docs are
	 * in id order already (they are when read from packs), so ties need no doc parsed.
	 */
	idRank?: Uint32Array;
	/** Doc numbers in folded-name order, built on first use. */
	byName?: Uint32Array;
	/**
	 * The name-order tables (byName, short) are being made elsewhere, by the worker after
	 * it handed the index over: until they come, one short word takes the general path and
	 * lists come in id order, rather than sorting 244,000 names on the page.
	 */
	isTablesPending?: boolean;
	/** For queries of one short word, built on first use (or by prepareShortQueries). */
	short?: ShortTables;
}

export interface SearchTuning {
	/** The most candidates the prefilter hands on for ranking. */
	maxCandidates?: number;
	/** fuse.js threshold for each query word (0 exact … 1 anything). */
	threshold?: number;
}

export const DEFAULT_LIMIT = 50;
export const MAX_CANDIDATES = 2000;
export const THRESHOLD = 0.5;

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
	const starts = new Uint32Array(docs.length + 1);
	const names: string[] = [];
	docs.forEach((doc, d) => {
		starts[d] = names.length;
		names.push(foldName(doc.name));
		for (const other of doc.otherNames) names.push(foldName(other));
	});
	starts[docs.length] = names.length;
	const table = { names, starts };
	const idRank = rankById(docs);
	return {
		docs,
		names: table,
		trigrams: buildTrigramIndex(table),
		columns: buildFilterColumns(docs),
		scratch: createScratch(docs.length),
		...(idRank && { idRank })
	};
}

/** Each doc's place in id order, or undefined when that is its own number. */
function rankById(docs: readonly SearchDoc[]): Uint32Array | undefined {
	if (docs.every((doc, d) => d === 0 || docs[d - 1]!.id < doc.id)) return undefined;
	const order = Array.from({ length: docs.length }, (_, d) => d).sort((a, b) =>
		docs[a]!.id < docs[b]!.id ? -1 : docs[a]!.id > docs[b]!.id ? 1 : a - b
	);
	const rank = new Uint32Array(docs.length);
	order.forEach((doc, place) => (rank[doc] = place));
	return rank;
}

const nameOf = (index: SearchIndex, doc: number) =>
	index.names.names[index.names.starts[doc] ?? 0] ?? '';

function compareByName(index: SearchIndex, a: number, b: number): number {
	const nameA = nameOf(index, a);
	const nameB = nameOf(index, b);
	if (nameA !== nameB) return nameA < nameB ? -1 : 1;
	return index.idRank ? index.idRank[a]! - index.idRank[b]! : a - b;
}

function toHit(index: SearchIndex, ranked: Ranked): SearchHit | undefined {
	const doc = index.docs.at(ranked.doc);
	if (!doc) return undefined;
	const matchedName = (ranked.variant === 0 ? doc.name : doc.otherNames[ranked.variant - 1]) ?? '';
	const ranges = mapRanges(foldWithMap(matchedName), ranked.indices);
	return { doc, score: ranked.score, matchedName, ranges };
}

/**
 * Finds docs by name: without diacritics, with a typo, words in any order, or a prefix of
 * the word being typed. Lower scores are better; an empty text lists filtered docs by name.
 * @example searchIndex(index, { text: 'beldins janis' })[0]?.doc.name // 'Jānis Bēldiņš'
 */
export function searchIndex(
	index: SearchIndex,
	query: SearchQuery,
	tuning: SearchTuning = {}
): SearchHit[] {
	const limit = query.limit ?? DEFAULT_LIMIT;
	const accept = compileFilters(index.columns, query.filters);
	const words = splitTokens(foldText(query.text));
	if (words.length === 0) {
		if (isUnfiltered(query.filters)) return [];
		return listByName(index, accept, limit).map((doc) => ({
			doc,
			score: 0,
			matchedName: doc.name,
			ranges: []
		}));
	}
	const unfiltered = isUnfiltered(query.filters);
	// A number is looked up, not matched letter by letter: a prefix walk over sorted keys.
	const digits = numberQuery(query.text);
	const numbers = digits === undefined ? undefined : numbersOf(index);
	if (digits !== undefined && numbers) {
		const found = findByNumber(numbers, digits, limit, unfiltered ? undefined : accept);
		const hits = found.flatMap((match) => {
			const doc = index.docs.at(match.doc);
			if (!doc) return [];
			const matchedNumber = { kind: match.kind, key: match.key, length: digits.length };
			return [{ doc, score: 0, matchedName: doc.name, ranges: [], matchedNumber }];
		});
		if (hits.length > 0) return hits;
	}
	if (words.length === 1 && words[0]!.length <= SHORT_WORD && !index.isTablesPending) {
		const ranked = rankShort(index.names, index.trigrams, prepareShortQueries(index), words[0]!, {
			limit,
			accept: unfiltered ? undefined : accept,
			marks: index.scratch.counts
		});
		// Fewer direct hits than asked for: typo matches may fill the rest.
		if (ranked.length >= limit || words[0]!.length <= EXACT_WORD) {
			return ranked.flatMap((found) => toHit(index, found) ?? []);
		}
	}
	const isTyping = !/\s$/u.test(query.text);
	const filter = unfiltered ? undefined : accept;
	const last = words.at(-1)!;
	if (isTyping && words.length > 1 && last.length <= EXACT_WORD) {
		// "sandra b": the whole words pick and rank; "b" only has to start a word. Docs
		// that have such a word are one posting list.
		const starts = wordStartDocs(index.trigrams, last);
		const { marks } = index.scratch;
		for (const doc of starts) marks[doc] = 1;
		const hasStart = (doc: number) => marks[doc] === 1 && (!filter || filter(doc));
		const complete = words.slice(0, -1);
		const hits = rankFull(
			index,
			complete,
			complete.flatMap((word) => tokenTrigrams(word)),
			{
				limit,
				tuning,
				accept: hasStart,
				prefix: last
			}
		);
		for (const doc of starts) marks[doc] = 0;
		// No name fits the prefix: what fits the rest may still help.
		if (hits.length > 0) return hits;
	}
	const keys = words.flatMap((word, i) => tokenTrigrams(word, isTyping && i === words.length - 1));
	return rankFull(index, words, keys, { limit, tuning, accept: filter });
}

/** The prefilter's candidates for the trigram keys, ranked against the words. */
function rankFull(
	index: SearchIndex,
	words: readonly string[],
	keys: readonly number[],
	{
		limit,
		tuning,
		accept,
		prefix
	}: { limit: number; tuning: SearchTuning; accept?: (doc: number) => boolean; prefix?: string }
): SearchHit[] {
	const candidates = selectCandidates(
		index.trigrams,
		index.scratch,
		keys,
		tuning.maxCandidates ?? MAX_CANDIDATES,
		accept
	);
	const threshold = tuning.threshold ?? THRESHOLD;
	const ranked = rankCandidates(index.names, candidates, words, { limit, threshold, prefix }).sort(
		(a, b) => a.score - b.score || compareByName(index, a.doc, b.doc)
	);
	return spreadNamesakes(index, ranked)
		.slice(0, limit)
		.flatMap((found) => toHit(index, found) ?? []);
}

/** How many holders of one name a group lists before the next name's first (spreadNamesakes). */
export const NAMESAKES_FIRST = 3;

/**
 * Ranked hits with namesakes held back: among direct hits of equal score, and among all
 * fuzzy ones (score 1 and up), the first NAMESAKES_FIRST holders of each name come, in
 * order, before the other holders of any. At a national register's size one name can have a
 * hundred holders: "aila zalite" listed seventy "Laila Zālīte" before the "Aiga Zālīte"
 * meant, and "dzintara maiznica" every association of that name before the first company.
 * A fuzzy hit is a guess at what was typed, so every guess is shown before one is repeated.
 * A name typed exactly is one group of equal scores: all its holders still come first.
 */
export function spreadNamesakes(index: SearchIndex, ranked: readonly Ranked[]): Ranked[] {
	const spread: Ranked[] = [];
	for (let start = 0; start < ranked.length;) {
		const score = ranked[start]!.score;
		let end = start + 1;
		while (end < ranked.length && (score >= 1 || ranked[end]!.score === score)) end++;
		const seen = new Map<string, number>();
		const repeats: Ranked[] = [];
		for (let i = start; i < end; i++) {
			const name = nameOf(index, ranked[i]!.doc);
			const count = seen.get(name) ?? 0;
			if (count >= NAMESAKES_FIRST) repeats.push(ranked[i]!);
			else {
				seen.set(name, count + 1);
				spread.push(ranked[i]!);
			}
		}
		for (const repeat of repeats) spread.push(repeat);
		start = end;
	}
	return spread;
}

function byNameOf(index: SearchIndex): Uint32Array {
	if (!index.byName) {
		const order = Array.from({ length: index.docs.length }, (_, doc) => doc);
		index.byName = Uint32Array.from(order.sort((a, b) => compareByName(index, a, b)));
	}
	return index.byName;
}

/**
 * The tables queries of one short word rank from (about a tenth of the index build, and the
 * kept answers of one- and two-letter words): the worker makes them once it is idle after a
 * load, or the first such query does. `trigrams`: the index's, or what the worker kept of
 * them once it handed the index over (topKeys).
 */
export function prepareShortQueries(
	index: SearchIndex,
	trigrams: TrigramIndex = index.trigrams
): ShortTables {
	if (index.isTablesPending) throw new Error('the name-order tables are still on their way');
	if (!index.short) {
		const tables = buildShortTables(index.names, byNameOf(index));
		index.short = { ...tables, tops: buildTops(index.names, trigrams, tables) };
	}
	return index.short;
}

/** The name-order tables made elsewhere (see isTablesPending), now here. */
export function attachTables(index: SearchIndex, tables: NameOrder): void {
	index.byName = tables.byName;
	index.short = tables.short;
	index.numbers = tables.numbers;
	index.isTablesPending = false;
}

export interface NameOrder {
	byName: Uint32Array;
	short: ShortTables;
	numbers: NumberIndex;
}

/**
 * Makes the name-order tables (about a tenth of the index build) and the number index;
 * `trigrams` as for prepareShortQueries.
 */
export function nameOrderOf(index: SearchIndex, trigrams?: TrigramIndex): NameOrder {
	const short = prepareShortQueries(index, trigrams);
	return { byName: byNameOf(index), short, numbers: numbersOf(index)! };
}

/** The number index; undefined while it is on its way with the name-order tables. */
function numbersOf(index: SearchIndex): NumberIndex | undefined {
	if (!index.numbers && !index.isTablesPending) {
		const docs = Array.from({ length: index.docs.length }, (_, d) => index.docs.at(d)!);
		index.numbers = buildNumberIndex(docs);
	}
	return index.numbers;
}

function listByName(index: SearchIndex, accept: (doc: number) => boolean, limit: number) {
	const docs: SearchDoc[] = [];
	const order = index.isTablesPending
		? Array.from({ length: index.docs.length }, (_, doc) => doc)
		: byNameOf(index);
	for (const number of order) {
		if (docs.length >= limit) break;
		if (!accept(number)) continue;
		const doc = index.docs.at(number);
		if (doc) docs.push(doc);
	}
	return docs;
}

/** Docs of the given kinds in name order, e.g. every institution for a picker. */
export function listDocs(index: SearchIndex, kinds: readonly EntityKind[], limit = Infinity) {
	return listByName(index, compileFilters(index.columns, { kinds: [...kinds] }), limit);
}
