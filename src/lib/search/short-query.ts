/**
 * A query of one to three letters: typos mean little yet, and the prefilter's posting list
 * for them holds thousands to tens of thousands of docs, of which it would keep an
 * arbitrary 2,000 and rank them all. Here every doc with a word starting with the letters is graded as a direct
 * hit is (an equal word first, then fewer extra words, the name before other names, then
 * name order), from two tables made once per index (word counts, name order), so that most
 * docs cost a few array reads and no string work.
 */
import { gradeDirect, wordsOf, type Ranked } from './rank-candidates';
import { findKey, tokenTrigrams, type NameTable, type TrigramIndex } from './trigram-index';

/** Query words up to this long take the short path. */
export const SHORT_WORD = 3;
/**
 * Up to this long, typos mean nothing yet: the short path's answer stands even when few
 * names have the word. Beyond it, too few direct hits leave room for typo matches.
 */
export const EXACT_WORD = 2;

export interface ShortTables {
	/** Words in each folded name (names as in NameTable). */
	words: Uint8Array;
	/** Each doc's place in name order (folded name, then id). */
	nameRank: Uint32Array;
	/**
	 * The answer, unfiltered, to every word of one or two of TOP_LETTERS that a name has: its
	 * best TOPS_LIMIT docs in order (rankShort's), made once with the tables (buildTops). The
	 * first key of each query is such a word, and it is the slowest: at the full-size set a
	 * letter is a word start in hundreds of thousands of names. A word not listed has no doc.
	 */
	tops?: Map<string, Uint32Array>;
}

/** Docs kept for each word in ShortTables.tops: a query's default limit. */
export const TOPS_LIMIT = 50;
/** The letters of the words whose answers are kept; folded names are mostly made of them. */
const TOP_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Every word of one or two of TOP_LETTERS. */
function topWords(): string[] {
	const letters = [...TOP_LETTERS];
	return [...letters, ...letters.flatMap((a) => letters.map((b) => a + b))];
}

const isTopWord = (word: string) =>
	word.length >= 1 && word.length <= EXACT_WORD && [...word].every((c) => TOP_LETTERS.includes(c));

/**
 * The trigram keys rankShort reads for the words of ShortTables.tops ("  a" and " a ", " ab"
 * and "ab "): with pickKeys, what the worker copies of the index before it hands it over, to
 * make the tops after.
 */
export function topKeys(): number[] {
	return topWords().flatMap((word) => tokenTrigrams(word, false).slice(-2));
}

/**
 * ShortTables.tops: rankShort's own answer for each word, unfiltered, from `trigrams` (the
 * index, or its topKeys picked). Costs one pass over those posting lists.
 */
export function buildTops(
	table: NameTable,
	trigrams: TrigramIndex,
	tables: ShortTables
): Map<string, Uint32Array> {
	const tops = new Map<string, Uint32Array>();
	const marks = new Uint16Array(tables.nameRank.length);
	for (const word of topWords()) {
		const docs = bestDocs(table, trigrams, tables, word, { limit: TOPS_LIMIT, marks });
		if (docs.length > 0) tops.set(word, Uint32Array.from(docs));
	}
	return tops;
}

const isAsciiWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/**
 * Direct-hit grade of one folded name for one word, without allocating for the usual
 * all-ASCII name: 0 equal word, 1 a word starts with it, -1 neither; `at` is where.
 */
export function gradeName(
	name: string,
	word: string
): { grade: number; at: number; words: number } {
	let words = 0;
	let grade = -1;
	let at = -1;
	for (let i = 0; i < name.length; i++) {
		const code = name.charCodeAt(i);
		if (code >= 128) return gradeWords(name, word);
		if (!isAsciiWordChar(code) || (i > 0 && isAsciiWordChar(name.charCodeAt(i - 1)))) continue;
		words++;
		if (grade === 0 || !name.startsWith(word, i)) continue;
		const isEqual = !isAsciiWordChar(name.charCodeAt(i + word.length));
		if (isEqual || grade < 0) [grade, at] = [isEqual ? 0 : 1, i];
	}
	return { grade, at, words };
}

/** The general (slower) way, for names with letters beyond ASCII. */
function gradeWords(name: string, word: string) {
	const words = wordsOf(name);
	const direct = gradeDirect(words, [word]);
	return direct
		? { grade: direct.grade, at: direct.indices[0]?.[0] ?? 0, words: words.length }
		: { grade: -1, at: -1, words: words.length };
}

/** Word counts and name order; `byName` is the doc numbers in name order. */
export function buildShortTables(table: NameTable, byName: Uint32Array): ShortTables {
	const words = new Uint8Array(table.names.length);
	table.names.forEach((name, n) => (words[n] = Math.min(gradeName(name, '\0').words, 255)));
	const nameRank = new Uint32Array(byName.length);
	byName.forEach((doc, rank) => (nameRank[doc] = rank));
	return { words, nameRank };
}

/** A direct score in thousandths: grade / 10 + extra words / 100 + 0.005 for another name. */
const scoreOf = (grade: number, words: number, variant: number) =>
	grade * 100 + Math.min(Math.max(words - 1, 0), 9) * 10 + (variant > 0 ? 5 : 0);

/** Posting range of one trigram key, empty when no doc has it. */
function postingRange(trigrams: TrigramIndex, key: number) {
	const at = findKey(trigrams.keys, key);
	return at < 0
		? { from: 0, to: 0 }
		: { from: trigrams.offsets[at] ?? 0, to: trigrams.offsets[at + 1] ?? 0 };
}

/** Docs with a word starting with a word of one or two letters, in doc order. */
export function wordStartDocs(trigrams: TrigramIndex, word: string): Uint32Array {
	const { from, to } = postingRange(trigrams, tokenTrigrams(word, true).at(-1) ?? 0);
	return trigrams.postings.subarray(from, to);
}

/**
 * Docs with every one of the keys, in doc order: a merge of posting lists, which are in doc
 * order, driven by the shortest.
 */
function docsWithAll(trigrams: TrigramIndex, keys: readonly number[]): Uint32Array {
	const ranges = keys
		.map((key) => postingRange(trigrams, key))
		.sort((a, b) => a.to - a.from - (b.to - b.from));
	const [driver, ...others] = ranges;
	if (!driver) return new Uint32Array(0);
	if (others.length === 0) return trigrams.postings.subarray(driver.from, driver.to);
	const found = new Uint32Array(driver.to - driver.from);
	const cursors = others.map((range) => range.from);
	let count = 0;
	for (let p = driver.from; p < driver.to; p++) {
		const doc = trigrams.postings[p] ?? 0;
		let isEverywhere = true;
		for (let r = 0; r < others.length && isEverywhere; r++) {
			const end = others[r]!.to;
			let at = cursors[r]!;
			while (at < end && (trigrams.postings[at] ?? 0) < doc) at++;
			cursors[r] = at;
			isEverywhere = at < end && trigrams.postings[at] === doc;
		}
		if (isEverywhere) found[count++] = doc;
	}
	return found.subarray(0, count);
}

/**
 * The best `limit` docs for one short folded word, with the scores rankCandidates gives
 * direct hits. Up to two letters, one trigram (" ga") holds exactly the docs with a word
 * starting with the word: docs with one name and no word that may equal the query word
 * (most of them) are scored from the tables alone, the rest, and the winners' marks, from
 * their names. From three letters, the docs with all of the word's trigrams may have the
 * word's start and its letters in different words, so each is checked from its names.
 */
export function rankShort(
	table: NameTable,
	trigrams: TrigramIndex,
	tables: ShortTables,
	word: string,
	{
		limit,
		accept,
		marks
	}: {
		limit: number;
		accept?: (doc: number) => boolean;
		/** Scratch, one per doc, all zero; left all zero. */
		marks: Uint16Array;
	}
): Ranked[] {
	const isKept = tables.tops && !accept && limit <= TOPS_LIMIT && isTopWord(word);
	const docs = isKept
		? (tables.tops!.get(word)?.subarray(0, limit) ?? [])
		: bestDocs(table, trigrams, tables, word, { limit, accept, marks });
	const ranked: Ranked[] = [];
	for (const doc of docs) {
		const found = bestVariant(table, doc, word);
		if (found) {
			ranked.push({
				doc,
				variant: found.variant,
				score: found.score / 1000,
				indices: found.indices
			});
		}
	}
	return ranked;
}

/** rankShort's docs, best first. */
function bestDocs(
	table: NameTable,
	trigrams: TrigramIndex,
	tables: ShortTables,
	word: string,
	{ limit, accept, marks }: { limit: number; accept?: (doc: number) => boolean; marks: Uint16Array }
): number[] {
	// "  g" / " ga" / " ga", "gab" occur only at a word's start; " g " / "ga " may end an
	// equal word.
	const keys = tokenTrigrams(word, false);
	const isExact = word.length <= 2;
	const docs = docsWithAll(trigrams, isExact ? [keys.at(-2) ?? 0] : keys.slice(1, -1));
	const ending = postingRange(trigrams, keys.at(-1) ?? 0);
	if (isExact) for (let p = ending.from; p < ending.to; p++) marks[trigrams.postings[p] ?? 0] = 1;
	const docCount = tables.nameRank.length;
	// The best so far, ordered by score then name rank packed in one number.
	const best: { key: number; doc: number }[] = [];
	let worst = Infinity;
	for (const doc of docs) {
		const first = table.starts[doc] ?? 0;
		const count = (table.starts[doc + 1] ?? 0) - first;
		let score: number;
		if (isExact && count === 1 && marks[doc] === 0) score = scoreOf(1, tables.words[first] ?? 0, 0);
		else score = bestScore(table, doc, word);
		const key = score * docCount + (tables.nameRank[doc] ?? 0);
		if (key >= worst || (accept && !accept(doc))) continue;
		let low = 0;
		let high = best.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (best[mid]!.key < key) low = mid + 1;
			else high = mid;
		}
		best.splice(low, 0, { key, doc });
		if (best.length > limit) best.pop();
		if (best.length === limit) worst = best[limit - 1]!.key;
	}
	if (isExact) for (let p = ending.from; p < ending.to; p++) marks[trigrams.postings[p] ?? 0] = 0;
	return best.map(({ doc }) => doc);
}

/** The best score of the doc's names for the word, Infinity when none has it. */
function bestScore(table: NameTable, doc: number, word: string): number {
	const first = table.starts[doc] ?? 0;
	const end = table.starts[doc + 1] ?? 0;
	let best = Infinity;
	for (let n = first; n < end; n++) {
		const graded = gradeName(table.names[n] ?? '', word);
		if (graded.grade >= 0) best = Math.min(best, scoreOf(graded.grade, graded.words, n - first));
	}
	return best;
}

/** The doc's best-scoring name for the word (the first of equals), from the strings. */
function bestVariant(table: NameTable, doc: number, word: string) {
	const first = table.starts[doc] ?? 0;
	const end = table.starts[doc + 1] ?? 0;
	let found: { variant: number; score: number; indices: [number, number][] } | undefined;
	for (let n = first; n < end; n++) {
		const graded = gradeName(table.names[n] ?? '', word);
		if (graded.grade < 0) continue;
		const score = scoreOf(graded.grade, graded.words, n - first);
		if (found && found.score <= score) continue;
		found = { variant: n - first, score, indices: [[graded.at, graded.at + word.length - 1]] };
	}
	return found;
}
