/** What a search result shows and where it leads: pure helpers for the components. */
import type { EntityKind, SearchDoc } from '../../model/types';
import type { MatchRanges } from './search-types';

/** The interface strings: search.ts messages, looked up by the app's i18n. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The route for a kind: people, parties and companies have their own; other organisations share `org`. */
export function kindRoute(kind: EntityKind): 'person' | 'party' | 'company' | 'org' {
	return kind === 'person' || kind === 'party' || kind === 'company' ? kind : 'org';
}

/** @example hitHref({ id: 'p-1', kind: 'person' }) // '#/person/p-1' */
export function hitHref(doc: Pick<SearchDoc, 'id' | 'kind'>): string {
	return `#/${kindRoute(doc.kind)}/${encodeURIComponent(doc.id)}`;
}

/**
 * "b. 1971 · posts · parties · years", leaving out what the doc lacks: what tells namesakes
 * apart. The birth year needs `t`; without it, it is left out.
 */
export function describeDoc(doc: SearchDoc, t?: Translate): string {
	const years = doc.years
		? doc.years[0] === doc.years[1]
			? String(doc.years[0])
			: `${doc.years[0]}–${doc.years[1]}`
		: '';
	const born = doc.birthYear !== undefined && t ? t('search.born', { year: doc.birthYear }) : '';
	return [born, doc.posts.join(', '), doc.parties.join(', '), years].filter(Boolean).join(' · ');
}

export interface Segment {
	text: string;
	isMatch: boolean;
}

/**
 * Cuts a name into plain and marked pieces by inclusive ranges, for <mark> text nodes.
 * @example splitByRanges('Jānis Bēldiņš', [[6, 12]]) // [{ text: 'Jānis ', … }, { text: 'Bēldiņš', isMatch: true }]
 */
export function splitByRanges(text: string, ranges: MatchRanges): Segment[] {
	const segments: Segment[] = [];
	let at = 0;
	for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
		const from = Math.max(start, at);
		const to = Math.min(end + 1, text.length);
		if (to <= from) continue;
		if (from > at) segments.push({ text: text.slice(at, from), isMatch: false });
		segments.push({ text: text.slice(from, to), isMatch: true });
		at = to;
	}
	if (at < text.length) segments.push({ text: text.slice(at), isMatch: false });
	return segments;
}
