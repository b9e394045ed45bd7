/** The search contract between the reader worker and the page. */
import type { EntityKind, Role, SearchDoc } from '../../model/types';
import type { SearchExample } from './examples';
import type { NumberKind } from './number-index';

export interface SearchFilters {
	kinds?: EntityKind[];
	roles?: Role[];
	/** Party name as in SearchDoc.parties. */
	party?: string;
	/** Entities active in this year (SearchDoc.years contains it). */
	year?: number;
}

export interface SearchQuery {
	text: string;
	filters?: SearchFilters;
	limit?: number;
}

/** [start, end] index pairs into the matched string, end inclusive (fuse.js convention). */
export type MatchRanges = [number, number][];

export interface SearchHit {
	doc: SearchDoc;
	score: number;
	/** Which string matched: the name, or one of otherNames. */
	matchedName: string;
	ranges: MatchRanges;
	/** Found by number: which one, and how many of its first digits the query gave. */
	matchedNumber?: { kind: NumberKind; key: string; length: number };
}

/** What the filter controls can offer: the parties and the span of years in the data. */
export interface SearchFacets {
	parties: string[];
	years?: [number, number];
	/** Searches the home page offers, taken from the data (examples.ts). */
	examples?: SearchExample[];
}
