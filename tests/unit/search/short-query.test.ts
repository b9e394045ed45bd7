import { describe, expect, it } from 'vitest';
import {
	buildSearchIndex,
	prepareShortQueries,
	searchIndex
} from '../../../src/lib/search/search-index';
import { buildTops, rankShort, topKeys, TOPS_LIMIT } from '../../../src/lib/search/short-query';
import { pickKeys } from '../../../src/lib/search/trigram-index';
import { foldText } from '../../../src/model/fold-name';
import type { SearchHit } from '../../../src/lib/search/search-types';
import type { SearchDoc } from '../../../src/model/types';
import { random, randomPersonName, searchDoc } from '../../fixtures/search-fixtures';

const next = random(7);
const docs: SearchDoc[] = [
	searchDoc({ id: 'p-j', name: 'J. Bērziņš' }),
	searchDoc({ id: 'p-ja', name: 'Ja Ozola' }),
	searchDoc({ id: 'c-ja', kind: 'company', name: 'SIA "Jaunā Osta"' }),
	searchDoc({ id: 'p-other', name: 'Ilze Kalniņa', otherNames: ['Jana Liepiņa'] }),
	searchDoc({ id: 'p-greek', name: 'Σοφία Jansone' }),
	// " ma" and "mai", but no word starting with "mai".
	searchDoc({ id: 'p-apart', name: 'Mara Kalmaiva' }),
	...Array.from({ length: 600 }, (_, i) => searchDoc({ id: `r${i}`, name: randomPersonName(next) }))
];
const index = buildSearchIndex(docs);

/** Every name of a doc, folded, with its words. */
const variants = (doc: SearchDoc) =>
	[doc.name, ...doc.otherNames].map((name, variant) => ({
		variant,
		words: foldText(name)
			.split(/[^\p{L}\p{N}]+/u)
			.filter(Boolean)
	}));

/**
 * Direct-hit ranking spelled out plainly: each query word equal to a word of the name or
 * starting one (equal counts better), fewer extra words, the name, name order.
 */
function expected(text: string, limit: number): string[] {
	const queryWords = text.split(' ');
	const scored = docs.flatMap((doc) => {
		const scores = variants(doc).flatMap(({ variant, words }) => {
			const grades = queryWords.map((query) =>
				words.includes(query) ? 0 : words.some((w) => w.startsWith(query)) ? 1 : -1
			);
			if (grades.includes(-1)) return [];
			const grade = grades.reduce<number>((sum, one) => sum + one, 0);
			const extra = Math.min(Math.max(words.length - queryWords.length, 0), 9);
			return [grade * 100 + extra * 10 + (variant > 0 ? 5 : 0)];
		});
		return scores.length ? [{ doc, score: Math.min(...scores), name: foldText(doc.name) }] : [];
	});
	return scored
		.sort(
			(a, b) =>
				a.score - b.score ||
				(a.name < b.name ? -1 : a.name > b.name ? 1 : a.doc.id < b.doc.id ? -1 : 1)
		)
		.slice(0, limit)
		.map(({ doc }) => doc.id);
}

describe('one- to three-letter queries', () => {
	it.each(['j', 'J', 'ja', 'JĀ', 'a', 'k', 'be', 'σ', 'zz'])(
		'%j finds every name with a word starting with it, ranked as direct hits',
		(text) => {
			const ids = searchIndex(index, { text, limit: 50 }).map((hit) => hit.doc.id);
			expect(ids).toEqual(expected(foldText(text), 50));
		}
	);

	it('puts an equal word first and marks the word it matched', () => {
		const hits = searchIndex(index, { text: 'ja' });
		expect(hits[0]?.doc.id).toBe('p-ja');
		expect(hits[0]?.ranges).toEqual([[0, 1]]);
		const other = hits.find((hit) => hit.doc.id === 'p-other');
		expect(other?.matchedName).toBe('Jana Liepiņa');
		expect(other?.ranges).toEqual([[0, 1]]);
	});

	it('applies filters', () => {
		const hits = searchIndex(index, { text: 'ja', filters: { kinds: ['company'] } });
		expect(hits.map((hit) => hit.doc.id)).toEqual(['c-ja']);
	});
});

describe('three-letter queries', () => {
	it.each(['jan', 'kal', 'zar', 'ilz', 'mar'])(
		'%j with at least `limit` direct hits lists the best of all of them',
		(text) => {
			const ids = searchIndex(index, { text, limit: 10 }).map((hit) => hit.doc.id);
			expect(ids).toEqual(expected(text, 10));
		}
	);

	it.each(['jan', 'kal', 'mar', 'mai', 'ans', 'isj'])(
		'%j: the short path alone finds the direct hits of all names, ranked',
		(word) => {
			for (const limit of [10, 50]) {
				const ranked = rankShort(index.names, index.trigrams, prepareShortQueries(index), word, {
					limit,
					marks: index.scratch.counts
				});
				expect(ranked.map((found) => docs[found.doc]?.id)).toEqual(expected(word, limit));
			}
		}
	);

	it.each(['jan', 'ilz', 'mar'])(
		'%j with fewer direct hits than `limit` lists them all first, then typo matches',
		(text) => {
			const hits = searchIndex(index, { text, limit: 50 });
			const direct = expected(text, 50);
			expect(direct.length).toBeLessThan(50);
			expect(hits.slice(0, direct.length).map((hit) => hit.doc.id)).toEqual(direct);
			expect(hits.slice(direct.length).every((hit) => hit.score >= 1)).toBe(true);
		}
	);

	it('still finds names despite a typo', () => {
		const hits = searchIndex(index, { text: 'ozl', limit: 10 });
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.every((hit) => /^Ozol/u.test(hit.doc.name.split(' ')[1] ?? ''))).toBe(true);
	});

	it("does not take the word's start and its letters from different words", () => {
		const hits = searchIndex(index, { text: 'mai', limit: 1 });
		expect(hits[0]?.doc.id).toBe('p-apart');
		expect(hits[0]?.score).toBeGreaterThanOrEqual(1);
	});
});

describe('whole words, then a last word of one or two letters', () => {
	const hasWordStarting = (hit: SearchHit, prefix: string) =>
		foldText(hit.matchedName)
			.split(/[^\p{L}\p{N}]+/u)
			.some((word) => word.startsWith(prefix));

	it.each(['anna s', 'janis s', 'ilze ro', 'andris k', 'anna b', 'ilze a', 'zarina a'])(
		'%j lists every direct hit first, ranked, then typo matches that have the last word',
		(text) => {
			const hits = searchIndex(index, { text, limit: 50 });
			const direct = expected(text, 50);
			expect(direct.length).toBeGreaterThan(0);
			expect(hits.slice(0, direct.length).map((hit) => hit.doc.id)).toEqual(direct);
			expect(hits.slice(direct.length).every((hit) => hit.score >= 1)).toBe(true);
		}
	);

	it.each(['ilze a', 'janis s', 'anna s'])(
		'%j finds its direct hits even when the prefilter may hand on only a few docs',
		(text) => {
			const hits = searchIndex(index, { text, limit: 50 }, { maxCandidates: 5 });
			const direct = expected(text, 5);
			expect(hits.slice(0, direct.length).map((hit) => hit.doc.id)).toEqual(direct);
		}
	);

	it('lets a typo in a whole word through, but only with a word starting with the last', () => {
		const hits = searchIndex(index, { text: 'ilez r', limit: 50 });
		expect(hits.some((hit) => hit.doc.name === 'Ilze Rozentāle')).toBe(true);
		expect(hits.every((hit) => hasWordStarting(hit, 'r'))).toBe(true);
	});

	it('marks the last word where it starts a word', () => {
		const hit = searchIndex(index, { text: 'ilez ro', limit: 50 }).find(
			(found) => found.matchedName === 'Ilze Rozentāle'
		);
		expect(hit?.ranges).toContainEqual([5, 6]);
	});

	it('applies filters', () => {
		const hits = searchIndex(index, { text: 'jauna o', filters: { kinds: ['company'] } });
		expect(hits.map((hit) => hit.doc.id)).toEqual(['c-ja']);
	});
});

describe('the kept answers of one- and two-letter words', () => {
	const tables = prepareShortQueries(index);
	const scanned = { words: tables.words, nameRank: tables.nameRank };
	const rank = (word: string, limit: number, withTables = tables) =>
		rankShort(index.names, index.trigrams, withTables, word, {
			limit,
			marks: index.scratch.counts
		});

	it('are the scan’s answer for every such word, and made alike from the picked keys', () => {
		const words = [...tables.tops!.keys()];
		expect(words.length).toBeGreaterThan(50);
		expect(words).toEqual(expect.arrayContaining(['j', 'ja', 'be']));
		for (const word of words) {
			for (const limit of [1, 10, TOPS_LIMIT]) {
				expect(rank(word, limit), `${word} ${limit}`).toEqual(rank(word, limit, scanned));
			}
		}
		const picked = pickKeys(index.trigrams, topKeys());
		expect(picked.postings.length).toBeLessThan(index.trigrams.postings.length);
		expect(buildTops(index.names, picked, scanned)).toEqual(tables.tops);
	});

	it('list no doc for a word no name has, and leave other words and longer lists to the scan', () => {
		expect(tables.tops!.has('qx')).toBe(false);
		expect(rank('qx', 10)).toEqual([]);
		expect(rank('qx', 10, scanned)).toEqual([]);
		const many = rank('a', TOPS_LIMIT + 20);
		expect(many.map((found) => docs[found.doc]?.id)).toEqual(expected('a', TOPS_LIMIT + 20));
		expect(many.length).toBeGreaterThan(TOPS_LIMIT);
	});
});
