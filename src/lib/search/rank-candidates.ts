/**
 * Ranks prefilter candidates. Names whose words all equal or start with the query words are
 * "direct" and always come first; for the rest, fuse.js decides what matches despite typos
 * and marks where, while edits per word decide the order. Lower scores are better: direct
 * hits score below 1, fuzzy ones from 1.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { editDistance } from './edit-distance';
import type { Candidates } from './select-candidates';
import type { NameTable } from './trigram-index';

export interface Ranked {
	doc: number;
	/** 0 for the name, i + 1 for otherNames[i]. */
	variant: number;
	score: number;
	/** Inclusive ranges in the folded name. */
	indices: (readonly [number, number])[];
}

interface Word {
	text: string;
	start: number;
}

/** The words of a folded name; most names are letters and spaces only, so split is enough. */
export function wordsOf(folded: string): Word[] {
	if (/[^\p{L}\p{N} ]/u.test(folded)) {
		return Array.from(folded.matchAll(/[\p{L}\p{N}]+/gu), (m) => ({ text: m[0], start: m.index }));
	}
	let start = 0;
	return folded.split(' ').map((text) => {
		const word = { text, start };
		start += text.length + 1;
		return word;
	});
}

/** Each query word against its closest name word: 0 equal, 1 prefix, undefined neither. */
export function gradeDirect(words: readonly Word[], queryWords: readonly string[]) {
	let grade = 0;
	const indices: [number, number][] = [];
	for (const queryWord of queryWords) {
		const equal = words.find((word) => word.text === queryWord);
		const at = equal ?? words.find((word) => word.text.startsWith(queryWord));
		if (!at) return undefined;
		grade += equal ? 0 : 1;
		indices.push([at.start, at.start + queryWord.length - 1]);
	}
	return { grade, indices };
}

/**
 * Edits from each query word to the closest name word, relative to its length; a typo in a
 * word still being typed counts against the name word's start plus half an edit. Names
 * share words, so each (query word, name word) pair is worked out once per query.
 */
function createWordDistance(queryWords: readonly string[]) {
	const caches = queryWords.map(() => new Map<string, number>());
	// Beyond the query word's length a name word is no closer than no word at all.
	const distance = (queryWord: string, word: string) => {
		const cap = queryWord.length;
		const whole = editDistance(queryWord, word, cap);
		if (whole <= 1 || word.length <= queryWord.length) return whole;
		return Math.min(whole, editDistance(queryWord, word.slice(0, queryWord.length), cap) + 0.5);
	};
	return (words: readonly Word[]) => {
		let total = 0;
		queryWords.forEach((queryWord, i) => {
			const cache = caches[i] ?? new Map<string, number>();
			let best = queryWord.length;
			for (const { text } of words) {
				let value = cache.get(text);
				if (value === undefined) cache.set(text, (value = distance(queryWord, text)));
				best = Math.min(best, value);
			}
			total += best / Math.max(queryWord.length, 1);
		});
		return total;
	};
}

const FUSE_OPTIONS: IFuseOptions<string> = {
	// Folded once at build time: fuse's own case and diacritic folding would cost a fifth.
	isCaseSensitive: true,
	ignoreLocation: true,
	ignoreFieldNorm: true,
	includeScore: true,
	includeMatches: true,
	// Space-separated words must all match, in any order: "beldiņš jānis" finds Jānis.
	useExtendedSearch: true
};

const extraWords = (words: readonly Word[], queryWords: readonly string[]) =>
	Math.min(Math.max(words.length - queryWords.length, 0), 9);

function keepBest(best: Map<number, Ranked>, ranked: Ranked) {
	const previous = best.get(ranked.doc);
	if (!previous || ranked.score < previous.score) best.set(ranked.doc, ranked);
}

/**
 * Ranks the candidates' names against the query words. Only docs sharing every counted
 * trigram can be direct hits. fuse.js sees only names that are not, only when direct hits
 * do not fill `limit` (fuzzy ones rank below them), and only the `pool` closest by edits
 * among the `4 × pool` sharing most trigrams. A `prefix` (a last word of a letter or two,
 * where typos mean nothing yet) must start a word of the name: it counts in the direct
 * grade, and filters the names fuse.js sees instead of being matched fuzzily.
 */
export function rankCandidates(
	table: NameTable,
	candidates: Candidates,
	queryWords: readonly string[],
	{
		limit,
		threshold,
		pool = Math.max(4 * limit, 200),
		prefix
	}: { limit: number; threshold: number; pool?: number; prefix?: string }
): Ranked[] {
	const allWords = prefix ? [...queryWords, prefix] : queryWords;
	const best = new Map<number, Ranked>();
	const variants = (doc: number) => {
		const first = table.starts[doc] ?? 0;
		const end = table.starts[doc + 1] ?? 0;
		return Array.from({ length: end - first }, (_, variant) => {
			const text = table.names[first + variant] ?? '';
			return { doc, variant, text, words: wordsOf(text) };
		});
	};
	candidates.docs.forEach((doc, i) => {
		if (candidates.shared[i] !== candidates.counted) return;
		for (const item of variants(doc)) {
			const direct = gradeDirect(item.words, allWords);
			if (!direct) continue;
			const score =
				direct.grade / 10 + extraWords(item.words, allWords) / 100 + (item.variant > 0 ? 0.005 : 0);
			keepBest(best, { doc, variant: item.variant, score, indices: direct.indices });
		}
	});
	if (best.size >= limit) return [...best.values()];
	const wordDistance = createWordDistance(queryWords);
	const closest = candidates.docs
		.filter((doc) => !best.has(doc))
		.slice(0, 4 * pool)
		.flatMap(variants)
		.flatMap((item) => {
			const start = prefix ? item.words.find((word) => word.text.startsWith(prefix)) : undefined;
			if (prefix && !start) return [];
			return [{ item, distance: wordDistance(item.words), start }];
		})
		.sort((a, b) => a.distance - b.distance)
		.slice(0, pool);
	const fuse = new Fuse(
		closest.map(({ item }) => item.text),
		{ ...FUSE_OPTIONS, threshold }
	);
	for (const result of fuse.search(queryWords.join(' '))) {
		const found = closest[result.refIndex];
		if (!found) continue;
		const { item, distance, start } = found;
		const score =
			1 +
			distance +
			(result.score ?? 1) / 4 +
			extraWords(item.words, allWords) / 1000 +
			(item.variant > 0 ? 0.0005 : 0);
		const indices = result.matches?.flatMap((match) => [...match.indices]) ?? [];
		if (start && prefix) indices.push([start.start, start.start + prefix.length - 1]);
		keepBest(best, { doc: item.doc, variant: item.variant, score, indices });
	}
	return [...best.values()];
}
