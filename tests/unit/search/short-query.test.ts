import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex } from '../../../src/lib/search/search-index';
import { foldText } from '../../../src/model/fold-name';
import type { SearchDoc } from '../../../src/model/types';
import { random, randomPersonName, searchDoc } from './search-fixtures';

const next = random(7);
const docs: SearchDoc[] = [
	searchDoc({ id: 'p-j', name: 'J. Bērziņš' }),
	searchDoc({ id: 'p-ja', name: 'Ja Ozola' }),
	searchDoc({ id: 'c-ja', kind: 'company', name: 'SIA "Jaunā Osta"' }),
	searchDoc({ id: 'p-other', name: 'Ilze Kalniņa', otherNames: ['Jana Liepiņa'] }),
	searchDoc({ id: 'p-greek', name: 'Σοφία Jansone' }),
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

/** Direct-hit ranking spelled out plainly: equal word, fewer extra words, the name, name order. */
function expected(word: string, limit: number): string[] {
	const scored = docs.flatMap((doc) => {
		const scores = variants(doc).flatMap(({ variant, words }) => {
			const grade = words.includes(word) ? 0 : words.some((w) => w.startsWith(word)) ? 1 : -1;
			if (grade < 0) return [];
			return [grade * 100 + Math.min(words.length - 1, 9) * 10 + (variant > 0 ? 5 : 0)];
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

describe('one- and two-letter queries', () => {
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
