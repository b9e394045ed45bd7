import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex } from '../../../src/lib/search/search-index';
import {
	addTypo,
	random,
	randomPersonName,
	searchDoc,
	stripDiacritics,
	surnameFirst
} from '../../fixtures/search-fixtures';

/** What people type for a name: at least one slip, missing diacritics, or surname first. */
function garble(next: () => number, name: string): string {
	let text = name;
	const typo = next() < 0.5;
	const plain = next() < 0.6;
	const reordered = !typo && !plain ? true : next() < 0.4;
	if (reordered) text = surnameFirst(text);
	if (plain) text = stripDiacritics(text);
	if (typo) text = addTypo(next, text);
	const caseRoll = next();
	return caseRoll < 0.2 ? text.toUpperCase() : caseRoll < 0.6 ? text.toLowerCase() : text;
}

describe('recall on generated names', () => {
	const next = random(2026);
	const docs = Array.from({ length: 2000 }, (_, i) =>
		searchDoc({ id: `g${i}`, name: randomPersonName(next) })
	);
	const index = buildSearchIndex(docs);
	const targets = Array.from({ length: 200 }, () => docs[Math.floor(next() * docs.length)]!);
	const queries = targets.map((doc) => ({ doc, text: garble(next, doc.name) }));

	// 200 candidates of 2,000 stands in for 2,000 of a national 300,000: the prefilter must keep the intended person.
	it.each([
		['all candidates', 2000],
		['a prefilter keeping a tenth', 200]
	])('puts the intended person in the top 10 for ≥ 95 %% of garbled queries (%s)', (_, max) => {
		const missed = queries.filter(
			({ doc, text }) =>
				!searchIndex(index, { text, limit: 10 }, { maxCandidates: max }).some(
					(hit) => hit.doc.id === doc.id
				)
		);
		const recall = 1 - missed.length / queries.length;
		console.info(
			`recall ${(recall * 100).toFixed(1)} % (max ${max} candidates); missed:`,
			missed.map(({ doc, text }) => `${text} → ${doc.name}`)
		);
		expect(recall).toBeGreaterThanOrEqual(0.95);
	});
});
