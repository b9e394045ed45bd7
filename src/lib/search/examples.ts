/**
 * Example searches for the home page, taken from the loaded data (never names written into
 * the code): an official, a party and a company by its registration number.
 */
import type { Role, SearchDoc } from '../../model/types';

/** What an example searches for, and the kind of entity it finds. */
export interface SearchExample {
	text: string;
	kind: 'person' | 'party' | 'company';
}

const OFFICIAL_ROLES: readonly Role[] = ['saeima-deputy', 'minister', 'official'];

/** Higher is a better example: the widest span of years, then the most posts and parties. */
function weight(doc: SearchDoc): number {
	const span = doc.years ? doc.years[1] - doc.years[0] : -1;
	return span * 100 + doc.posts.length * 10 + doc.parties.length;
}

/** One pass over the docs; ties go to the lower id, so every load picks the same three. */
export function pickExamples(docs: Iterable<SearchDoc>): SearchExample[] {
	let person: SearchDoc | undefined;
	let personRank = Infinity;
	let party: SearchDoc | undefined;
	let company: SearchDoc | undefined;
	const better = (doc: SearchDoc, best: SearchDoc | undefined) =>
		!best || weight(doc) > weight(best) || (weight(doc) === weight(best) && doc.id < best.id);
	for (const doc of docs) {
		if (doc.kind === 'person') {
			const rank = OFFICIAL_ROLES.findIndex((role) => doc.roles.includes(role));
			if (rank < 0 || rank > personRank) continue;
			if (rank < personRank || better(doc, person)) [person, personRank] = [doc, rank];
		} else if (doc.kind === 'party' && better(doc, party)) party = doc;
		else if (doc.kind === 'company' && doc.regNo && better(doc, company)) company = doc;
	}
	const examples: SearchExample[] = [];
	if (person) examples.push({ text: person.name, kind: 'person' });
	if (party) examples.push({ text: party.name, kind: 'party' });
	if (company?.regNo) examples.push({ text: company.regNo, kind: 'company' });
	return examples;
}
